import { describe, expect, it } from 'vitest';
import { PORTFOLIO_VIEW_LIMITS, ZPortfolioView } from '../schemas/portfolio-view';
import type { PortfolioViewRow } from './columns';
import { portfolioExportTable, toCsv } from './export';
import { searchParamsFromView, viewFromSearchParams, portfolioHref } from './url';
import { applyPortfolioView } from './view';

function row(id: number, fields: Partial<PortfolioViewRow> = {}): PortfolioViewRow {
  return {
    id,
    code: String(id),
    title: `Projekt ${id}`,
    parentId: null,
    depth: 0,
    programmeId: 1,
    fieldOfActionId: 1,
    fieldOfActionTitle: 'Interne Geschäftsprozesse',
    fieldOfActionOrder: 1,
    responsibleUnit: 'Zentrale Dienste',
    responsiblePerson: null,
    plannedStart: null,
    plannedEnd: null,
    maturity: 1,
    status: 'green',
    computed: 'green',
    reasons: [],
    override: null,
    latestUpdate: null,
    ...fields,
  };
}

const ROWS: PortfolioViewRow[] = [
  row(1, { title: 'DMS', status: 'red', computed: 'red', reasons: [{ level: 'red', message: 'Frist § 9 EGovG NRW (01.01.2022) abgelaufen' }] }),
  row(2, { title: 'Pilot DMS', parentId: 1, depth: 1, status: 'amber', computed: 'amber', plannedEnd: '2027-01-31', maturity: 2 }),
  row(3, { title: 'E-Payment', fieldOfActionId: 2, fieldOfActionTitle: 'Geschäftsprozesse für Kunden', fieldOfActionOrder: 0, responsibleUnit: null, plannedEnd: '2026-12-31' }),
  row(4, { title: 'Serviceportal', fieldOfActionId: 2, fieldOfActionTitle: 'Geschäftsprozesse für Kunden', fieldOfActionOrder: 0, status: 'done', computed: 'done', maturity: 3 }),
];
const view = (input: Parameters<typeof ZPortfolioView.parse>[0]) => ZPortfolioView.parse(input);

describe('[PORTFOLIO] view: filter, sort, group', () => {
  it('[PORTFOLIO] by default groups by field of action in its order and keeps sub-projects below their parent', () => {
    const result = applyPortfolioView(ROWS, view({}));
    expect(result.groups.map((g) => g.label)).toEqual(['Geschäftsprozesse für Kunden', 'Interne Geschäftsprozesse']);
    expect(result.rows.map((r) => r.id)).toEqual([3, 4, 1, 2]);
    expect(result.treeOrder).toBe(true);
    expect(result.groups[1]!.rollup.worst).toBe('red');
  });

  it('[PORTFOLIO] searches title, unit and reasons, every word must match, case-insensitive', () => {
    expect(applyPortfolioView(ROWS, view({ search: 'dms' })).rows.map((r) => r.id)).toEqual([1, 2]);
    expect(applyPortfolioView(ROWS, view({ search: 'egovg 9' })).rows.map((r) => r.id)).toEqual([1]);
    expect(applyPortfolioView(ROWS, view({ search: 'zentrale pilot' })).rows.map((r) => r.id)).toEqual([2]);
  });

  it('[PORTFOLIO] filters by status, Reifegrad, unit ("" = ohne Angabe) and top level only', () => {
    expect(applyPortfolioView(ROWS, view({ statuses: ['red', 'amber'] })).rows.map((r) => r.id)).toEqual([1, 2]);
    expect(applyPortfolioView(ROWS, view({ maturities: [3] })).rows.map((r) => r.id)).toEqual([4]);
    expect(applyPortfolioView(ROWS, view({ units: [''] })).rows.map((r) => r.id)).toEqual([3]);
    expect(applyPortfolioView(ROWS, view({ topLevelOnly: true, groupBy: 'none' })).rows.map((r) => r.id)).toEqual([1, 3, 4]);
  });

  it('[PORTFOLIO] sorts by status worst first, missing dates last in either direction', () => {
    expect(applyPortfolioView(ROWS, view({ groupBy: 'none', sortBy: 'status' })).rows.map((r) => r.status)).toEqual([
      'red',
      'amber',
      'green',
      'done',
    ]);
    const byEnd = (desc: boolean) => applyPortfolioView(ROWS, view({ groupBy: 'none', sortBy: 'plannedEnd', sortDesc: desc })).rows.map((r) => r.id);
    expect(byEnd(false)).toEqual([3, 2, 1, 4]);
    expect(byEnd(true)).toEqual([2, 3, 1, 4]);
  });

  it('[PORTFOLIO] groups by status in severity order and by unit with "ohne Angabe" last', () => {
    expect(applyPortfolioView(ROWS, view({ groupBy: 'status' })).groups.map((g) => g.label)).toEqual([
      'Ampel rot',
      'Ampel gelb',
      'Ampel grün',
      'Ampel abgeschlossen',
    ]);
    expect(applyPortfolioView(ROWS, view({ groupBy: 'responsibleUnit' })).groups.map((g) => g.label)).toEqual([
      'Zentrale Dienste',
      'ohne Angabe',
    ]);
  });
});

describe('[PORTFOLIO] the view in the URL', () => {
  it('[PORTFOLIO] a view survives the round trip through the query string', () => {
    const original = view({
      search: 'E-Akte',
      statuses: ['red', 'amber'],
      maturities: [1, 2],
      fieldOfActionIds: [4, 7],
      units: ['Zentrale Dienste', 'Fachbereich 36, Straßenverkehr'],
      topLevelOnly: true,
      groupBy: 'responsibleUnit',
      sortBy: 'plannedEnd',
      sortDesc: true,
      columns: ['title', 'status', 'plannedEnd'],
      programmeId: 3,
    });
    const params = searchParamsFromView(original);
    expect(params.getAll('status')).toEqual(['rot', 'gelb']);
    expect(params.get('gruppe')).toBe('stelle');
    expect(params.get('spalten')).toBe('titel,ampel,ende');
    expect(viewFromSearchParams(new URLSearchParams(params.toString()))).toEqual(original);
  });

  it('[PORTFOLIO] the default view is the bare path and unknown values are ignored', () => {
    expect(portfolioHref({})).toBe('/portfolio');
    expect(portfolioHref({ statuses: ['red'], topLevelOnly: true })).toBe('/portfolio?status=rot&ebene=projekte');
    const parsed = viewFromSearchParams(new URLSearchParams('status=lila&reifegrad=7&gruppe=x&sortierung=y&spalten=z'));
    expect(parsed).toEqual(view({}));
  });

  it('[PORTFOLIO] an over-long or repeated value is cut to the limits instead of costing the link its other filters', () => {
    const long = 'x'.repeat(PORTFOLIO_VIEW_LIMITS.searchMax + 28);
    const parsed = viewFromSearchParams(
      new URLSearchParams({ status: 'rot', suche: long, stelle: 'y'.repeat(PORTFOLIO_VIEW_LIMITS.unitMax + 1), ebene: 'projekte' }),
    );
    expect(parsed.statuses).toEqual(['red']);
    expect(parsed.topLevelOnly).toBe(true);
    expect(parsed.search).toBe(long.slice(0, PORTFOLIO_VIEW_LIMITS.searchMax));
    expect(parsed.units).toEqual([]);
    const repeated = viewFromSearchParams(new URLSearchParams('status=rot&status=rot&status=gelb&status=rot&status=gruen&status=rot&reifegrad=2&reifegrad=2'));
    expect(repeated.statuses).toEqual(['red', 'amber', 'green']);
    expect(repeated.maturities).toEqual([2]);
  });
});

describe('[PORTFOLIO] CSV export', () => {
  it('[PORTFOLIO] is UTF-8 with BOM, semicolon-separated, quoted where needed, dates German, formulas neutralised', () => {
    const rows = [row(9, { title: '=HYPERLINK("x")', responsibleUnit: 'Amt; Abteilung', plannedEnd: '2020-04-01' }), row(10, { title: '-5 Stellen' })];
    const v = view({ groupBy: 'none', columns: ['code', 'title', 'responsibleUnit', 'plannedEnd'] });
    const csv = toCsv(portfolioExportTable(applyPortfolioView(rows, v), v));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Nr.;Projekt;Verantwortliche Stelle;Geplantes Ende',
      `9;"'=HYPERLINK(""x"")";"Amt; Abteilung";01.04.2020`,
      "10;'-5 Stellen;Zentrale Dienste;",
      '',
    ]);
  });

  it('[PORTFOLIO] a grouped view carries the group as first column', () => {
    const v = view({ groupBy: 'status', columns: ['title', 'status'] });
    const table = portfolioExportTable(applyPortfolioView(ROWS, v), v);
    expect(table.headers).toEqual(['Ampel', 'Projekt', 'Ampel']);
    expect(table.rows[0]!.map((c) => c.value)).toEqual(['Ampel rot', 'DMS', 'rot']);
  });
});
