import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ZReportSnapshot, type TReportSnapshot } from '../../shared/schemas/report';
import { reportSnapshot, reportSnapshotInput } from '../../tests/fixtures/report-snapshot';
import { unnaModel } from '../../shared/timeline/test-model';
import { printZoom, timelinePrintPages } from '../services/reports/timeline-pages';
import { renameMedia, renderReportDocx } from './docx';
import { RASTER_DPI } from './raster';
import { readZip, type ZipEntry } from './zip';

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

  it('refers to the annex without a figure, and embeds a stored timeline PNG as it is', async () => {
    const without = await parts({ ...reportSnapshot, timelineSvg: undefined, timelinePages: undefined });
    expect(textOf(without.get('word/document.xml') ?? '')).toContain('Zeitplan siehe Anlage.');
    expect([...without.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);

    const withPng = await parts({ ...reportSnapshot, timelinePng: PNG });
    expect([...withPng.keys()].filter((name) => name.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    const xml = withPng.get('word/document.xml') ?? '';
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Gantt-Diagramm „Zeitplan der Projekte“, Stand 30\.06\.2020: /);
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

describe('[REPORT] DOCX timeline figure', () => {
  const snapshot: TReportSnapshot = (() => {
    const model = unnaModel();
    return {
      ...reportSnapshot,
      timelinePages: timelinePrintPages(model, { zoom: printZoom(model), title: 'Zeitplan der Projekte', subtitle: 'Stand: Stichtag 30.06.2020' }),
      // As if the bars carried the phases' names (phasesNamedInBars): the report lists them.
      timelinePhases: [{ project: '1 E-Akte', phases: ['Vorbereitung', 'Planung und Implementierung'] }, { project: '2 Portal', phases: ['Test und Produktivsetzung'] }],
    };
  })();
  let docx: Buffer;
  let entries: ZipEntry[];
  let document: string;
  beforeAll(async () => {
    docx = await renderReportDocx(snapshot);
    entries = readZip(docx);
    document = entries.find((e) => e.name === 'word/document.xml')!.data.toString('utf8');
  }, 30_000);

  it('[REPORT] puts the figure pages, rasterised, into a landscape section between the portrait ones', () => {
    expect(snapshot.timelinePages).toHaveLength(2);
    const orientations = [...document.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => `${m[3]} ${m[1]}x${m[2]}`);
    expect(orientations).toEqual(['portrait 11906x16838', 'landscape 16838x11906', 'portrait 11906x16838']);
    // A section's properties sit in its last paragraph.
    const end = document.indexOf('</w:p>', document.indexOf('w:orient="landscape"'));
    const landscape = document.slice(document.indexOf('w:orient="portrait"'), end);
    expect(textOf(landscape)).toContain('Zeitplan der Projekte, Stand 30.06.2020 (Teil 2 von 2, Zeitraum 2021–2023)');
    expect(textOf(landscape)).not.toContain('Zeitplan siehe Anlage.');
    expect(landscape).toMatch(/<wp:docPr id="1" name="Zeitplan 1" descr="Gantt-Diagramm „Zeitplan der Projekte“[^"]*\(Teil 1 von 2, Zeitraum 2018–2020\)"/);
    // Header and footer on the landscape pages too.
    const sections = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    for (const section of sections) expect(section).toMatch(/<w:headerReference [^>]*w:type="default"[\s\S]*<w:footerReference /);
  });

  it('[REPORT] describes each figure page truthfully and lists the phases’ whole names after the figure', () => {
    const descriptions = [...document.matchAll(/<wp:docPr id="\d+" name="Zeitplan \d+" descr="([^"]*)"/g)].map((m) => m[1]!);
    expect(descriptions).toHaveLength(2);
    for (const descr of descriptions) {
      expect(descr).toContain('je Projekt eine Zeile mit Nummer, Titel, Ampelstatus und Reifegrad');
      expect(descr).toContain(
        'Im Text des Berichts stehen: Ampelstatus, Reifegrad, nächste Meilensteine und Verzug gegenüber dem Basisplan je Projekt ' +
          'im Abschnitt „Handlungsfelder und Projekte“; die rechtlichen Fristen im Abschnitt „Rechtlicher Rahmen“; ' +
          'die Namen der Phasen in der Liste nach dem Diagramm.',
      );
      expect(descr).not.toMatch(/Termine[^.]*aufgeführt/);
    }
    // The list opens the portrait section after the landscape one.
    const afterFigure = textOf(document.slice(document.indexOf('w:orient="landscape"')));
    expect(afterFigure).toMatch(
      /^[^\n]*\nPhasen im Zeitplan je Projekt \(in den Balken gekürzt, wo der Platz nicht reicht\):\n1 E-Akte: Vorbereitung; Planung und Implementierung\n2 Portal: Test und Produktivsetzung\n/,
    );
  });

  it('[REPORT] names the images word/media/image1.png, image2.png in document order, with matching relationships', () => {
    expect(entries.map((e) => e.name).filter((name) => name.startsWith('word/media/'))).toEqual([
      'word/media/image1.png',
      'word/media/image2.png',
    ]);
    const rels = entries.find((e) => e.name === 'word/_rels/document.xml.rels')!.data.toString('utf8');
    const targetOf = new Map(
      [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+\/image" Target="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const embedded = [...document.matchAll(/r:embed="([^"]+)"/g)].map((m) => targetOf.get(m[1]!));
    expect(embedded).toEqual(['media/image1.png', 'media/image2.png']);
    expect([...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('[REPORT] rasterises at print resolution, at the size of the PDF figure', () => {
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
    ['word/media/image1.png', 'word/media/image2.png'].forEach((name, i) => {
      const png = entries.find((e) => e.name === name)!.data;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(RASTER_DPI).toBeGreaterThanOrEqual(150);
      const { cx, cy } = extents[i]!;
      // EMU: 914,400 per inch; the figure stays inside the landscape text area (25.7 × 16.2 cm).
      expect(cx / 914_400).toBeLessThanOrEqual(10.52);
      expect(cy / 914_400).toBeLessThanOrEqual(6.4);
      expect(png.readUInt32BE(16) / (cx / 914_400)).toBeGreaterThanOrEqual(RASTER_DPI - 5);
      expect(png.readUInt32BE(20) / (cy / 914_400)).toBeGreaterThanOrEqual(RASTER_DPI - 5);
    });
  });

  it('[REPORT] renders a stored snapshot with its figure to the same bytes again, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
      expect((await renderReportDocx(snapshot)).equals(docx)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 30_000);

  it('[REPORT] renames randomly named media the same way whatever their names', () => {
    const packageWith = (names: string[]): ZipEntry[] => [
      {
        name: 'word/_rels/document.xml.rels',
        data: Buffer.from(
          `<Relationships>${names.map((n, i) => `<Relationship Id="rId${i + 7}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${n}"/>`).join('')}</Relationships>`,
        ),
      },
      { name: 'word/document.xml', data: Buffer.from('<w:body><a:blip r:embed="rId8"/><a:blip r:embed="rId7"/></w:body>') },
      ...names.map((n, i) => ({ name: `word/media/${n}`, data: Buffer.from(`bild ${i}`) })),
    ];
    const a = renameMedia(packageWith(['f3a9c1.png', '0b77de.png']));
    const b = renameMedia(packageWith(['zz1.png', 'aa2.png']));
    expect(a).toEqual(b);
    expect(a.find((e) => e.name === 'word/media/image1.png')?.data.toString()).toBe('bild 1');
    expect(a.find((e) => e.name === 'word/_rels/document.xml.rels')?.data.toString()).toContain('Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"');
  });
});
