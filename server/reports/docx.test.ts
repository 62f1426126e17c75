import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ZReportSnapshot, type TReportSnapshot } from '../../shared/schemas/report';
import { reportSnapshot, reportSnapshotInput } from '../../tests/fixtures/report-snapshot';
import { renderReportDocx } from './docx';
import { readZip } from './zip';

/** A 1 × 1 PNG, enough to stand in for the timeline figure. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function parts(snapshot: TReportSnapshot): Promise<Map<string, string>> {
  const docx = await renderReportDocx(snapshot);
  return new Map(readZip(docx).map((entry) => [entry.name, entry.data.toString('utf8')]));
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
function textOf(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('[REPORT] DOCX rendering', () => {
  let files: Map<string, string>;
  let document: string;
  let text: string;
  beforeAll(async () => {
    files = await parts(reportSnapshot);
    document = files.get('word/document.xml') ?? '';
    text = textOf(document);
  });

  it('is a Word package with document, styles, header, footer and core properties', () => {
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      expect(files.has(name)).toBe(true);
    }
    expect([...files.keys()][0]).toBe('[Content_Types].xml');
  });

  it('uses the real heading styles for the Vorlage parts, sections, fields of action and projects', () => {
    const headings = (style: string) =>
      document
        .split('</w:p>')
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map((p) => textOf(p).trim());
    expect(headings('Title')).toEqual(['Sachstandsbericht Digitalisierung']);
    expect(headings('Heading1')).toEqual([
      'Darstellung der Sach- und Rechtslage',
      'Darstellung der finanziellen Auswirkungen',
      'Beschlussvorschlag',
    ]);
    expect(headings('Heading2')).toEqual([
      'Rechtlicher Rahmen',
      'Handlungsfelder und Projekte',
      'Ampelübersicht',
      'Veränderungen seit dem letzten Bericht',
      'Kennzahlen',
      'Zeitplan',
    ]);
    expect(headings('Heading3')).toEqual([
      'Handlungsfeld Geschäftsprozesse für Kunden',
      'Handlungsfeld Interne Geschäftsprozesse',
    ]);
    expect(headings('Heading4')).toContain('GPK 8 Elektronische Rechnung');
  });

  it('opens with the heading block of the Mitteilungsvorlage as a table', () => {
    const first = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    const rows = first
      .split('</w:tr>')
      .slice(0, -1)
      .map((row) => row.split('</w:tc>').slice(0, -1).map((cell) => textOf(cell).trim()));
    expect(rows.slice(0, 5)).toEqual([
      ['Gremium', 'Kreisausschuss'],
      ['Sitzung', '15.09.2020'],
      ['Betreff', 'Sachstandsbericht Digitalisierung'],
      ['Federführung', 'Steuerungsdienst'],
      ['Vorlage-Nr.', 'MV 112/2020'],
    ]);
  });

  it('has real tables whose header row repeats on every page', () => {
    const tables = document.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    const withHeader = tables.filter((t) => {
      const firstRow = t.slice(0, t.indexOf('</w:tr>'));
      return firstRow.includes('<w:tblHeader/>');
    });
    // Every table but the heading block has a repeating header row.
    expect(withHeader).toHaveLength(tables.length - 1);
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*?Rechtsgrundlage/);
  });

  it('contains the projects, Ampel labels, KPI values, deadlines and decisions', () => {
    for (const expected of [
      'Zentrales Serviceportal',
      'Elektronische Akte / Dokumenten-Management-System (DMS)',
      'Einführung d.3ecm an 500 Arbeitsplätzen (1. Phase)',
      'Ampel: ■ rot',
      'Ampel: ▲ gelb',
      'Ampel: ● grün',
      '168',
      '334',
      '01.04.2020, seit 90 Tagen überschritten',
      'Kreistag, 04.12.2018: Beschaffung DMS d.3ecm',
      '265 T€',
      'Der Kreisausschuss nimmt den Sachstandsbericht zur Kenntnis.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('sets German on every style and A4 with margins', () => {
    const styles = files.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="de-DE"\/>[\s\S]*<\/w:docDefaults>/);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title', 'TableText']) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`));
      expect(style.slice(0, style.indexOf('</w:style>'))).toContain('<w:lang w:val="de-DE"/>');
    }
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1361" w:right="1134" w:bottom="1247" w:left="1418"/);
  });

  it('prints the running header and "Seite X von Y" from page fields', () => {
    const header = [...files].find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1] ?? '';
    const footer = [...files].find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(textOf(header)).toContain('Kreis Unna · Sachstandsbericht Digitalisierung · Stichtag 30.06.2020');
    expect(footer).toMatch(/Seite [\s\S]*PAGE[\s\S]* von [\s\S]*NUMPAGES/);
  });

  it('writes the creation date of the snapshot, not of the rendering, and the same bytes every time', async () => {
    const core = files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-07-06T08:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2020-07-06T08:30:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Sachstandsbericht Digitalisierung – Kreis Unna – Stichtag 30.06.2020</dc:title>');

    const first = await renderReportDocx(reportSnapshot);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
      expect((await renderReportDocx(reportSnapshot)).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('embeds the timeline PNG with alternative text, or refers to the annex', async () => {
    expect(text).toContain('Zeitplan siehe Anlage.');

    const withPng = await parts({ ...reportSnapshot, timelinePng: PNG });
    expect([...withPng.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const xml = withPng.get('word/document.xml') ?? '';
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Zeitplan \(Gantt-Diagramm\)/);
    expect(textOf(xml)).not.toContain('Zeitplan siehe Anlage.');
  });

  it('leaves out switched-off sections and keeps free text at the top of its section', async () => {
    const input = reportSnapshotInput();
    const files = await parts(
      ZReportSnapshot.parse({
        ...input,
        sections: { ...input.sections, legalFrame: { enabled: false, text: null } },
      }),
    );
    const withoutLegal = textOf(files.get('word/document.xml') ?? '');
    expect(withoutLegal).not.toContain('Rechtlicher Rahmen');
    expect(withoutLegal).not.toContain('Rechtsgrundlage');

    const kpiHeading = text.indexOf('Kennzahlen\n');
    const kpiText = text.indexOf('Die Kennzahlen stammen aus dem WOS-Datenblatt');
    const kpiTable = text.indexOf('K1 Digitale Umsetzung');
    expect(kpiHeading).toBeGreaterThan(0);
    expect(kpiHeading).toBeLessThan(kpiText);
    expect(kpiText).toBeLessThan(kpiTable);
  });
});
