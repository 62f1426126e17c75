import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ZReportSnapshot, type TReportSnapshot } from '../../shared/schemas/report';
import { reportSnapshot, reportSnapshotInput } from '../../tests/fixtures/report-snapshot';
import { project, unnaModel } from '../../shared/timeline/test-model';
import { printZoom, timelinePrintPages } from '../services/reports/timeline-pages';
import { renderReportPdf } from './pdf';

/**
 * The PDF is checked through what poppler extracts from it, as a reader's tools would.
 * poppler-utils (pdftotext, pdfinfo) is required: without it these tests fail, they never skip.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} not found: the PDF tests need poppler-utils (apt-get install -y poppler-utils)`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

let counter = 0;
function save(pdf: Buffer): string {
  const file = path.join(dir, `report-${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

async function pdfText(snapshot: TReportSnapshot): Promise<string> {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', save(await renderReportPdf(snapshot)), '-']);
}

describe('[REPORT] PDF rendering', () => {
  let text: string;
  let file: string;
  beforeAll(async () => {
    file = save(await renderReportPdf(reportSnapshot));
    text = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  }, 30_000);

  it('is an A4 PDF 1.7 with the document title in its info', () => {
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Title:\s+Sachstandsbericht Digitalisierung – Kreis Unna – Stichtag 30\.06\.2020/);
    expect(info).toMatch(/Tagged:\s+yes/);
  });

  it('contains every project, the Ampel labels, KPI values and legal deadlines', () => {
    for (const title of [
      'Zentrales Serviceportal',
      'Elektronische Rechnung',
      'Internetbasierte Kfz-Zulassung (i-Kfz)',
      'Elektronische Akte / Dokumenten-Management-System (DMS)',
      'Einführung d.3ecm an 500 Arbeitsplätzen (1. Phase)',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/Ampel:\s+rot/);
    expect(text).toMatch(/Ampel:\s+gelb/);
    expect(text).toMatch(/Ampel:\s+grün/);
    expect(text).toMatch(/Ampel:\s+abgeschlossen/);
    expect(text).toContain('168');
    expect(text).toContain('334');
    expect(text).toContain('01.04.2020');
    expect(text).toContain('31.12.2022');
    expect(text).toContain('Kreistag, 04.12.2018: Beschaffung DMS d.3ecm');
    expect(text).toContain('265 T€');
  });

  it('has the Vorlage parts in order, ending with the Beschlussvorschlag', () => {
    const order = [
      'Angaben zur Vorlage',
      'Darstellung der Sach- und Rechtslage',
      'Rechtlicher Rahmen',
      'Handlungsfelder und Projekte',
      'Ampelübersicht',
      'Veränderungen seit dem letzten Bericht',
      'Kennzahlen',
      'Zeitplan',
      'Darstellung der finanziellen Auswirkungen',
      'Beschlussvorschlag',
      'Der Kreisausschuss nimmt den Sachstandsbericht zur Kenntnis.',
    ].map((heading) => text.indexOf(heading));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers the pages "Seite X von Y" under a running header', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    const headers = text.match(/Kreis Unna · Sachstandsbericht Digitalisierung · Stichtag 30\.06\.2020/g) ?? [];
    expect(headers).toHaveLength(pages);
  });

  it('keeps German characters extractable: ä ö ü ß € „ “ –', () => {
    for (const sample of ['Geschäftsprozesse', 'Fördermittel', 'Übersicht', 'Straßenverkehrsamt', 'T€', '„Serviceportal online“', '1 – in Vorbereitung']) {
      expect(text).toContain(sample);
    }
  });

  it('is tagged: German language, headings, lists, tables with scoped header cells, a figure with alternative text', () => {
    const structure = poppler('pdfinfo', ['-struct-text', file]);
    for (const element of ['Document', 'H1', 'H2', 'H3', 'H4', 'H5', 'P', 'L', 'LI', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Caption', 'Figure']) {
      expect(structure).toMatch(new RegExp(`^\\s*${element}\\b`, 'm'));
    }
    expect(structure).toContain('/Scope /Column');
    expect(structure).toContain('/Scope /Row');
    const raw = readRaw(file);
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/Alt [(<]/);
    expect(raw).toContain('/Type /StructTreeRoot');
  });

  it('gives the same bytes for the same snapshot, whatever the clock says', async () => {
    const first = await renderReportPdf(reportSnapshot);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
      const second = await renderReportPdf(reportSnapshot);
      expect(second.equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 30_000);
});

describe('[REPORT] PDF layout rules', () => {
  it('repeats the header row of a table that runs over a page break', async () => {
    const entries = Array.from({ length: 70 }, (_, i) => ({
      kind: 'projectAdded' as const,
      projectKey: `P-${i}`,
      projectTitle: `Projekt ${i}`,
      sentence: `Das Projekt „Projekt ${i}“ wurde neu aufgenommen.`,
    }));
    const snapshot = { ...reportSnapshot, changes: { previousAsOfDate: '2019-12-31', entries } };
    const file = save(await renderReportPdf(snapshot));
    const pages = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
    const withRows = pages.filter((page) => /Das Projekt „Projekt \d+“/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toMatch(/Art der\s+Beschreibung/);
    // The repetition is an artifact: the structure has the header row once.
    const structure = poppler('pdfinfo', ['-struct-text', file]);
    expect(structure.match(/"Art der Veränderung "/g)).toHaveLength(1);
  }, 30_000);

  it('leaves out switched-off sections', async () => {
    const input = reportSnapshotInput();
    const text = await pdfText(
      ZReportSnapshot.parse({
        ...input,
        sections: { ...input.sections, kpis: { enabled: false, text: null }, finances: { enabled: false, text: null } },
      }),
    );
    expect(text).not.toContain('Zielerreichung');
    expect(text).not.toContain('Darstellung der finanziellen Auswirkungen');
    expect(text).toContain('Beschlussvorschlag');
  }, 30_000);

  it('refers to the annex when there is no timeline figure', async () => {
    const text = await pdfText({ ...reportSnapshot, timelineSvg: undefined, timelinePages: undefined });
    expect(text).toContain('Zeitplan siehe Anlage.');
  }, 30_000);
});

/** Object dictionaries are written uncompressed; only the content streams are deflated. */
function readRaw(file: string): string {
  return readFileSync(file, 'latin1');
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The /Alt texts of the structure elements: PDF literal strings, UTF-16BE after a byte order mark. */
function altTexts(raw: string): string[] {
  const texts: string[] = [];
  for (const match of raw.matchAll(/\/Alt \(/g)) {
    let bytes = '';
    let depth = 0;
    for (let i = match.index + match[0].length; i < raw.length; i++) {
      const char = raw[i]!;
      if (char === '\\') {
        const next = raw[++i]!;
        const octal = /^[0-7]{1,3}/.exec(raw.slice(i, i + 3))?.[0];
        if (octal) {
          bytes += String.fromCharCode(parseInt(octal, 8));
          i += octal.length - 1;
        } else bytes += ESCAPES[next] ?? next;
        continue;
      }
      if (char === '(') depth += 1;
      if (char === ')' && depth-- === 0) break;
      bytes += char;
    }
    texts.push(bytes.startsWith('\xfe\xff') ? Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le') : bytes);
  }
  return texts;
}

describe('[REPORT] PDF timeline figure on landscape pages', () => {
  /** The Unna timeline with enough projects for two row pages, over six years (two periods). */
  function figureSnapshot(): TReportSnapshot {
    const model = unnaModel();
    const extra = Array.from({ length: 24 }, (_, i) =>
      project({ id: `x${i}`, groupId: 'schule', code: `S-${i + 1}`, title: `Schulprojekt ${i + 1}`, plannedStart: '2019-01-01', plannedEnd: '2021-06-30' }),
    );
    const wide = { ...model, rows: [...model.rows, ...extra] };
    const timelinePages = timelinePrintPages(wide, { zoom: printZoom(wide), title: 'Zeitplan der Projekte', subtitle: 'Stand: Stichtag 30.06.2020' });
    // As if the bars carried the phases' names (phasesNamedInBars): the report lists them.
    return { ...reportSnapshot, timelinePages, timelinePhases: [{ project: '1 E-Akte', phases: ['Vorbereitung', 'Planung und Implementierung'] }, { project: '2 Portal', phases: ['Test und Produktivsetzung'] }] };
  }

  let snapshot: TReportSnapshot;
  let file: string;
  let sizes: string[];
  let landscape: number[];
  beforeAll(async () => {
    snapshot = figureSnapshot();
    file = save(await renderReportPdf(snapshot));
    const info = poppler('pdfinfo', ['-f', '1', '-l', '999', file]);
    sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]!);
    landscape = sizes.flatMap((size, i) => (size.startsWith('841.89') ? [i + 1] : []));
  }, 30_000);

  it('[REPORT] gives the figure A4 landscape pages of its own, one per print page, between portrait text pages', () => {
    const pages = snapshot.timelinePages!.length;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(landscape).toHaveLength(pages);
    for (const size of new Set(sizes)) expect(['595.28 x 841.89', '841.89 x 595.28']).toContain(size);
    const first = landscape[0]!;
    expect(landscape).toEqual(Array.from({ length: pages }, (_, i) => first + i));
    expect(sizes[first - 2]).toBe('595.28 x 841.89');
    expect(sizes[first + pages - 1]).toBe('595.28 x 841.89');
  });

  it('[REPORT] repeats running header, page number, title, legend and date header on every figure page', () => {
    const total = sizes.length;
    landscape.forEach((page, i) => {
      const text = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
      expect(text).toContain('Kreis Unna · Sachstandsbericht Digitalisierung · Stichtag 30.06.2020');
      expect(text).toContain(`Seite ${page} von ${total}`);
      expect(text).toContain(`Zeitplan der Projekte (Teil ${i + 1} von ${landscape.length})`);
      expect(text).toContain('Meilenstein geplant');
      expect(text).toMatch(/I\/20\d\d/);
      // The section heading goes with the figure's first page.
      expect(/^\s*Zeitplan\s*$/m.test(text)).toBe(i === 0);
    });
  });

  it('[REPORT] prints the smallest text of the figure at 7 pt or more', () => {
    const from = String(landscape[0]);
    const to = String(landscape[landscape.length - 1]);
    const html = poppler('pdftotext', ['-bbox', '-f', from, '-l', to, file, '-']);
    const heights = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    expect(heights.length).toBeGreaterThan(100);
    // A DejaVu Sans word box is 1.164 em high (ascent 0.928 + descent 0.236).
    expect(Math.min(...heights) / 1.164).toBeGreaterThanOrEqual(6.99);
  });

  it('[REPORT] tags every figure page as a Figure with alternative text naming its part', () => {
    const structure = poppler('pdfinfo', ['-struct-text', file]);
    expect(structure.match(/^\s*Figure:?\s*$/gm)).toHaveLength(landscape.length);
    const raw = readRaw(file);
    expect((raw.match(/\/Alt [(<]/g) ?? []).length).toBe(landscape.length);
  });

  it('[REPORT] describes the figure truthfully and lists the phases’ whole names on the page after it', () => {
    const alts = altTexts(readRaw(file));
    expect(alts).toHaveLength(landscape.length);
    alts.forEach((alt, i) => {
      expect(alt).toMatch(/^Gantt-Diagramm „Zeitplan der Projekte“, Stand 30\.06\.2020: die Projekte mit Terminen nach Handlungsfeldern, /);
      expect(alt).toContain('; die Namen der Phasen in der Liste nach dem Diagramm. Die Laufzeiten der Projekte und Phasen');
      expect(alt).toContain(`(Teil ${i + 1} von ${landscape.length}, `);
      expect(alt).not.toMatch(/Termine[^.]*aufgeführt/);
    });
    const after = String(landscape[landscape.length - 1]! + 1);
    const text = poppler('pdftotext', ['-enc', 'UTF-8', '-f', after, '-l', after, file, '-']);
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /Stichtag 30\.06\.2020 Phasen im Zeitplan je Projekt \(in den Balken gekürzt, wo der Platz nicht reicht\): • 1 E-Akte: Vorbereitung; Planung und Implementierung • 2 Portal: Test und Produktivsetzung /,
    );
  });

  it('[REPORT] renders the figure pages to the same bytes again', async () => {
    const again = await renderReportPdf(snapshot);
    expect(again.equals(readFileSync(file))).toBe(true);
  }, 30_000);
});
