import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { TStatus } from '../../shared/schemas/domain';
import type { TReportSnapshot } from '../../shared/schemas/report';
import { STATUS_PRESENTATION } from '../../shared/status/presentation';
import {
  TIMELINE_MISSING_NOTE,
  buildReportDocument,
  documentTitle,
  pageLabel,
  runningHeader,
  type HeadingLevel,
  type ReportBlock,
  type TableCell,
  type TableColumn,
} from './content';
import { findFonts } from './fonts';
import { FIGURE_HEADING_HEIGHT, FIGURE_PAGE, figurePages, figureScale, svgSize } from './figure-page';

/**
 * The Sachstandsbericht as a tagged, A4, German PDF (pdfkit). Headings, paragraphs, lists,
 * tables and the timeline figure are structure elements; rules, shading, Ampel shapes, the
 * running header and the page numbers are artifacts. The output depends on the snapshot only:
 * the PDF dates come from `generatedAt`, so rendering the same snapshot twice gives the same bytes.
 */

type PdfDoc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

interface SvgToPdfOptions {
  width?: number;
  height?: number;
  preserveAspectRatio?: string;
  fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
  warningCallback?: (message: string) => void;
}
type SvgToPdf = (doc: PdfDoc, svg: string, x: number, y: number, options?: SvgToPdfOptions) => void;
// svg-to-pdfkit ships CommonJS without type declarations.
const svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;

const MM = 72 / 25.4;
const MARGINS = { top: 24 * MM, bottom: 22 * MM, left: 25 * MM, right: 20 * MM };
const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#9e9e9e',
  headerFill: '#e6e6e6',
  labelFill: '#f2f2f2',
} as const;
const STATUS_COLORS: Record<TStatus, string> = {
  red: '#c62828',
  amber: '#f2a900',
  green: '#2e7d32',
  done: '#37474f',
  none: '#757575',
};
const SIZES = { body: 9.5, small: 8, table: 8.2 } as const;
const HEADINGS: Record<HeadingLevel, { size: number; before: number; after: number; tag: string }> = {
  0: { size: 18, before: 0, after: 4, tag: 'H1' },
  1: { size: 14, before: 16, after: 6, tag: 'H2' },
  2: { size: 12, before: 12, after: 5, tag: 'H3' },
  3: { size: 11, before: 10, after: 4, tag: 'H4' },
  4: { size: 10, before: 9, after: 3, tag: 'H5' },
};
const CELL_PAD = { x: 4, y: 3 };
const SHAPE_SIZE = 7;

export async function renderReportPdf(s: TReportSnapshot): Promise<Buffer> {
  const fonts = findFonts();
  const created = new Date(s.meta.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    bufferPages: true,
    font: fonts.regular,
    info: {
      // pdfkit copies Title/Author/Subject unescaped into the XMP packet (XML).
      Title: xmlSafe(documentTitle(s)),
      Author: xmlSafe(s.meta.organisationName),
      Subject: xmlSafe(s.meta.subject),
      Keywords: 'Sachstandsbericht, Digitalisierung, Mitteilungsvorlage',
      Creator: 'Digitalisierungs-Cockpit',
      Producer: 'Digitalisierungs-Cockpit (PDFKit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const done = collect(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new PdfReportWriter(doc, root, s, fonts);
  writer.render(buildReportDocument(s));
  root.end();
  writer.paginate();

  doc.end();
  return done;
}

function collect(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function xmlSafe(text: string): string {
  return text.replace(/\s*&\s*/g, ' und ').replace(/</g, '‹').replace(/>/g, '›');
}

class PdfReportWriter {
  private readonly outline: (PDFKit.PDFOutline | undefined)[] = [];
  private afterFigure = false;
  private figureHeading: { level: HeadingLevel; text: string } | null = null;

  constructor(
    private readonly doc: PdfDoc,
    private readonly root: StructElement,
    private readonly snapshot: TReportSnapshot,
    /** Font files by path: pdfkit caches a font under its path, but re-parses a registered name. */
    private readonly fonts: { regular: string; bold: string },
  ) {}

  private font(weight: 'regular' | 'bold'): string {
    return this.fonts[weight];
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }
  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private get atPageTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.5;
  }

  render(blocks: ReportBlock[]): void {
    blocks.forEach((block, i) => {
      if (this.afterFigure) {
        // Back to the portrait text page after the landscape figure pages.
        this.doc.addPage();
        this.afterFigure = false;
      }
      // A heading right before the figure goes onto the figure's first page, not alone onto a text page.
      const next = blocks[i + 1];
      if (block.type === 'heading' && next?.type === 'timeline' && figurePages(this.snapshot).length > 0) {
        this.figureHeading = block;
        return;
      }
      this.block(block, () => this.leadHeight(blocks, i + 1));
    });
  }

  /**
   * The height of what must stay on the page together with a heading before it: the start of
   * the next block (a few lines, a table's caption, header and first row, or a whole figure).
   */
  private leadHeight(blocks: ReportBlock[], index: number): number {
    const block = blocks[index];
    const line = SIZES.body * 1.3;
    if (!block) return 0;
    switch (block.type) {
      case 'heading': {
        const style = HEADINGS[block.level];
        this.doc.font(this.font('bold')).fontSize(style.size);
        const height = this.doc.heightOfString(block.text, { width: this.width });
        return style.before + height + style.after + this.leadHeight(blocks, index + 1);
      }
      case 'paragraph':
      case 'title':
        return 3 * line;
      case 'status':
        return line;
      case 'list':
        return 3 * line;
      case 'facts':
      case 'table':
        return 5 * line;
      case 'timeline':
        // The figure starts a landscape page of its own.
        return line;
    }
  }

  private block(block: ReportBlock, lead: () => number): void {
    switch (block.type) {
      case 'title':
        return this.title(block.kicker, block.text, block.subtitle);
      case 'heading':
        return this.heading(block.level, block.text, lead());
      case 'paragraph':
        return this.paragraph(block.text, block.label, block.emphasis);
      case 'status':
        return this.statusLine(block.label, block.status, block.note);
      case 'list':
        return this.list(block.label, block.items);
      case 'facts':
        return this.table(
          block.caption,
          [
            { header: 'Angabe', width: 1 },
            { header: 'Inhalt', width: 3 },
          ],
          block.rows.map((row) => [{ text: row.label }, { text: row.value }]),
          { rowHeaders: true, headerRow: false },
        );
      case 'table':
        return this.table(block.caption, block.columns, block.rows, {
          rowHeaders: block.rowHeaders ?? false,
          headerRow: true,
        });
      case 'timeline':
        return this.timeline(block.alt, block.caption);
    }
  }

  /** Running header and "Seite X von Y" on every page, once the page count is known. */
  paginate(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const header = runningHeader(this.snapshot);
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const { width, height } = doc.page;
      const headerY = 12 * MM;
      this.artifact('Pagination', () => {
        doc.font(this.font('regular')).fontSize(SIZES.small).fillColor(COLORS.muted);
        doc.text(header, this.left, headerY, { lineBreak: false, width: this.width, ellipsis: true, height: 12 });
        doc
          .moveTo(this.left, headerY + 13)
          .lineTo(width - doc.page.margins.right, headerY + 13)
          .lineWidth(0.5)
          .strokeColor(COLORS.rule)
          .stroke();
      }, ['Top']);
      this.artifact('Pagination', () => {
        const label = pageLabel(i - range.start + 1, range.count);
        doc.font(this.font('regular')).fontSize(SIZES.small).fillColor(COLORS.muted);
        const footerY = height - 14 * MM;
        if (this.snapshot.meta.vorlageNumber) {
          doc.text(`Vorlage-Nr. ${this.snapshot.meta.vorlageNumber}`, this.left, footerY, { lineBreak: false });
        }
        const labelWidth = doc.widthOfString(label);
        doc.text(label, width - doc.page.margins.right - labelWidth, footerY, { lineBreak: false });
      }, ['Bottom']);
    }
  }

  private artifact(type: 'Pagination' | 'Layout', draw: () => void, attached?: string[]): void {
    this.doc.markContent('Artifact', attached ? { type, attached } : { type });
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  private add(tag: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}): void {
    this.root.add(this.doc.struct(tag, options, draw));
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && !this.atPageTop) {
      this.doc.addPage();
    }
  }

  private title(kicker: string, text: string, subtitle: string): void {
    const doc = this.doc;
    this.add('P', () => {
      doc.font(this.font('bold')).fontSize(SIZES.small).fillColor(COLORS.muted);
      doc.text(`${kicker.toUpperCase()} `, this.left, doc.y, { width: this.width, characterSpacing: 0.6 });
    });
    doc.moveDown(0.3);
    this.heading(0, text, 0);
    this.add('P', () => {
      doc.font(this.font('regular')).fontSize(SIZES.body + 1).fillColor(COLORS.muted);
      doc.text(`${subtitle} `, this.left, doc.y, { width: this.width });
    });
    doc.moveDown(0.8);
  }

  private heading(level: HeadingLevel, text: string, lead: number): void {
    const doc = this.doc;
    const style = HEADINGS[level];
    doc.font(this.font('bold')).fontSize(style.size);
    const height = doc.heightOfString(text, { width: this.width });
    // Keep a heading together with the start of what follows it.
    this.ensureSpace(style.before + height + style.after + lead);
    if (!this.atPageTop) doc.y += style.before;
    this.add(style.tag, () => {
      doc.font(this.font('bold')).fontSize(style.size).fillColor(COLORS.text);
      doc.text(`${text} `, this.left, doc.y, { width: this.width });
    });
    doc.y += style.after;
    this.addOutline(level, text);
  }

  private addOutline(level: HeadingLevel, text: string): void {
    if (level === 0) return;
    const parent = level === 1 ? this.doc.outline : this.outline[level - 1];
    if (!parent) return;
    this.outline[level] = parent.addItem(text);
    this.outline.length = level + 1;
  }

  private paragraph(text: string, label?: string, emphasis?: boolean): void {
    const doc = this.doc;
    doc.font(this.font(emphasis ? 'bold' : 'regular')).fontSize(SIZES.body);
    const full = label ? `${label}: ${text}` : text;
    this.ensureSpace(Math.min(doc.heightOfString(full, { width: this.width }), 3 * SIZES.body * 1.3));
    this.add('P', () => {
      doc.fillColor(COLORS.text);
      if (label) {
        doc.font(this.font('bold')).fontSize(SIZES.body).text(`${label}: `, this.left, doc.y, { width: this.width, continued: true });
        doc.font(this.font('regular')).text(`${text} `);
      } else {
        doc.font(this.font(emphasis ? 'bold' : 'regular')).fontSize(SIZES.body).text(`${text} `, this.left, doc.y, { width: this.width });
      }
    });
    doc.y += 3;
  }

  private statusLine(label: string, status: TStatus, note?: string): void {
    const doc = this.doc;
    doc.font(this.font('bold')).fontSize(SIZES.body);
    const labelText = `${label}: `;
    const labelWidth = doc.widthOfString(labelText);
    const indent = labelWidth + SHAPE_SIZE + 5;
    const text = note ? `${STATUS_PRESENTATION[status].label} (${note})` : STATUS_PRESENTATION[status].label;
    doc.font(this.font('regular'));
    this.ensureSpace(doc.heightOfString(text, { width: this.width - indent }));
    const y = doc.y;
    const lineHeight = doc.currentLineHeight(true);
    this.artifact('Layout', () => drawStatusShape(doc, status, this.left + labelWidth + SHAPE_SIZE / 2, y + lineHeight / 2 - 0.5));
    this.add('P', () => {
      doc.fillColor(COLORS.text).font(this.font('bold')).fontSize(SIZES.body);
      doc.text(labelText, this.left, y, { lineBreak: false });
      doc.font(this.font('regular')).text(`${text} `, this.left + indent, y, { width: this.width - indent });
    });
    doc.y += 3;
  }

  private list(label: string, items: string[]): void {
    const doc = this.doc;
    doc.font(this.font('regular')).fontSize(SIZES.body);
    const first = items[0] ?? '';
    this.ensureSpace(SIZES.body * 1.4 + Math.min(doc.heightOfString(first, { width: this.width - 14 }), 3 * SIZES.body * 1.3));
    this.add('P', () => {
      doc.font(this.font('bold')).fontSize(SIZES.body).fillColor(COLORS.text);
      doc.text(`${label}: `, this.left, doc.y, { width: this.width });
    });
    const list = doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      doc.font(this.font('regular')).fontSize(SIZES.body);
      this.ensureSpace(Math.min(doc.heightOfString(item, { width: this.width - 14 }), 2 * SIZES.body * 1.3));
      const y = doc.y;
      const entry = doc.struct('LI');
      list.add(entry);
      entry.add(
        doc.struct('Lbl', {}, () => {
          doc.font(this.font('regular')).fontSize(SIZES.body).fillColor(COLORS.text);
          doc.text('• ', this.left + 4, y, { lineBreak: false });
        }),
      );
      entry.add(
        doc.struct('LBody', {}, () => {
          doc.font(this.font('regular')).fontSize(SIZES.body).fillColor(COLORS.text);
          doc.text(`${item} `, this.left + 14, y, { width: this.width - 14 });
        }),
      );
      entry.end();
      doc.y += 1.5;
    }
    list.end();
    doc.y += 3;
  }

  private table(
    caption: string,
    columns: TableColumn[],
    rows: TableCell[][],
    options: { rowHeaders: boolean; headerRow: boolean },
  ): void {
    const doc = this.doc;
    const { widths, size } = this.columnLayout(columns, rows, options.rowHeaders);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

    const cellTextWidth = (i: number, cell: TableCell) =>
      (widths[i] ?? 0) - 2 * CELL_PAD.x - (cell.status ? SHAPE_SIZE + 4 : 0);
    const rowHeight = (cells: TableCell[], weight: 'regular' | 'bold') => {
      doc.font(this.font(weight)).fontSize(size);
      return (
        Math.max(
          ...cells.map((cell, i) => doc.heightOfString(`${cell.text} `, { width: cellTextWidth(i, cell) })),
        ) +
        2 * CELL_PAD.y
      );
    };
    const headerCells = columns.map((c) => ({ text: c.header }));
    const headerHeight = options.headerRow ? rowHeight(headerCells, 'bold') : 0;
    const heights = rows.map((row) =>
      Math.max(rowHeight(row, 'regular'), options.rowHeaders ? rowHeight(row.slice(0, 1), 'bold') : 0),
    );

    doc.font(this.font('bold')).fontSize(SIZES.small);
    const captionHeight = doc.heightOfString(caption, { width: this.width }) + 3;
    this.ensureSpace(captionHeight + headerHeight + (heights[0] ?? 0));

    const table = doc.struct('Table');
    this.root.add(table);
    table.add(
      doc.struct('Caption', {}, () => {
        doc.font(this.font('bold')).fontSize(SIZES.small).fillColor(COLORS.muted);
        doc.text(`${caption} `, this.left, doc.y, { width: this.width });
      }),
    );
    doc.y += 3;

    const drawHeader = (parent: StructElement | null) => {
      const y = doc.y;
      this.artifact('Layout', () => {
        columns.forEach((_, i) => {
          doc
            .rect(xs[i] ?? 0, y, widths[i] ?? 0, headerHeight)
            .lineWidth(0.5)
            .fillAndStroke(COLORS.headerFill, COLORS.rule);
        });
      });
      const drawText = (column: TableColumn, i: number) => () => {
        doc.font(this.font('bold')).fontSize(size).fillColor(COLORS.text);
        doc.text(spaced(column.header, column.align), (xs[i] ?? 0) + CELL_PAD.x, y + CELL_PAD.y, {
          width: (widths[i] ?? 0) - 2 * CELL_PAD.x,
          align: column.align ?? 'left',
        });
      };
      if (parent) {
        const row = doc.struct('TR');
        parent.add(row);
        columns.forEach((column, i) => {
          row.add(doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions, drawText(column, i)));
        });
        row.end();
      } else {
        // The header repeated on a following page is a visual aid, not content read twice.
        this.artifact('Pagination', () => columns.forEach((column, i) => drawText(column, i)()));
      }
      doc.y = y + headerHeight;
    };

    if (options.headerRow) {
      const head = doc.struct('THead');
      table.add(head);
      drawHeader(head);
      head.end();
    }
    const body = doc.struct('TBody');
    table.add(body);
    rows.forEach((cells, r) => {
      const height = heights[r] ?? 0;
      if (doc.y + height > this.bottom) {
        doc.addPage();
        if (options.headerRow) drawHeader(null);
      }
      const y = doc.y;
      this.artifact('Layout', () => {
        cells.forEach((cell, i) => {
          const isRowHeader = options.rowHeaders && i === 0;
          const x = xs[i] ?? 0;
          if (isRowHeader) doc.rect(x, y, widths[i] ?? 0, height).fill(COLORS.labelFill);
          doc.rect(x, y, widths[i] ?? 0, height).lineWidth(0.5).stroke(COLORS.rule);
          if (cell.status) {
            doc.font(this.font('regular')).fontSize(size);
            const lineHeight = doc.currentLineHeight(true);
            drawStatusShape(doc, cell.status, x + CELL_PAD.x + SHAPE_SIZE / 2, y + CELL_PAD.y + lineHeight / 2 - 0.5);
          }
        });
      });
      const row = doc.struct('TR');
      body.add(row);
      cells.forEach((cell, i) => {
        const isRowHeader = options.rowHeaders && i === 0;
        const column = columns[i];
        const x = (xs[i] ?? 0) + CELL_PAD.x + (cell.status ? SHAPE_SIZE + 4 : 0);
        const draw = () => {
          doc.font(this.font(isRowHeader ? 'bold' : 'regular')).fontSize(size).fillColor(COLORS.text);
          doc.text(spaced(cell.text, column?.align), x, y + CELL_PAD.y, {
            width: cellTextWidth(i, cell),
            align: column?.align ?? 'left',
          });
        };
        row.add(
          isRowHeader
            ? doc.struct('TH', { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions, draw)
            : doc.struct('TD', {}, draw),
        );
      });
      row.end();
      doc.y = y + height;
    });
    body.end();
    table.end();
    doc.x = this.left;
    doc.y += 8;
  }

  /**
   * The columns' relative widths scaled to the text width, but never narrower than the longest
   * word in the column, so that pdfkit does not break "Verbindlichkeit" in the middle. A table
   * whose words do not fit side by side is set in a smaller size first.
   */
  private columnLayout(
    columns: TableColumn[],
    rows: TableCell[][],
    rowHeaders: boolean,
  ): { widths: number[]; size: number } {
    const doc = this.doc;
    const sizes = [SIZES.table, 7.6, 7];
    let minimum: number[] = [];
    let size: number = SIZES.table;
    for (size of sizes) {
      const longestWord = (text: string, weight: 'regular' | 'bold') => {
        doc.font(this.font(weight)).fontSize(size);
        // pdfkit breaks lines at spaces and after hyphens, and measures a word with its space.
        return Math.max(0, ...text.split(/\s+|(?<=-)/).map((word) => doc.widthOfString(`${word} `)));
      };
      minimum = columns.map(
        (column, i) =>
          Math.max(
            longestWord(column.header, 'bold'),
            ...rows.map((row) => {
              const cell = row[i];
              if (!cell) return 0;
              const weight = rowHeaders && i === 0 ? 'bold' : 'regular';
              return longestWord(cell.text, weight) + (cell.status ? SHAPE_SIZE + 4 : 0);
            }),
          ) +
          2 * CELL_PAD.x +
          0.5,
      );
      if (minimum.reduce((a, b) => a + b, 0) <= this.width) break;
    }
    const needed = minimum.reduce((a, b) => a + b, 0);
    if (needed >= this.width) return { widths: minimum.map((m) => (m * this.width) / needed), size };

    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    // Widen the columns that are too narrow at the expense of those with room to spare.
    for (let pass = 0; pass < columns.length; pass++) {
      const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (minimum[i] ?? 0) - w), 0);
      if (deficit < 0.01) break;
      const slack = widths.map((w, i) => Math.max(0, w - (minimum[i] ?? 0)));
      const totalSlack = slack.reduce((a, b) => a + b, 0);
      widths.forEach((w, i) => {
        const min = minimum[i] ?? 0;
        widths[i] = w < min ? min : w - (deficit * (slack[i] ?? 0)) / totalSlack;
      });
    }
    return { widths, size };
  }

  /**
   * The Gantt figure on landscape pages of its own, one print page of the snapshot per PDF
   * page, all at one scale (chosen when the snapshot was taken so that the smallest text
   * prints at 7 pt or more). Each page is a Figure with its own alternative text naming its
   * part; running header and page number are added by paginate() as on every page.
   */
  private timeline(alt: string, caption: string): void {
    const doc = this.doc;
    const pages = figurePages(this.snapshot);
    if (pages.length === 0) {
      this.paragraph(TIMELINE_MISSING_NOTE);
      return;
    }
    const sizes = pages.map((page) => svgSize(page.svg));
    const scale = figureScale(sizes);
    pages.forEach((page, i) => {
      doc.addPage({ size: [FIGURE_PAGE.width, FIGURE_PAGE.height], margins: FIGURE_PAGE.margins });
      if (i === 0 && this.figureHeading) this.heading(this.figureHeading.level, this.figureHeading.text, 0);
      this.figureHeading = null;
      const width = sizes[i]!.width * scale;
      const height = sizes[i]!.height * scale;
      const x = this.left;
      const y = doc.page.margins.top + FIGURE_HEADING_HEIGHT;
      const part = page.label ? ` (${page.label})` : '';
      this.add(
        'Figure',
        () => {
          svgToPdf(doc, page.svg, x, y, {
            width,
            height,
            preserveAspectRatio: 'xMinYMin meet',
            fontCallback: (_family, bold) => this.font(bold ? 'bold' : 'regular'),
            warningCallback: () => undefined,
          });
        },
        { alt: `${alt}${part}`, bbox: [x, y, x + width, y + height] } as PDFKit.Mixins.StructureElementOptions,
      );
      doc.x = this.left;
      doc.y = y + height + 4;
      this.add('P', () => {
        doc.font(this.font('regular')).fontSize(SIZES.small).fillColor(COLORS.muted);
        doc.text(`${caption}${part} `, this.left, doc.y, { width: this.width });
      });
    });
    this.afterFigure = true;
  }
}

/**
 * Text extraction joins words across structure elements unless each ends with a space; a right
 * aligned cell goes without, as the space would push its figure off the column edge.
 */
function spaced(text: string, align?: 'left' | 'right'): string {
  return align === 'right' ? text : `${text} `;
}

/** The Ampel shape: octagon (rot), triangle (gelb), circle (grün), check (abgeschlossen), dash (nicht bewertet). */
function drawStatusShape(doc: PdfDoc, status: TStatus, cx: number, cy: number): void {
  const r = SHAPE_SIZE / 2;
  const color = STATUS_COLORS[status];
  doc.save();
  switch (STATUS_PRESENTATION[status].shape) {
    case 'octagon': {
      const points = Array.from({ length: 8 }, (_, i) => {
        const angle = Math.PI / 8 + (i * Math.PI) / 4;
        return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as [number, number];
      });
      doc.polygon(...points).fill(color);
      break;
    }
    case 'triangle':
      doc.polygon([cx, cy - r], [cx + r, cy + r * 0.8], [cx - r, cy + r * 0.8]).fill(color);
      break;
    case 'circle':
      doc.circle(cx, cy, r).fill(color);
      break;
    case 'check':
      doc
        .moveTo(cx - r, cy)
        .lineTo(cx - r * 0.25, cy + r * 0.75)
        .lineTo(cx + r, cy - r * 0.8)
        .lineWidth(1.6)
        .lineCap('round')
        .lineJoin('round')
        .stroke(color);
      break;
    case 'dash':
      doc.rect(cx - r, cy - 0.9, 2 * r, 1.8).fill(color);
      break;
  }
  doc.restore();
}
