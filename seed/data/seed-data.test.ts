import { describe, expect, it } from 'vitest';
import { ZProgrammeExchange, type TProgrammeExchange } from '../../shared/schemas/exchange';
import { unnaProgramme } from './unna';
import { werlProgramme } from './werl';

/**
 * The seed data are documents of the exchange format. These tests check that both parse, that
 * every reference resolves, and that the facts they carry are those of the source documents in
 * shared/seed-documents/. Expected values are copied from the documents (source cited beside
 * each), never derived from the data files.
 */

const unna = ZProgrammeExchange.parse(unnaProgramme);
const werl = ZProgrammeExchange.parse(werlProgramme);

function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const k of keys) (seen.has(k) ? dups : seen).add(k);
  return [...dups];
}

/** Every problem of referential integrity, as readable strings (empty when all is well). */
function referenceProblems(doc: TProgrammeExchange): string[] {
  const problems: string[] = [];
  const fields = new Set(doc.fieldsOfAction.map((f) => f.key));
  const projects = new Map(doc.projects.map((p) => [p.key, p]));
  const goals = new Map(doc.goals.map((g) => [g.key, g]));
  const kpis = new Set(doc.kpis.map((k) => k.key));

  const unique: Record<string, string[]> = {
    fieldsOfAction: doc.fieldsOfAction.map((f) => f.key),
    projects: doc.projects.map((p) => p.key),
    milestones: doc.milestones.map((m) => m.key),
    goals: doc.goals.map((g) => g.key),
    kpis: doc.kpis.map((k) => k.key),
    kpiValues: doc.kpiValues.map((v) => `${v.kpiKey}|${v.year}`),
    obligations: doc.obligations.map((o) => o.key),
    decisions: doc.decisions.map((d) => d.key),
  };
  for (const [kind, keys] of Object.entries(unique)) {
    for (const dup of duplicates(keys)) problems.push(`${kind}: duplicate key ${dup}`);
  }

  const needProject = (where: string, key: string | null) => {
    if (key !== null && !projects.has(key)) problems.push(`${where}: unknown project ${key}`);
  };
  for (const p of doc.projects) {
    if (!fields.has(p.fieldOfActionKey)) problems.push(`project ${p.key}: unknown field ${p.fieldOfActionKey}`);
    if (p.parentKey !== null) {
      const parent = projects.get(p.parentKey);
      if (!parent) problems.push(`project ${p.key}: unknown parent ${p.parentKey}`);
      else if (parent.fieldOfActionKey !== p.fieldOfActionKey)
        problems.push(`project ${p.key}: parent ${p.parentKey} is in another field`);
    }
    // No cycle in the parent chain.
    const chain = new Set<string>([p.key]);
    for (let up = p.parentKey; up !== null; up = projects.get(up)?.parentKey ?? null) {
      if (chain.has(up)) {
        problems.push(`project ${p.key}: parent cycle`);
        break;
      }
      chain.add(up);
    }
    for (const dep of p.dependsOn) {
      needProject(`project ${p.key} dependsOn`, dep);
      if (dep === p.key) problems.push(`project ${p.key}: depends on itself`);
    }
    for (const g of p.goalKeys) if (!goals.has(g)) problems.push(`project ${p.key}: unknown goal ${g}`);
    if (p.plannedStart && p.plannedEnd && p.plannedStart > p.plannedEnd)
      problems.push(`project ${p.key}: plannedStart after plannedEnd`);
  }
  for (const ph of doc.phases) {
    needProject(`phase ${ph.name}`, ph.projectKey);
    if (ph.start > ph.end) problems.push(`phase ${ph.name} of ${ph.projectKey}: start after end`);
  }
  for (const m of doc.milestones) needProject(`milestone ${m.key}`, m.projectKey);
  for (const g of doc.goals) {
    if (g.parentKey === null) {
      if (g.kind !== 'impact') problems.push(`goal ${g.key}: a ${g.kind} goal needs a parent`);
      continue;
    }
    const parent = goals.get(g.parentKey);
    if (!parent) problems.push(`goal ${g.key}: unknown parent ${g.parentKey}`);
    else if (g.kind === 'impact') problems.push(`goal ${g.key}: an impact goal has no parent`);
    else if (g.kind === 'output' && parent.kind !== 'impact') problems.push(`goal ${g.key}: parent must be impact`);
    else if (g.kind === 'measure' && parent.kind === 'measure') problems.push(`goal ${g.key}: parent is a measure`);
  }
  for (const k of doc.kpis) {
    if (k.goalKey !== null && !goals.has(k.goalKey)) problems.push(`kpi ${k.key}: unknown goal ${k.goalKey}`);
  }
  for (const v of doc.kpiValues) if (!kpis.has(v.kpiKey)) problems.push(`kpiValue: unknown kpi ${v.kpiKey}`);
  for (const o of doc.obligations) for (const p of o.projectKeys) needProject(`obligation ${o.key}`, p);
  for (const b of doc.budgetLines) needProject(`budget line ${b.year} ${b.description ?? ''}`, b.projectKey);
  for (const d of doc.decisions) for (const p of d.projectKeys) needProject(`decision ${d.key}`, p);
  for (const s of doc.statusUpdates) needProject(`status update ${s.date}`, s.projectKey);
  return problems;
}

const byKey = <T extends { key: string }>(rows: readonly T[], key: string): T => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe.each([
  ['Unna', unna],
  ['Werl', werl],
] as const)('seed data %s', (_name, doc) => {
  it('is a valid exchange document with intact references', () => {
    expect(referenceProblems(doc)).toEqual([]);
  });

  it('has projects and fields of action', () => {
    expect(doc.fieldsOfAction.length).toBeGreaterThan(0);
    expect(doc.projects.length).toBeGreaterThan(0);
  });
});

describe('seed data Unna — Digitaler Masterplan Kreis Unna (Mai 2019)', () => {
  it('carries the programme header of the plan', () => {
    expect(unna.programme).toMatchObject({
      key: 'unna-masterplan',
      title: 'Digitaler Masterplan Kreis Unna',
      version: 'Mai 2019', // Impressum: "Stand Mai 2019" — no day, so no asOfDate
      asOfDate: null,
      leadUnit: 'Steuerungsdienst', // Impressum: Herausgeber … Steuerungsdienst
    });
  });

  it('has one field of action per Anlage 7 category', () => {
    // Anlage 7 (1)–(3): the six category rows of the table.
    expect(unna.fieldsOfAction.map((f) => f.title)).toEqual([
      'Geschäftsprozesse für Kunden',
      'Interne Geschäftsprozesse',
      'Schulträgeraufgaben',
      'Open Government | Open Data Projekte',
      'Ressourcen',
      'Weitere',
    ]);
  });

  it('has the numbered projects and sub-projects of Anlage 7 per category', () => {
    // Counted in Anlage 7: projects (1, 2, …) and numbered sub-projects (1.1, 1.2, …) per category.
    const expected: Record<string, { projects: number; subProjects: number }> = {
      // Anlage 7 (1): projects 1–10; sub-projects 1.1–1.3, 2.1–2.2, 3.1–3.2, 4.1–4.2, 6.1–6.3,
      // 7.1–7.3, 8.1–8.2, 10.1–10.3 (5 Portalverbund and 9 Formularserver have none).
      'Geschäftsprozesse für Kunden': { projects: 10, subProjects: 20 },
      // Anlage 7 (2): projects 1–5; sub-projects 1.1–1.3, 3.1–3.3.
      'Interne Geschäftsprozesse': { projects: 5, subProjects: 6 },
      // Anlage 7 (2): projects 1–3; sub-projects 1.1–1.4, 2.1–2.2.
      Schulträgeraufgaben: { projects: 3, subProjects: 6 },
      // Anlage 7 (2): projects 1–4; sub-projects 1.1–1.6, 3.1–3.5.
      'Open Government | Open Data Projekte': { projects: 4, subProjects: 11 },
      // Anlage 7 (3): projects 1 Fördermittel, 2 IT-Ausstattung; no sub-projects.
      Ressourcen: { projects: 2, subProjects: 0 },
      // Anlage 7 (3): projects 1–5; sub-projects 2.1–2.2, 4.1–4.3, 5.1–5.4.
      Weitere: { projects: 5, subProjects: 9 },
    };
    const actual: Record<string, { projects: number; subProjects: number }> = {};
    for (const f of unna.fieldsOfAction) {
      const inField = unna.projects.filter((p) => p.fieldOfActionKey === f.key);
      actual[f.title] = {
        projects: inField.filter((p) => p.parentKey === null).length,
        subProjects: inField.filter((p) => p.parentKey !== null).length,
      };
    }
    expect(actual).toEqual(expected);
  });

  it('keeps codes as the numbers of Anlage 7 and nests sub-projects under their project', () => {
    for (const p of unna.projects) {
      expect(p.code, p.key).not.toBeNull();
      if (p.parentKey !== null) {
        const parent = byKey(unna.projects, p.parentKey);
        expect(p.code!.startsWith(`${parent.code}.`), p.key).toBe(true);
      }
    }
  });

  it('reads the Reifegrad of Anlage 7 ("1 2 3" → 3, "1 2" → 2, "1" → 1)', () => {
    const maturity = (key: string) => byKey(unna.projects, key).maturity;
    expect(maturity('gpk-1.1')).toBe(3); // Anlage 7 (1) 1.1: "1 2 3"
    expect(maturity('gpk-1.2')).toBe(2); // Anlage 7 (1) 1.2: "1 2"
    expect(maturity('gpk-5')).toBe(1); // Anlage 7 (1) 5 Portalverbund: "1"
    expect(maturity('igp-2')).toBe(3); // Anlage 7 (2) 2 Kontierungsworkflow: "1 2 3"
    expect(maturity('igp-1.1')).toBe(3); // Anlage 7 (2) 1.1 Kreistag decision: "1 2 3"
    expect(maturity('igp-1.3')).toBe(1); // Anlage 7 (2) 1.3 500 Arbeitsplätze: "1"
    expect(maturity('str-3')).toBe(3); // Anlage 7 (2) 3 PeP: "1 2 3"
    expect(maturity('wei-5.4')).toBe(2); // Anlage 7 (3) 5.4 IT-Sicherheitsbeauftragter: "1 2"
  });

  it('gives a project with sub-projects the minimum Reifegrad of its children', () => {
    for (const parent of unna.projects.filter((p) => unna.projects.some((c) => c.parentKey === p.key))) {
      const children = unna.projects.filter((c) => c.parentKey === parent.key);
      expect(parent.maturity, parent.key).toBe(Math.min(...children.map((c) => c.maturity)));
    }
  });

  it('has the WOS goals W1–W4, L.1.1–L4 and M1–M7 of Anlage 2 in their tree', () => {
    const parentOf = (key: string) => byKey(unna.goals, key).parentKey;
    // Anlage 2: Wirkungsziele W1–W4, Leistungsziele L.1.1–L4, Maßnahmen M1–M7.
    expect(unna.goals.filter((g) => g.kind === 'impact').map((g) => g.key)).toEqual(['W1', 'W2', 'W3', 'W4']);
    expect(unna.goals.filter((g) => g.kind === 'output').map((g) => g.key)).toEqual([
      'L.1.1',
      'L.1.2',
      'L.2.1',
      'L.2.2',
      'L.2.3',
      'L3',
      'L4',
    ]);
    expect(unna.goals.filter((g) => g.kind === 'measure').map((g) => g.key)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'M6',
      'M7',
    ]);
    expect(parentOf('L.1.2')).toBe('W1');
    expect(parentOf('L.2.3')).toBe('W2');
    expect(parentOf('L3')).toBe('W3');
    expect(parentOf('L4')).toBe('W4');
    expect(parentOf('M3')).toBe('L.1.2'); // M3 E-Akte/DMS serves L.1.2
    expect(parentOf('M5')).toBe('L3'); // M5 GeoService → Open Data serves L3
    expect(parentOf('M6')).toBe('L.2.1'); // M6 Medienentwicklungsplan serves L.2.1
    expect(parentOf('M7')).toBe('L4'); // M7 Konzepte mit den Gesellschaften serves L4
  });

  it('dates the output goals as the text words them', () => {
    const due = (key: string) => byKey(unna.goals, key).dueDate;
    expect(due('L.1.1')).toBe('2019-12-31'); // Anlage 2 L.1.1: "bis Ende 2019"
    expect(due('L.1.2')).toBe('2022-12-31'); // Anlage 2 L.1.2: "bis zum Jahr 2022"
    expect(due('L.2.1')).toBe('2019-06-30'); // Anlage 2 L.2.1: "Bis Mitte 2019"
    expect(due('L.2.2')).toBe('2019-12-31'); // Kap. Digitale Bildungsinfrastruktur L 2.2: "Bis Ende 2019"
    expect(due('L.2.3')).toBe('2019-06-30'); // Anlage 2 L.2.3: "Bis Mitte 2019"
    expect(due('L3')).toBe('2022-12-31'); // Anlage 2 L3: "Bis zum Jahr 2022"
    expect(due('L4')).toBe('2021-12-31'); // Kap. "Konzern Kreis Unna" L 4 / Anlage 7 3.4: "bis zum Jahr 2021"
  });

  it('has the KPIs K1–K5 of Anlage 2 with their units', () => {
    // Anlage 2 Kennzahlen: K1/K2 "Anzahl", K3/K5 "ja/nein", K4 "Quote".
    expect(unna.kpis.map((k) => [k.key, k.unit])).toEqual([
      ['K1', 'count'],
      ['K2', 'count'],
      ['K3', 'yesno'],
      ['K4', 'percent'],
      ['K5', 'yesno'],
    ]);
    expect(byKey(unna.kpis, 'K2').goalKey).toBe('L.1.2');
  });

  it('has the K2 plan 3 / 168 / 334 / 500 for 2019–2022 and no value for 2017/2018', () => {
    // Anlage 2, K2 "Einführung DMS an 500 Arbeitsplätzen (1. Phase)": - | - | 3 | 168 | 334 | 500.
    const k2 = unna.kpiValues.filter((v) => v.kpiKey === 'K2').sort((a, b) => a.year - b.year);
    expect(k2.map((v) => [v.year, v.plan, v.actual])).toEqual([
      [2019, 3, null],
      [2020, 168, null],
      [2021, 334, null],
      [2022, 500, null],
    ]);
  });

  it('has K1 with the 2017 actual and the plans 2018–2022', () => {
    // Anlage 2, K1: 2017 Ist 36; Plan 2018–2022: 36, 46, 56, 66, 76.
    const k1 = unna.kpiValues.filter((v) => v.kpiKey === 'K1').sort((a, b) => a.year - b.year);
    expect(k1.map((v) => [v.year, v.plan, v.actual])).toEqual([
      [2017, null, 36],
      [2018, 36, null],
      [2019, 46, null],
      [2020, 56, null],
      [2021, 66, null],
      [2022, 76, null],
    ]);
  });

  it('reads the ja/nein and Quote KPIs', () => {
    const values = (key: string) =>
      unna.kpiValues
        .filter((v) => v.kpiKey === key)
        .sort((a, b) => a.year - b.year)
        .map((v) => [v.year, v.plan]);
    expect(values('K3')).toEqual([[2019, 1]]); // Anlage 2, K3: "X" in the 2019 column
    expect(values('K5')).toEqual([[2022, 1]]); // Anlage 2, K5: "X" in the 2022 column
    // Anlage 2, K4: - | 70% | 100% | 100% | 100% | 100%
    expect(values('K4')).toEqual([
      [2018, 70],
      [2019, 100],
      [2020, 100],
      [2021, 100],
      [2022, 100],
    ]);
  });

  it('has every EGovG NRW paragraph of Anlage 1 and the OZG', () => {
    // Anlage 1: §§ 3, 8, 7, 7a, 5, 9, 14, 12 (dated) and §§ 4, 6, 10, 11, 13, 15, 16, 17, 18, 19.
    const paragraphs = unna.obligations
      .filter((o) => o.law === 'EGovG NRW')
      .map((o) => /^§ (\d+a?)/.exec(o.paragraph)?.[1])
      .sort();
    expect(paragraphs).toEqual(
      ['3', '8', '7', '7a', '5', '9', '14', '12', '4', '6', '10', '11', '13', '15', '16', '17', '18', '19'].sort(),
    );
  });

  it('has the EGovG NRW deadlines and bindingness of Anlage 1', () => {
    const ob = (key: string) => byKey(unna.obligations, key);
    // Anlage 1, 2020: "§ 7a Abs. (1) - (3) Elektronische Rechnung … Verpflichtend bis 01.04.2020".
    expect(ob('egovg-7a')).toMatchObject({
      law: 'EGovG NRW',
      paragraph: '§ 7a Abs. (1) - (3)',
      title: 'Elektronische Rechnung',
      deadline: '2020-04-01',
      bindingness: 'mandatory',
    });
    expect(ob('egovg-7a').projectKeys).toContain('gpk-8'); // Anlage 7 (1) 8 Elektronische Rechnung
    // Anlage 1, 2018: § 3 and § 8 "Verpflichtend bis 01.01.2018".
    expect(ob('egovg-3')).toMatchObject({ deadline: '2018-01-01', bindingness: 'mandatory' });
    expect(ob('egovg-3').projectKeys).toContain('gpk-6'); // Elektronischer Zugang (Postfach)
    expect(ob('egovg-8')).toMatchObject({ deadline: '2018-01-01', bindingness: 'mandatory' });
    // Anlage 1, 2019: § 7 "Verpflichtend bis 01.01.2019".
    expect(ob('egovg-7')).toMatchObject({ deadline: '2019-01-01', bindingness: 'mandatory' });
    expect(ob('egovg-7').projectKeys).toContain('gpk-7'); // E-Payment
    // Anlage 1, 2021: § 5 "Sollvorschrift bis 01.01.2021".
    expect(ob('egovg-5')).toMatchObject({ deadline: '2021-01-01', bindingness: 'should' });
    // Anlage 1, 2022: § 9 "Sollvorschrift bis 01.01.2022 (… Kann-Vorschrift für übrige Behörden)",
    // § 14 "Verpflichtend bis 01.01.2022".
    expect(ob('egovg-9')).toMatchObject({ deadline: '2022-01-01', bindingness: 'may' });
    expect(ob('egovg-9').projectKeys).toContain('igp-1'); // E-Akte | DMS
    expect(ob('egovg-14')).toMatchObject({ deadline: '2022-01-01', bindingness: 'mandatory' });
    // Anlage 1, 2031: § 12 "Sollvorschrift bis 01.01.2031".
    expect(ob('egovg-12')).toMatchObject({ deadline: '2031-01-01', bindingness: 'should' });
    // Anlage 1, second table: no dates.
    for (const key of ['egovg-4', 'egovg-6', 'egovg-10', 'egovg-11', 'egovg-13', 'egovg-15', 'egovg-16', 'egovg-17', 'egovg-18', 'egovg-19']) {
      expect(ob(key).deadline, key).toBeNull();
    }
  });

  it('has the OZG deadline 31.12.2022, mandatory, fulfilled by the Portalverbund', () => {
    // Kap. "Portalverbund" and Anlage 7 (1) 5: Verwaltungsportale "verpflichtend bis Ende 2022".
    const ozg = byKey(unna.obligations, 'ozg-1');
    expect(ozg).toMatchObject({ law: 'OZG', deadline: '2022-12-31', bindingness: 'mandatory' });
    expect(ozg.projectKeys).toContain('gpk-5');
  });

  it('has the Kreistag decision of 04.12.2018 on the DMS, linked to the DMS project', () => {
    // Kap. "Aktuelle Maßnahmen im Jahr 2019" and Anlage 7 (2) 1.1: "Am 04. Dezember 2018 hat der
    // Kreistag die Beschaffung … Dokumenten-Management-System … beschlossen … d.3ecm".
    const decision = unna.decisions.find((d) => d.committee === 'Kreistag' && d.date === '2018-12-04');
    expect(decision).toBeDefined();
    expect(decision!.subject).toMatch(/Dokumenten-Management-System/);
    expect(decision!.outcome).toMatch(/d\.3ecm/);
    expect(decision!.projectKeys).toContain('igp-1'); // Anlage 7 (2) 1 Elektronische Akte | DMS
    expect(byKey(unna.projects, 'igp-1').title).toMatch(/Dokumenten-Management-System \(DMS\)/);
  });

  it('has the budget figures of the chapter "Ressourcen"', () => {
    const line = (year: number, projectKey: string | null, plan: number | null) =>
      unna.budgetLines.filter((b) => b.year === year && b.projectKey === projectKey && b.plan === plan);
    // "Zusätzlich wurden im Haushalt 2018 265 T€ für ein Dokumentenmanagementsystem bereitgestellt."
    expect(line(2018, 'igp-1', 265_000)).toHaveLength(1);
    // "265 T€ für die Einführung eines verwaltungsweiten Dokumentenmanagementsystems" (Haushalt 2019).
    expect(line(2019, 'igp-1', 265_000)).toHaveLength(1);
    // "100 T€ Aufwand und 500 T€ investiv für die Digitalisierung der Schulen (… „Gute Schule 2020“ …)".
    const schools = unna.budgetLines.filter((b) => b.year === 2019 && b.fundingSource?.includes('Gute Schule 2020'));
    expect(schools.map((b) => [b.kind, b.plan]).sort()).toEqual([
      ['consumptive', 100_000],
      ['investive', 500_000],
    ]);
    // "Einrichtung von 2,0 Stellen im Bereich der Zentralen Datenverarbeitung" (Haushalt 2019).
    expect(unna.budgetLines.filter((b) => b.year === 2019 && b.positions === 2 && b.projectKey === 'res-2')).toHaveLength(1);
    // "800 T€ (hiervon 500 T€ investiv)" for 2019: 100 + 100 + 100 Aufwand + 500 investiv.
    const plan2019 = unna.budgetLines.filter((b) => b.year === 2019 && b.projectKey !== 'igp-1');
    expect(plan2019.reduce((sum, b) => sum + (b.plan ?? 0), 0)).toBe(800_000);
    expect(plan2019.filter((b) => b.kind === 'investive').reduce((sum, b) => sum + (b.plan ?? 0), 0)).toBe(500_000);
  });
});

describe('seed data Werl — E-Government-Plan (Stand 15.09.2017)', () => {
  it('carries the programme header of the plan', () => {
    expect(werl.programme).toMatchObject({
      key: 'werl-egov-plan',
      title: 'E-Government-Plan der Wallfahrtsstadt Werl',
      asOfDate: '2017-09-15', // Title page: "Stand: 15.09.2017"
      leadUnit: 'Abteilung Verwaltungssteuerung', // Title page: Herausgeber … Abteilung Verwaltungssteuerung
    });
  });

  it('has the Bausteine 5.1–5.10 with the section headings as titles', () => {
    // Section 5 "Umsetzungsplanung der Meilensteine", headings 5.1–5.10.
    const bausteine = werl.projects.filter((p) => p.code?.startsWith('5.'));
    expect(bausteine.map((p) => [p.code, p.title])).toEqual([
      ['5.1', 'Beschaffung neuer Softwareprodukte'],
      ['5.2', 'Neugestaltung der städtischen Internetseite'],
      ['5.3', 'Einführung eines neuen Ratsinformationssystems'],
      ['5.4', 'Einführung eines Online-Portals für Bürger und Wirtschaft'],
      ['5.5', 'Digitalisierung von Schriftgut'],
      ['5.6', 'Elektronische Dokumenteneingänge'],
      ['5.7', 'Elektronische Aktenführung'],
      ['5.8', 'Dokumentenmanagementsystem (DMS)'],
      ['5.9', 'Elektronischer Langzeitspeicher'],
      ['5.10', 'Elektronische Langzeitarchivierung'],
    ]);
    // Section 4: "Die Projektverantwortung liegt in der Abteilung Verwaltungssteuerung, die
    // Projektleitung im Sachgebiet Organisation."
    for (const p of werl.projects) expect(p.responsibleUnit, p.key).toMatch(/Verwaltungssteuerung.*Organisation/);
  });

  it('has the DMS phases of Baustein 5.8 in the right half-years', () => {
    // Umsetzungsplanung, row 5.8: "Sichtung verschiedener DMS-Systeme" (II/2017, I/2018 empty),
    // "Vorbereitung der Einführung" (II/2018), "Einrichtung und Einführung (in Pilotbereichen)"
    // (I/2019, II/2019 empty), "Einführung in weiteren Bereichen" (I/2020, II/2020 empty).
    const phases = werl.phases.filter((ph) => ph.projectKey === 'werl-5.8').map(({ name, start, end }) => ({ name, start, end }));
    expect(phases).toEqual([
      { name: 'Sichtung verschiedener DMS-Systeme', start: '2017-07-01', end: '2018-06-30' },
      { name: 'Vorbereitung der Einführung', start: '2018-07-01', end: '2018-12-31' },
      { name: 'Einrichtung und Einführung (in Pilotbereichen)', start: '2019-01-01', end: '2019-12-31' },
      { name: 'Einführung in weiteren Bereichen', start: '2020-01-01', end: '2020-12-31' },
    ]);
    expect(byKey(werl.projects, 'werl-5.8')).toMatchObject({ plannedStart: '2017-07-01', plannedEnd: '2020-12-31' });
    // Section 5.8 Meilenstein "Verwaltungsweite Einführung des DMS", delivered by the last phase.
    const milestone = werl.milestones.find((m) => m.projectKey === 'werl-5.8');
    expect(milestone).toMatchObject({ title: 'Verwaltungsweite Einführung des DMS', plannedDate: '2020-12-31' });
  });

  it('has the Online-Portal phases of Baustein 5.4', () => {
    // Umsetzungsplanung, row 5.4: "Vorbereitende Arbeiten" (II/2017), "Start des Bürgerportals"
    // (I/2018), "Umsetzung von insgesamt 25 Portal-Services" (II/2018, I/2019 empty),
    // "Umsetzung weiterer Portal-Services" (II/2019 … II/2020).
    const phases = werl.phases.filter((ph) => ph.projectKey === 'werl-5.4').map(({ name, start, end }) => [name, start, end]);
    expect(phases).toEqual([
      ['Vorbereitende Arbeiten', '2017-07-01', '2017-12-31'],
      ['Start des Bürgerportals', '2018-01-01', '2018-06-30'],
      ['Umsetzung von insgesamt 25 Portal-Services', '2018-07-01', '2019-06-30'],
      ['Umsetzung weiterer Portal-Services', '2019-07-01', '2020-12-31'],
    ]);
  });

  it('has one Meilenstein per Baustein as the plan names it', () => {
    // Section 5.1–5.10, each "Meilenstein" line.
    const titles = werl.milestones.map((m) => m.title);
    for (const title of [
      'Berücksichtigung von E-Government bei Neubeschaffungen',
      'Neugestaltung der städtischen Internetseite',
      'Einführung eines neuen Ratsinformationssystems',
      'Aufbau eines Bürgerportals',
      'Erstellung und Umsetzung eines Scankonzeptes',
      'Aufbau einer E-Poststelle',
      'Einführung der elektronischen Aktenführung',
      'Verwaltungsweite Einführung des DMS',
      'Einrichtung eines bzw. Anbindung an den Langzeitspeicher',
      'Schaffung von Schnittstellen zum digitalen Archiv NRW',
    ]) {
      expect(titles).toContain(title);
    }
  });

  it('keeps the plan and project spans consistent with the phases', () => {
    for (const p of werl.projects) {
      const phases = werl.phases.filter((ph) => ph.projectKey === p.key);
      expect(phases.length, p.key).toBeGreaterThan(0);
      expect(p.plannedStart, p.key).toBe(phases[0]!.start);
      expect(p.plannedEnd, p.key).toBe(phases[phases.length - 1]!.end);
      // Consecutive phases touch: the next starts the day after the previous ends.
      for (let i = 1; i < phases.length; i++) {
        const prevEnd = new Date(`${phases[i - 1]!.end}T00:00:00Z`);
        prevEnd.setUTCDate(prevEnd.getUTCDate() + 1);
        expect(phases[i]!.start, p.key).toBe(prevEnd.toISOString().slice(0, 10));
      }
    }
  });

  it('has the legal dates of section 2 as obligations linked to the Bausteine', () => {
    // Section 2.1.1: "Die vollständige Zugangseröffnung wird bis zum 01.01.2018 erfolgen."
    const access = byKey(werl.obligations, 'werl-egovg-3');
    expect(access).toMatchObject({ law: 'EGovG NRW', deadline: '2018-01-01', bindingness: 'mandatory' });
    // Section 2.1.3.1: "Gem. § 7 EGovG NRW ist jede Kommune verpflichtet …" — no date in the plan.
    expect(byKey(werl.obligations, 'werl-egovg-7')).toMatchObject({ deadline: null, bindingness: 'mandatory' });
    expect(byKey(werl.obligations, 'werl-egovg-7').projectKeys).toContain('werl-5.4');
  });

  it('has the Hauptausschuss of 28.09.2017 with Mitteilung 720', () => {
    // Niederschrift Nr. 06/2017, TOP I/4: Mitteilung Nr. 720 "Umsetzung von E-Government in der
    // Wallfahrtsstadt Werl".
    const decision = werl.decisions.find((d) => d.committee === 'Hauptausschuss' && d.date === '2017-09-28');
    expect(decision).toBeDefined();
    expect(decision!.subject).toMatch(/720/);
    expect(decision!.projectKeys).toContain('werl-5.8');
  });
});
