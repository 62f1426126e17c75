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
import { readZip, writeZip } from './zip';

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
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: MARGIN,
          },
        },
        headers: { default: header(s) },
        footers: { default: footer(s) },
        children: buildReportDocument(s).flatMap((block) => render(block, s)),
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return normalise(packed, s.meta.generatedAt);
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Fixes what docx takes from the clock: the core properties' dates and the ZIP timestamps. */
function normalise(packed: Buffer, generatedAt: string): Buffer {
  const moment = new Date(generatedAt);
  const stamp = `${moment.toISOString().slice(0, 19)}Z`;
  // [Content_Types].xml first, as Word itself writes packages.
  const entries = readZip(packed)
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

function footer(s: TReportSnapshot): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
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
