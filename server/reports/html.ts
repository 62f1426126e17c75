import type { TStatus } from '../../shared/schemas/domain';
import type { TReportSnapshot } from '../../shared/schemas/report';
import { STATUS_PRESENTATION } from '../../shared/status/presentation';
import {
  TIMELINE_MISSING_NOTE,
  buildReportDocument,
  documentTitle,
  runningHeader,
  statusLabel,
  type ReportBlock,
  type TableCell,
  type TableColumn,
} from './content';

/**
 * The Sachstandsbericht as one self-contained HTML document: for the preview in the app and for
 * printing from the browser. Semantic headings, tables with caption, th and scope, the Ampel as
 * shape plus text, and every piece of text from the snapshot escaped.
 */
export function renderReportHtml(s: TReportSnapshot): string {
  const body = buildReportDocument(s)
    .map((block) => renderBlock(block, s))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Digitalisierungs-Cockpit">
<title>${escapeHtml(documentTitle(s))}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="running-header"><p>${escapeHtml(runningHeader(s))}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

const STATUS_COLORS: Record<TStatus, string> = {
  red: '#c62828',
  amber: '#b37800',
  green: '#2e7d32',
  done: '#37474f',
  none: '#616161',
};

const STYLES = `
@page { size: A4; margin: 24mm 20mm 22mm 25mm; }
:root { color: #1a1a1a; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem; }
.running-header { color: #555; font-size: 8.5pt; border-bottom: 1px solid #9e9e9e; margin-bottom: 1.5rem; }
.running-header p { margin: 0 0 0.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; font-weight: bold; font-size: 8.5pt; color: #555; margin: 0; }
h1 { font-size: 20pt; margin: 0.2rem 0; }
h2 { font-size: 15pt; margin: 1.8rem 0 0.5rem; }
h3 { font-size: 13pt; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 12pt; margin: 1.2rem 0 0.4rem; }
h5 { font-size: 11pt; margin: 1rem 0 0.3rem; }
.subtitle { color: #555; margin-top: 0; }
p { margin: 0 0 0.4rem; }
ul { margin: 0 0 0.5rem; padding-left: 1.3rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; color: #555; font-size: 9pt; padding-bottom: 0.2rem; }
th, td { border: 1px solid #9e9e9e; padding: 0.2rem 0.35rem; vertical-align: top; text-align: left; hyphens: auto; overflow-wrap: break-word; }
thead th { background: #e6e6e6; }
tbody th { background: #f2f2f2; }
.num { text-align: right; }
.status { white-space: nowrap; }
.status svg { vertical-align: -0.05em; margin-right: 0.25em; }
figure { margin: 0 0 1rem; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 9pt; }
.resolution { font-weight: bold; }
@media print {
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  h1, h2, h3, h4, h5, caption { break-after: avoid; }
  tbody tr:first-child { break-before: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function renderBlock(block: ReportBlock, s: TReportSnapshot): string {
  switch (block.type) {
    case 'title':
      return `<p class="kicker">${escapeHtml(block.kicker)}</p>\n<h1>${escapeHtml(block.text)}</h1>\n<p class="subtitle">${escapeHtml(block.subtitle)}</p>`;
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph': {
      const label = block.label ? `<strong>${escapeHtml(block.label)}:</strong> ` : '';
      return `<p${block.emphasis ? ' class="resolution"' : ''}>${label}${escapeHtml(block.text)}</p>`;
    }
    case 'status':
      return `<p><strong>${escapeHtml(block.label)}:</strong> ${statusBadge(block.status)}${block.note ? ` (${escapeHtml(block.note)})` : ''}</p>`;
    case 'list':
      return `<p><strong>${escapeHtml(block.label)}:</strong></p>\n<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'facts':
      return `<table class="facts">\n<caption>${escapeHtml(block.caption)}</caption>\n<tbody>\n${block.rows
        .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`)
        .join('\n')}\n</tbody>\n</table>`;
    case 'table':
      return table(block.caption, block.columns, block.rows, block.rowHeaders ?? false);
    case 'timeline':
      return timeline(s, block.alt, block.caption);
  }
}

function table(caption: string, columns: TableColumn[], rows: TableCell[][], rowHeaders: boolean): string {
  const align = (i: number) => (columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = columns.map((c, i) => `<th scope="col"${align(i)}>${escapeHtml(c.header)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = row.map((cell, i) => {
        const content = cell.status ? statusBadge(cell.status) : escapeHtml(cell.text);
        return rowHeaders && i === 0
          ? `<th scope="row"${align(i)}>${content}</th>`
          : `<td${align(i)}>${content}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The shape is decoration beside the label, so assistive technology reads the label only. */
function statusBadge(status: TStatus): string {
  return `<span class="status status-${status}">${statusShape(status)}${escapeHtml(statusLabel(status))}</span>`;
}

function statusShape(status: TStatus): string {
  const color = STATUS_COLORS[status];
  const open = `<svg aria-hidden="true" focusable="false" width="10" height="10" viewBox="0 0 10 10">`;
  switch (STATUS_PRESENTATION[status].shape) {
    case 'octagon':
      return `${open}<polygon points="3,0.5 7,0.5 9.5,3 9.5,7 7,9.5 3,9.5 0.5,7 0.5,3" fill="${color}"/></svg>`;
    case 'triangle':
      return `${open}<polygon points="5,0.5 9.7,9.2 0.3,9.2" fill="${color}"/></svg>`;
    case 'circle':
      return `${open}<circle cx="5" cy="5" r="4.5" fill="${color}"/></svg>`;
    case 'check':
      return `${open}<polyline points="1,5.2 4,8.3 9,1.8" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
    case 'dash':
      return `${open}<rect x="0.5" y="4" width="9" height="2" fill="${color}"/></svg>`;
  }
}

function timeline(s: TReportSnapshot, alt: string, caption: string): string {
  if (!s.timelineSvg) return `<p>${escapeHtml(TIMELINE_MISSING_NOTE)}</p>`;
  return `<figure>\n<div role="img" aria-label="${escapeHtml(alt)}">\n${sanitiseSvg(s.timelineSvg)}\n</div>\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

/**
 * The timeline SVG comes from our own renderer, but it is stored data: whatever could run or load
 * something when inlined (scripts, foreign content, event handlers, javascript: links) is removed.
 */
export function sanitiseSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/gi, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/?>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, '')
    .trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
