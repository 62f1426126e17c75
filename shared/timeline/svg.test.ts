import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderTimelineSvg } from './svg';
import { unnaModel } from './test-model';
import { checkWellFormedXml } from './test-xml';

// svg-to-pdfkit ships CommonJS without type declarations.
type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: { width: number; height: number; preserveAspectRatio: string; warningCallback: (warning: string) => void },
) => void;
const SVGtoPDF = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;


describe('standalone SVG', () => {
  it('[SVG] the checker itself rejects broken markup', () => {
    expect(() => checkWellFormedXml('<svg><g></svg>')).toThrow();
    expect(() => checkWellFormedXml('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => checkWellFormedXml('<svg x="1" x="2"/>')).toThrow();
    expect(() => checkWellFormedXml('<svg/><svg/>')).toThrow();
    expect(checkWellFormedXml('<svg><text>a &amp; b</text></svg>').root).toBe('svg');
  });

  it('[SVG] is well-formed XML with only basic SVG elements', () => {
    const svg = renderTimelineSvg(unnaModel(), { zoom: 'quarter', title: 'Zeitplan Digitaler Masterplan' });
    const { root, tags } = checkWellFormedXml(svg);
    expect(root).toBe('svg');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const allowed = new Set(['svg', 'title', 'desc', 'g', 'rect', 'line', 'path', 'polygon', 'text']);
    expect([...tags.keys()].filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('style=');
  });

  it('[SVG] contains the German labels: title, projects, header, deadline, legend, statuses', () => {
    const svg = renderTimelineSvg(unnaModel(), { zoom: 'quarter', title: 'Zeitplan Digitaler Masterplan' });
    for (const text of [
      'Zeitplan Digitaler Masterplan',
      'Stand: 23.11.2020 · Zoomstufe: Quartal',
      'Geschäftsprozesse für Kunden',
      'Dokumentenmanagementsystem (DMS)',
      'IG-2.1',
      'Q1 2020',
      '§ 7a EGovG NRW',
      'Rechtliche Frist § 7a EGovG NRW: Elektronische Aktenführung; Frist 01.04.2020; abgelaufen',
      'Heute',
      'Phase: Vorbereitung',
      'Meilenstein Prognose',
      'Abhängigkeit verletzt (gestrichelt)',
      'nicht bewertet',
      'abgeschlossen',
      'Meilenstein Einführung in Pilotbereichen',
    ]) {
      expect(svg).toContain(text);
    }
    // Special characters of titles are escaped.
    expect(svg).toContain('WLAN an Schulen &lt;Gute Schule 2020&gt; &amp; DigitalPakt');
  });

  it('[SVG] a bar’s title names its dependencies and the violation, as the arrow’s title does', () => {
    const svg = renderTimelineSvg(unnaModel(), { zoom: 'quarter' });
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1] as string);
    const violation = 'verletzt: IG-2 beginnt am 01.04.2020, vor dem Ende von IG-1 am 30.06.2020';
    const bar = (name: string) => titles.find((title) => title.startsWith(`Projekt ${name}: geplant`));
    expect(bar('IG-2 Elektronische Akte')).toContain(`abhängig von IG-1 Dokumentenmanagementsystem (DMS), ${violation}`);
    expect(bar('IG-1 Dokumentenmanagementsystem (DMS)')).toContain(`Voraussetzung für IG-2 Elektronische Akte, ${violation}`);
    expect(titles.find((title) => title.startsWith('Abhängigkeit: IG-1'))).toContain(`; ${violation}`);
  });

  it('[SVG] draws every row of the layout and respects the collapse state', () => {
    const model = unnaModel();
    const all = renderTimelineSvg(model, { zoom: 'year' });
    const collapsed = renderTimelineSvg(model, { zoom: 'year', collapsed: new Set(['group:intern']) });
    expect(all).toContain('E-Akte Pilot Personalamt');
    expect(collapsed).not.toContain('E-Akte Pilot Personalamt');
    const height = (svg: string) => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(height(all) - height(collapsed)).toBe(3 * 32);
  });

  it('[SVG] names each group’s number of projects beside its title, also when it is collapsed (printed groups showed no count)', () => {
    const model = unnaModel();
    const count = (groupId: string) => model.rows.filter((row) => row.groupId === groupId).length;
    const words = (n: number) => (n === 1 ? '1 Projekt' : `${n} Projekte`);
    const expanded = renderTimelineSvg(model, { zoom: 'year' });
    for (const group of model.groups) expect(expanded).toContain(`>${words(count(group.id))}</text>`);
    const collapsed = renderTimelineSvg(model, { zoom: 'year', collapsed: new Set(model.groups.map((group) => `group:${group.id}`)) });
    for (const group of model.groups) expect(collapsed).toContain(`>${words(count(group.id))}</text>`);
  });

  it('[SVG] svg-to-pdfkit renders it into a PDF without warnings', async () => {
    const svg = renderTimelineSvg(unnaModel(), { zoom: 'halfyear', title: 'Zeitplan' });
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', autoFirstPage: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    const warnings: string[] = [];
    SVGtoPDF(doc, svg, 20, 20, {
      width: doc.page.width - 40,
      height: doc.page.height - 40,
      preserveAspectRatio: 'xMinYMin meet',
      warningCallback: (warning: string) => warnings.push(warning),
    });
    doc.end();
    await done;
    expect(warnings).toEqual([]);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('[SVG] escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
