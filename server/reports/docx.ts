import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { formatDate } from '../../shared/dates/format';
import type { TStatus } from '../../shared/schemas/domain';
import type { TReportSnapshot } from '../../shared/schemas/report';
import {
  TIMELINE_MISSING_NOTE,
  buildReportDocument,
  documentTitle,
  runningHeader,
  statusLabel,
  type HeadingLevel as ReportHeadingLevel,
  type ReportBlock,
  type TableCell as ReportTableCell,
  type TableColumn,
} from './content';
import { FIGURE_PAGE, figurePages, figureScale, svgSize } from './figure-page';
import { RASTER_DPI, rasterisePages } from './raster';
import { readZip, writeZip, type ZipEntry } from './zip';

/**
 * The Sachstandsbericht as a Word document in the layout of a Mitteilungsvorlage: the heading
 * block as a table, then the same sections as the PDF, with real heading styles (so the council
 * information system's templates and Word's navigation pane see the structure), tables whose
 * header row repeats on every page, page numbers in the footer and German as the language of
 * every style. Core properties and the ZIP timestamps come from `generatedAt`, so the same
 * snapshot always gives the same file.
 */

const LANGUAGE = { value: 'de-DE' } as const;
const FONT = 'Arial';
/** A4 in twentieths of a point, and the margins of the PDF (2.4 / 2.0 / 2.2 / 2.5 cm). */
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1361, right: 1134, bottom: 1247, left: 1418, header: 624, footer: 567 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The landscape pages of the Gantt figure: the PDF's figure page, in twips. */
const TWIPS = 20;
const FIGURE_MARGIN = {
  top: Math.round(FIGURE_PAGE.margins.top * TWIPS),
  right: Math.round(FIGURE_PAGE.margins.right * TWIPS),
  bottom: Math.round(FIGURE_PAGE.margins.bottom * TWIPS),
  left: Math.round(FIGURE_PAGE.margins.left * TWIPS),
  header: 567,
  footer: 454,
} as const;
const FIGURE_TEXT_WIDTH = PAGE.height - FIGURE_MARGIN.left - FIGURE_MARGIN.right;
const COLORS = { text: '1A1A1A', muted: '555555', rule: '9E9E9E', headerFill: 'E6E6E6', labelFill: 'F2F2F2' };
/** Colour is never the only carrier: each status has its own shape beside its text label. */
const STATUS_SYMBOLS: Record<TStatus, { symbol: string; color: string }> = {
  red: { symbol: '■', color: 'C62828' },
  amber: { symbol: '▲', color: 'E0A000' },
  green: { symbol: '●', color: '2E7D32' },
  done: { symbol: '✓', color: '37474F' },
  none: { symbol: '–', color: '757575' },
};
const HEADINGS: Record<Exclude<ReportHeadingLevel, 0>, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};
const TABLE_TEXT_SIZE = 18;

export async function renderReportDocx(s: TReportSnapshot): Promise<Buffer> {
  const document = new Document({
    title: documentTitle(s),
    subject: s.meta.subject,
    creator: s.meta.organisationName,
    lastModifiedBy: s.meta.leadUnit ?? s.meta.organisationName,
    description: `${s.meta.subject} für ${s.meta.committee}, Stichtag ${formatDate(s.meta.asOfDate)}`,
    keywords: 'Sachstandsbericht, Digitalisierung, Mitteilungsvorlage',
    styles: styles(),
    sections: await sections(s),
  });
  const packed = await Packer.toBuffer(document);
  return normalise(packed, s.meta.generatedAt);
}

/**
 * The text in portrait sections; the Gantt figure (with the heading right before it) in a
 * landscape section of its own, one figure page per page, as in the PDF.
 */
async function sections(s: TReportSnapshot): Promise<ISectionOptions[]> {
  const blocks = buildReportDocument(s);
  const figure = s.timelinePng ? [] : figurePages(s);
  const sizes = figure.map((page) => svgSize(page.svg));
  const pointsPerUnit = figureScale(sizes);
  const images = await rasterisePages(
    figure.map((page) => page.svg),
    (pointsPerUnit * RASTER_DPI) / 72,
  );
  const out: ISectionOptions[] = [];
  let children: (Paragraph | Table)[] = [];
  let figureHeading: ReportBlock | null = null;
  const portrait = () => {
    if (children.length > 0) out.push(section('portrait', s, children));
    children = [];
  };
  blocks.forEach((block, i) => {
    if (figure.length > 0 && block.type === 'heading' && blocks[i + 1]?.type === 'timeline') {
      figureHeading = block;
      return;
    }
    if (figure.length > 0 && block.type === 'timeline') {
      portrait();
      const heading = figureHeading ? render(figureHeading, s) : [];
      const pages = figure.map((page, n) => ({ ...page, png: images[n]!, width: sizes[n]!.width * pointsPerUnit, height: sizes[n]!.height * pointsPerUnit }));
      out.push(section('landscape', s, [...heading, ...figureParagraphs(pages, block.alt, block.caption)]));
      figureHeading = null;
      return;
    }
    children.push(...render(block, s));
  });
  portrait();
  return out;
}

function section(orientation: 'portrait' | 'landscape', s: TReportSnapshot, children: (Paragraph | Table)[]): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        // docx swaps width and height for a landscape section.
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: landscape ? FIGURE_MARGIN : MARGIN,
      },
    },
    headers: { default: header(s) },
    footers: { default: footer(s, landscape ? FIGURE_TEXT_WIDTH : TEXT_WIDTH) },
    children,
  };
}

/**
 * The figure's print pages as PNG (RASTER_DPI), at the PDF's size, so that the smallest text
 * prints at 7 pt or more. Word sizes images in pixels at 96 dpi.
 */
function figureParagraphs(
  pages: { png: Buffer; label: string; width: number; height: number }[],
  alt: string,
  text: string,
): Paragraph[] {
  return pages.flatMap((page, i) => {
    const part = page.label ? ` (${page.label})` : '';
    return [
      new Paragraph({
        keepNext: true,
        pageBreakBefore: i > 0,
        children: [
          new ImageRun({
            type: 'png',
            data: page.png,
            transformation: { width: Math.round((page.width * 96) / 72), height: Math.round((page.height * 96) / 72) },
            altText: { name: `Zeitplan ${i + 1}`, title: `${text}${part}`, description: `${alt}${part}` },
          }),
        ],
      }),
      caption(`${text}${part}`),
    ];
  });
}

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Fixes what docx takes from the clock or from chance: the core properties' dates, the ZIP
 * timestamps and the names of image files (docx names them randomly).
 */
function normalise(packed: Buffer, generatedAt: string): Buffer {
  const moment = new Date(generatedAt);
  const stamp = `${moment.toISOString().slice(0, 19)}Z`;
  // [Content_Types].xml first, as Word itself writes packages.
  const entries = renumberDrawings(renameMedia(readZip(packed)))
    .sort((a, b) => Number(b.name === CONTENT_TYPES) - Number(a.name === CONTENT_TYPES))
    .map((entry) =>
    entry.name === 'docProps/core.xml'
      ? {
          name: entry.name,
          data: Buffer.from(
            entry.data
              .toString('utf8')
              .replace(
                /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
                (_match, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
              ),
            'utf8',
          ),
        }
      : entry,
  );
  return writeZip(entries, moment);
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';

/**
 * Renames word/media/* to image1.png, image2.png … in the order the document shows them (the
 * order of their relationship ids in word/document.xml), rewrites the Targets in the document's
 * relationships to match, and sorts the entries by name, so that the package does not depend
 * on the random names docx gives image files.
 */
export function renameMedia(entries: ZipEntry[]): ZipEntry[] {
  const rels = entries.find((e) => e.name === DOCUMENT_RELS);
  const document = entries.find((e) => e.name === DOCUMENT);
  if (!rels || !document) return entries;
  const relsXml = rels.data.toString('utf8');
  const targetById = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="(media\/[^"]+)"/.exec(match[0])?.[1];
    if (id && target) targetById.set(id, target);
  }
  if (targetById.size === 0) return entries;
  const renamed = new Map<string, string>();
  const documentXml = document.data.toString('utf8');
  for (const match of documentXml.matchAll(/r:(?:embed|link|id)="([^"]+)"/g)) {
    const target = targetById.get(match[1]!);
    if (!target || renamed.has(target)) continue;
    const extension = /\.[A-Za-z0-9]+$/.exec(target)?.[0] ?? '';
    renamed.set(target, `media/image${renamed.size + 1}${extension.toLowerCase()}`);
  }
  // Media not referenced from the document body (headers, say) keep their relative order.
  for (const target of [...targetById.values()].sort()) {
    if (renamed.has(target)) continue;
    const extension = /\.[A-Za-z0-9]+$/.exec(target)?.[0] ?? '';
    renamed.set(target, `media/image${renamed.size + 1}${extension.toLowerCase()}`);
  }
  const newRels = relsXml.replace(/\bTarget="(media\/[^"]+)"/g, (whole, target: string) =>
    renamed.has(target) ? `Target="${renamed.get(target)}"` : whole,
  );
  return entries
    .map((entry) => {
      if (entry.name === DOCUMENT_RELS) return { name: entry.name, data: Buffer.from(newRels, 'utf8') };
      const target = entry.name.startsWith('word/') ? entry.name.slice('word/'.length) : null;
      const name = target ? renamed.get(target) : undefined;
      return name ? { name: `word/${name}`, data: entry.data } : entry;
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * docx numbers drawings (wp:docPr ids) with a counter that lives as long as the process, so
 * the second rendering of a snapshot would number from where the first stopped. Renumbered
 * 1, 2, … over the parts in name order; the ids only need to be unique in the package.
 */
export function renumberDrawings(entries: ZipEntry[]): ZipEntry[] {
  let next = 1;
  return entries.map((entry) => {
    if (!/^word\/[^/]+\.xml$/.test(entry.name)) return entry;
    const xml = entry.data.toString('utf8');
    if (!xml.includes('<wp:docPr ')) return entry;
    return { name: entry.name, data: Buffer.from(xml.replace(/(<wp:docPr id=")\d+"/g, (_m, open: string) => `${open}${next++}"`), 'utf8') };
  });
}

function styles() {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: COLORS.text, language: LANGUAGE },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: LANGUAGE },
        paragraph: { spacing: { after: 100, line: 264 } },
      },
      title: {
        run: { font: FONT, size: 36, bold: true, color: COLORS.text, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 60 } },
      },
      heading1: heading(30, 360, 120),
      heading2: heading(26, 280, 100),
      heading3: heading(23, 220, 80),
      heading4: heading(22, 200, 60),
      caption: {
        run: { font: FONT, size: 18, bold: true, color: COLORS.muted, italics: false, language: LANGUAGE },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      listParagraph: {
        run: { font: FONT, language: LANGUAGE },
      },
    },
    paragraphStyles: [
      {
        id: 'TableText',
        name: 'Tabellentext',
        basedOn: 'Normal',
        run: { font: FONT, size: TABLE_TEXT_SIZE, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
    ],
  };
}

function header(s: TReportSnapshot): Header {
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule, space: 4 } },
        children: [new TextRun({ text: runningHeader(s), size: 16, color: COLORS.muted })],
      }),
    ],
  });
}

function footer(s: TReportSnapshot, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({
            text: s.meta.vorlageNumber ? `Vorlage-Nr. ${s.meta.vorlageNumber}` : '',
            size: 16,
            color: COLORS.muted,
          }),
          new TextRun({
            children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: COLORS.muted,
          }),
        ],
      }),
    ],
  });
}

function render(block: ReportBlock, s: TReportSnapshot): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.kicker.toUpperCase(), bold: true, size: 16, color: COLORS.muted })],
          spacing: { after: 40 },
        }),
        new Paragraph({ heading: HeadingLevel.TITLE, text: block.text }),
        new Paragraph({
          children: [new TextRun({ text: block.subtitle, color: COLORS.muted })],
          spacing: { after: 200 },
        }),
      ];
    case 'heading':
      return block.level === 0
        ? [new Paragraph({ heading: HeadingLevel.TITLE, text: block.text })]
        : [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
    case 'paragraph':
      return [
        new Paragraph({
          children: [
            ...(block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : []),
            new TextRun({ text: block.text, bold: block.emphasis ?? false }),
          ],
        }),
      ];
    case 'status':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: `${block.label}: `, bold: true }),
            ...statusRuns(block.status),
            ...(block.note ? [new TextRun({ text: ` (${block.note})` })] : []),
          ],
        }),
      ];
    case 'list':
      return [
        new Paragraph({
          children: [new TextRun({ text: `${block.label}:`, bold: true })],
          keepNext: true,
          spacing: { after: 40 },
        }),
        ...block.items.map(
          (item) => new Paragraph({ bullet: { level: 0 }, text: item, spacing: { after: 40 } }),
        ),
      ];
    case 'facts':
      return [
        caption(block.caption),
        table(
          [
            { header: 'Angabe', width: 1 },
            { header: 'Inhalt', width: 3 },
          ],
          block.rows.map((row) => [{ text: row.label }, { text: row.value }]),
          { headerRow: false, rowHeaders: true },
        ),
        new Paragraph({ text: '', spacing: { after: 60 } }),
      ];
    case 'table':
      return [
        caption(block.caption),
        table(block.columns, block.rows, { headerRow: true, rowHeaders: block.rowHeaders ?? false }),
        new Paragraph({ text: '', spacing: { after: 60 } }),
      ];
    case 'timeline':
      return timeline(s, block.alt, block.caption);
  }
}

function statusRuns(status: TStatus): TextRun[] {
  const { symbol, color } = STATUS_SYMBOLS[status];
  return [new TextRun({ text: `${symbol} `, color }), new TextRun({ text: statusLabel(status) })];
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', text });
}

function table(
  columns: TableColumn[],
  rows: ReportTableCell[][],
  options: { headerRow: boolean; rowHeaders: boolean },
): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
  const cell = (content: ReportTableCell, i: number, kind: 'header' | 'rowHeader' | 'data') => {
    const align = columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const bold = kind !== 'data';
    const fill = kind === 'header' ? COLORS.headerFill : kind === 'rowHeader' ? COLORS.labelFill : undefined;
    const children: ParagraphChild[] = content.status
      ? statusRuns(content.status)
      : [new TextRun({ text: content.text, bold })];
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: [new Paragraph({ style: 'TableText', alignment: align, children })],
    });
  };
  const header = options.headerRow
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((column, i) => cell({ text: column.header }, i, 'header')),
        }),
      ]
    : [];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    // Word widens a column to its longest word instead of breaking "Verbindlichkeit" in two.
    layout: TableLayoutType.AUTOFIT,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      ...header,
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, i) => cell(content, i, options.rowHeaders && i === 0 ? 'rowHeader' : 'data')),
          }),
      ),
    ],
  });
}

function timeline(s: TReportSnapshot, alt: string, text: string): Paragraph[] {
  if (!s.timelinePng) return [new Paragraph({ text: TIMELINE_MISSING_NOTE })];
  const data = Buffer.from(s.timelinePng, 'base64');
  const [pxWidth, pxHeight] = pngSize(data);
  // Word sizes images in pixels at 96 dpi; the text width is TEXT_WIDTH twips.
  const maxWidth = Math.floor((TEXT_WIDTH / 1440) * 96);
  const width = Math.min(maxWidth, pxWidth);
  const height = Math.round((pxHeight * width) / pxWidth);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data,
          transformation: { width, height },
          altText: { name: 'Zeitplan', title: text, description: alt },
        }),
      ],
    }),
    caption(text),
  ];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature) {
    throw new Error('timelinePng is not a PNG image');
  }
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
