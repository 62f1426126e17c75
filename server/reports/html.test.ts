import { describe, expect, it } from 'vitest';
import { ZReportSnapshot } from '../../shared/schemas/report';
import { reportSnapshot, reportSnapshotInput } from '../../tests/fixtures/report-snapshot';
import { renderReportHtml, sanitiseSvg } from './html';

const html = renderReportHtml(reportSnapshot);

/** The alternative text of the timeline figure. */
function figureAlt(document: string): string {
  return /<figure>\n<div role="img" aria-label="([^"]*)">/.exec(document)?.[1] ?? '';
}

function headings(level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}>([^<]*)</h${level}>`, 'g'))].map((m) => m[1] ?? '');
}

describe('[REPORT] HTML rendering', () => {
  it('is a complete German document with the report title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Sachstandsbericht Digitalisierung – Kreis Unna – Stichtag 30.06.2020</title>');
    expect(html).toContain('<main>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has one h1 and nests the headings without skipping a level', () => {
    expect(headings(1)).toEqual(['Sachstandsbericht Digitalisierung']);
    expect(headings(2)).toEqual([
      'Darstellung der Sach- und Rechtslage',
      'Darstellung der finanziellen Auswirkungen',
      'Beschlussvorschlag',
    ]);
    expect(headings(3)).toEqual([
      'Rechtlicher Rahmen',
      'Handlungsfelder und Projekte',
      'Ampelübersicht',
      'Veränderungen seit dem letzten Bericht',
      'Kennzahlen',
      'Zeitplan',
    ]);
    expect(headings(4)).toEqual(['Handlungsfeld Geschäftsprozesse für Kunden', 'Handlungsfeld Interne Geschäftsprozesse']);
    expect(headings(5)).toContain('IGP 1.3 Einführung d.3ecm an 500 Arbeitsplätzen (1. Phase)');
    const levels = [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    });
  });

  it('marks up tables with caption, column and row headers', () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const table of tables) expect(table).toMatch(/<caption>[^<]+<\/caption>/);
    expect(html).toContain('<th scope="col">Rechtsgrundlage</th>');
    expect(html).toContain('<th scope="row">Gremium</th><td>Kreisausschuss</td>');
    expect(html).toContain('<thead><tr><th scope="col">Jahr</th><th scope="col" class="num">Plan</th>');
  });

  it('shows the Ampel as a hidden shape beside its text label', () => {
    expect(html).toMatch(
      /<strong>Ampel:<\/strong> <span class="status status-red"><svg aria-hidden="true" focusable="false"[^>]*><polygon[^>]*\/><\/svg>rot<\/span>/,
    );
    expect(html).toContain('<span class="status status-amber">');
    expect(html).toMatch(/<span class="status status-done"><svg[^>]*><polyline[^>]*\/><\/svg>abgeschlossen<\/span>/);
  });

  it('escapes every text taken from the snapshot', () => {
    const input = reportSnapshotInput();
    const [field] = input.fieldsOfAction ?? [];
    const [first] = field?.projects ?? [];
    if (!field || !first) throw new Error('fixture has no project');
    first.title = 'Portal <script>alert("x")</script> & Co';
    first.statusReasons = ['<img src=x onerror=alert(1)>'];
    const evil = renderReportHtml(ZReportSnapshot.parse(input));
    expect(evil).not.toContain('<script');
    expect(evil).not.toContain('<img');
    expect(evil).toContain('GPK 3 Portal &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('places a section’s free text at its top and leaves out switched-off sections', () => {
    const heading = html.indexOf('<h3>Rechtlicher Rahmen</h3>');
    const freeText = html.indexOf('<p>Das E-Government-Gesetz NRW (EGovG NRW)');
    const table = html.indexOf('<caption>Rechtliche Fristen und ihr Erfüllungsstand</caption>');
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(freeText);
    expect(freeText).toBeLessThan(table);
    // A blank line starts a new paragraph.
    expect(html).toContain('<p>Die Übersicht zeigt, wie weit die Fristen zum Stichtag erfüllt sind');

    const input = reportSnapshotInput();
    const without = renderReportHtml(
      ZReportSnapshot.parse({
        ...input,
        sections: { ...input.sections, changes: { enabled: false, text: null }, resolution: { enabled: false, text: null } },
      }),
    );
    expect(without).not.toContain('Veränderungen seit dem letzten Bericht');
    expect(without).not.toContain('Beschlussvorschlag');
    expect(without).toContain('<h3>Kennzahlen</h3>');
  });

  it('inlines the timeline SVG as a labelled figure, without anything that could run', () => {
    expect(html).toMatch(/<figure>\n<div role="img" aria-label="Gantt-Diagramm „Zeitplan der Projekte“[^"]*">\n<svg /);
    expect(html).toContain('<figcaption>Zeitplan der Projekte, Stand 30.06.2020</figcaption>');
    const svg = sanitiseSvg(
      '<?xml version="1.0"?><svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect/></a><foreignObject><p>x</p></foreignObject></svg>',
    );
    expect(svg).toBe('<svg><a><rect/></a></svg>');
    const withoutFigure = renderReportHtml({ ...reportSnapshot, timelineSvg: undefined });
    expect(withoutFigure).toContain('<p>Zeitplan siehe Anlage.</p>');
  });

  it('[REPORT] the figure’s alternative text says what it shows and where the report says the same in words', () => {
    const alt = figureAlt(html);
    expect(alt).toMatch(/^Gantt-Diagramm „Zeitplan der Projekte“, Stand 30\.06\.2020: die Projekte mit Terminen nach Handlungsfeldern, /);
    expect(alt).toContain(
      'Im Text des Berichts stehen: Ampelstatus, Reifegrad, nächste Meilensteine und Verzug gegenüber dem Basisplan je Projekt ' +
        'im Abschnitt „Handlungsfelder und Projekte“; die rechtlichen Fristen im Abschnitt „Rechtlicher Rahmen“.',
    );
    expect(alt).toContain('Die Laufzeiten der Projekte und Phasen und die Abhängigkeiten zeigt nur das Diagramm.');
    // The report lists no project's dates: the text must not promise them.
    expect(alt).not.toMatch(/Termine[^.]*aufgeführt/);
    expect(alt).not.toContain('Liste');

    // Without the sections it refers to, it refers to none.
    const input = reportSnapshotInput();
    const off = { enabled: false, text: null };
    const bare = renderReportHtml(
      ZReportSnapshot.parse({ ...input, sections: { ...input.sections, legalFrame: off, projects: off, statusSummary: off } }),
    );
    expect(figureAlt(bare)).not.toMatch(/Handlungsfelder und Projekte|Rechtlicher Rahmen|Ampelübersicht/);
    expect(figureAlt(bare)).toContain('Der Text des Berichts wiederholt diese Angaben nicht.');
  });

  it('[REPORT] lists the phases’ whole names right after the figure when its bars carry them', () => {
    const phases = [
      { project: '5.7 Elektronische Aktenführung', phases: ['Vorbereitung', 'Erarbeitung eines Konzepts und einer Dienstanweisung zur elektronischen Aktenführung'] },
    ];
    const withNames = renderReportHtml({ ...reportSnapshot, timelinePhases: phases });
    const figureEnd = withNames.indexOf('</figure>') + '</figure>'.length;
    expect(withNames.slice(figureEnd)).toMatch(
      /^\s*<p><strong>Phasen im Zeitplan je Projekt \(in den Balken gekürzt, wo der Platz nicht reicht\):<\/strong><\/p>\n<ul>\n<li>5\.7 Elektronische Aktenführung: Vorbereitung; Erarbeitung eines Konzepts und einer Dienstanweisung zur elektronischen Aktenführung<\/li>\n<\/ul>/,
    );
    expect(figureAlt(withNames)).toContain('; die Namen der Phasen in der Liste nach dem Diagramm.');
    // Where the legend names the phases, there is no list.
    expect(html).not.toContain('Phasen im Zeitplan');
  });
});
