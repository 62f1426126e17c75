/**
 * Sachstandsbericht benchmark: a synthetic programme of 500 projects (100 projects with four
 * sub-projects each, five milestones per project, 24 legal obligations, 30 KPIs over six years,
 * budget lines, Statusmeldungen, decisions and overrides) in a temporary database, beside the
 * seeded Kreis Unna programme (81 projects) as the baseline, in the same run.
 *
 *   npx tsx tests/bench/report.ts [--runs 5]
 *
 * Per programme, measured separately: building the snapshot from the database as of the
 * Stichtag (status service with a cold cache, as after any write, and the Gantt figure), rendering the PDF, rendering
 * the DOCX, and the whole `generateReport` (snapshot, both files, storing them with the audit
 * row). Prints medians, p95 and the ratios to the baseline; writes bench-results/report.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../../db';
import { seedDatabase } from '../../seed/load';
import { renderReportDocx } from '../../server/reports/docx';
import { renderReportPdf } from '../../server/reports/pdf';
import type { Actor } from '../../server/services/actor';
import { generateReport } from '../../server/services/reports/generate';
import { buildReportSnapshot, type ReportContentRequest } from '../../server/services/reports/snapshot';
import { reportTimelineFigure } from '../../server/services/reports/timeline';
import { clearBoardCache } from '../../server/services/status/cache';
import { addDays, daysBetween } from '../../shared/dates/iso-date';
import { REPORT_DEFAULT_SUBJECT, REPORT_SECTIONS, type TReportSnapshot } from '../../shared/schemas/report';
import { ZReportGenerate } from '../../shared/schemas/report-request';

const AS_OF = '2026-06-30';
const TODAY = '2026-11-23';
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 5;
const TARGET_MS = 5_000;

const SIZE = {
  fields: 8,
  topLevelProjects: 100,
  subProjectsEach: 4,
  milestonesPerProject: 5,
  obligations: 24,
  kpis: 30,
  kpiYears: [2021, 2022, 2023, 2024, 2025, 2026],
  budgetYears: [2024, 2025, 2026],
  fundingSources: ['Haushalt', 'Fördermittel Digitalisierung NRW', 'DigitalPakt Schule', 'Gute Schule 2020'],
} as const;

/** Deterministic pseudo-random numbers (mulberry32): every run builds the same programme. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_WORDS = [
  'Einführung', 'Digitalisierung', 'Antragsverfahren', 'Serviceportal', 'E-Akte', 'Schulträgeraufgaben', 'Geodaten',
  'Bürgerkonto', 'Rechnungseingang', 'Personalverwaltung', 'Sitzungsdienst', 'Kfz-Zulassung', 'Open Data', 'Breitband',
];

interface BenchProgramme {
  organisationId: number;
  programmeId: number;
  committeeId: number;
  projects: number;
}

function buildProgramme(db: Db): BenchProgramme {
  const rnd = random(7);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const title = (n: number) => `${pick(TITLE_WORDS)} ${pick(TITLE_WORDS)} – Maßnahme ${n}`;
  const sqlite = db.$client;
  let result: BenchProgramme | null = null;

  sqlite.transaction(() => {
    const organisationId = Number(
      sqlite.prepare("INSERT INTO organisations (key, name, kind) VALUES ('bench', 'Benchmark-Kreis', 'kreis')").run().lastInsertRowid,
    );
    const programmeId = Number(
      sqlite
        .prepare("INSERT INTO programmes (organisation_id, key, title, lead_unit) VALUES (?, 'bench', 'Digitalprogramm Benchmark-Kreis', 'Steuerungsdienst')")
        .run(organisationId).lastInsertRowid,
    );
    const committeeId = Number(
      sqlite.prepare("INSERT INTO committees (organisation_id, name) VALUES (?, 'Kreistag')").run(organisationId).lastInsertRowid,
    );
    const insertField = sqlite.prepare('INSERT INTO fields_of_action (organisation_id, programme_id, key, title, sort_order) VALUES (?, ?, ?, ?, ?)');
    const fieldIds = Array.from({ length: SIZE.fields }, (_, i) =>
      Number(insertField.run(organisationId, programmeId, `hf-${i + 1}`, `Handlungsfeld ${i + 1}`, i).lastInsertRowid),
    );
    const insertProject = sqlite.prepare(
      `INSERT INTO projects (organisation_id, programme_id, field_of_action_id, parent_id, key, code, title, responsible_unit,
        planned_start, planned_end, baseline_start, baseline_end, maturity, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMilestone = sqlite.prepare(
      `INSERT INTO milestones (organisation_id, project_id, key, title, planned_date, baseline_date, forecast_date, actual_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertUpdate = sqlite.prepare(
      "INSERT INTO status_updates (organisation_id, project_id, date, status, text, author_name) VALUES (?, ?, ?, ?, ?, 'Projektleitung')",
    );
    const projectIds: number[] = [];
    let n = 0;
    const addProject = (fieldId: number, parentId: number | null, code: string) => {
      n++;
      const start = addDays('2022-01-01', int(0, 900));
      const end = addDays(start, int(180, 1400));
      const slip = rnd() < 0.3 ? int(10, 200) : 0;
      const id = Number(
        insertProject.run(
          organisationId, programmeId, fieldId, parentId, `p-${n}`, code, title(n), pick(['Steuerungsdienst', 'Zentrale IT', 'Schulverwaltung', 'Straßenverkehrsamt']),
          start, addDays(end, slip), start, end, pick([1, 1, 2, 2, 3]), n,
        ).lastInsertRowid,
      );
      projectIds.push(id);
      const step = Math.floor(daysBetween(start, end) / (SIZE.milestonesPerProject + 1));
      for (let m = 1; m <= SIZE.milestonesPerProject; m++) {
        const planned = addDays(start, m * step);
        const reached = planned < AS_OF && rnd() < 0.6;
        const forecast = !reached && rnd() < 0.3 ? addDays(planned, int(5, 120)) : null;
        insertMilestone.run(organisationId, id, `m-${m}`, `Meilenstein ${m}: ${pick(TITLE_WORDS)}`, planned, planned, forecast, reached ? addDays(planned, int(-10, 30)) : null);
      }
      if (rnd() < 0.5) {
        insertUpdate.run(organisationId, id, addDays(AS_OF, -int(1, 90)), pick(['green', 'amber', 'red']),
          'Die Umsetzung läuft; die Schnittstelle zum Fachverfahren wird mit dem IT-Dienstleister abgestimmt. Die Schulungen der Beschäftigten sind terminiert.');
      }
      return id;
    };
    for (let p = 1; p <= SIZE.topLevelProjects; p++) {
      const fieldId = fieldIds[(p - 1) % fieldIds.length]!;
      const parent = addProject(fieldId, null, String(p));
      for (let s = 1; s <= SIZE.subProjectsEach; s++) addProject(fieldId, parent, `${p}.${s}`);
    }

    const insertObligation = sqlite.prepare(
      "INSERT INTO legal_obligations (organisation_id, programme_id, key, law, paragraph, title, deadline, bindingness) VALUES (?, ?, ?, 'EGovG NRW', ?, ?, ?, ?)",
    );
    const linkObligation = sqlite.prepare('INSERT OR IGNORE INTO obligation_projects (organisation_id, obligation_id, project_id) VALUES (?, ?, ?)');
    for (let o = 1; o <= SIZE.obligations; o++) {
      const id = Number(
        insertObligation.run(organisationId, programmeId, `o-${o}`, `§ ${o}`, `Pflicht ${o}: ${pick(TITLE_WORDS)}`, rnd() < 0.8 ? addDays('2018-01-01', int(0, 4000)) : null, pick(['mandatory', 'should', 'may'])).lastInsertRowid,
      );
      for (let k = 0; k < int(1, 6); k++) linkObligation.run(organisationId, id, pick(projectIds));
    }

    const insertGoal = sqlite.prepare("INSERT INTO goals (organisation_id, programme_id, key, kind, text, sort_order) VALUES (?, ?, ?, 'impact', ?, ?)");
    const linkGoal = sqlite.prepare('INSERT OR IGNORE INTO project_goals (organisation_id, project_id, goal_id) VALUES (?, ?, ?)');
    const insertKpi = sqlite.prepare("INSERT INTO kpis (organisation_id, programme_id, goal_id, key, title, unit, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const insertValue = sqlite.prepare('INSERT INTO kpi_values (organisation_id, kpi_id, year, plan, actual) VALUES (?, ?, ?, ?, ?)');
    for (let k = 1; k <= SIZE.kpis; k++) {
      const goalId = Number(insertGoal.run(organisationId, programmeId, `W${k}`, `Wirkungsziel ${k}`, k).lastInsertRowid);
      for (let l = 0; l < 5; l++) linkGoal.run(organisationId, pick(projectIds), goalId);
      const unit = pick(['count', 'count', 'percent', 'euro'] as const);
      const kpiId = Number(insertKpi.run(organisationId, programmeId, goalId, `K${k}`, `Kennzahl ${k}: ${pick(TITLE_WORDS)}`, unit, k).lastInsertRowid);
      for (const year of SIZE.kpiYears) {
        const plan = int(10, 500);
        insertValue.run(organisationId, kpiId, year, plan, year <= 2025 ? Math.round(plan * (0.5 + rnd() * 0.6)) : null);
      }
    }

    const insertBudget = sqlite.prepare(
      'INSERT INTO budget_lines (organisation_id, programme_id, project_id, year, kind, funding_source, plan, actual, positions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const projectId of projectIds) {
      for (const year of SIZE.budgetYears) {
        insertBudget.run(organisationId, programmeId, projectId, year, pick(['consumptive', 'investive']), pick(SIZE.fundingSources), int(5, 400) * 1000, year < 2026 ? int(0, 400) * 1000 : null, rnd() < 0.1 ? 0.5 : null);
      }
    }

    const insertDecision = sqlite.prepare('INSERT INTO decisions (organisation_id, programme_id, committee_id, key, date, subject) VALUES (?, ?, ?, ?, ?, ?)');
    const linkDecision = sqlite.prepare('INSERT OR IGNORE INTO decision_projects (organisation_id, decision_id, project_id) VALUES (?, ?, ?)');
    for (let d = 1; d <= 40; d++) {
      const id = Number(insertDecision.run(organisationId, programmeId, committeeId, `B-${d}`, addDays('2022-01-01', int(0, 1600)), `Beschluss ${d}: ${pick(TITLE_WORDS)}`).lastInsertRowid);
      linkDecision.run(organisationId, id, pick(projectIds));
    }
    const insertOverride = sqlite.prepare(
      "INSERT INTO status_overrides (organisation_id, project_id, status, justification, author_name, valid_from) VALUES (?, ?, ?, 'Die Verzögerung ist mit dem Dienstleister abgestimmt.', 'Steuerungsdienst', '2026-01-01')",
    );
    for (let o = 0; o < 15; o++) insertOverride.run(organisationId, pick(projectIds), pick(['green', 'amber']));
    result = { organisationId, programmeId, committeeId, projects: projectIds.length };
  })();
  return result!;
}

function content(committee: string): ReportContentRequest {
  return {
    committee,
    meetingDate: '2026-09-15',
    subject: REPORT_DEFAULT_SUBJECT,
    leadUnit: 'Steuerungsdienst',
    vorlageNumber: 'MV 1/2026',
    sections: Object.fromEntries(REPORT_SECTIONS.map((key) => [key, { enabled: true, text: null }])) as ReportContentRequest['sections'],
    resolution: null,
  };
}

function actorFor(organisationId: number): Actor {
  return { userId: null, username: 'bench', displayName: 'Benchmark', organisationId, role: 'steering' };
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface Measured {
  snapshot: number[];
  pdf: number[];
  /** The same PDF without the Gantt figure: what the figure costs. */
  pdfWithoutFigure: number[];
  docx: number[];
  generate: number[];
  pages: number;
  pdfBytes: number;
  docxBytes: number;
}

async function measure(db: Db, programme: { organisationId: number; programmeId: number; committeeId: number; committee: string }): Promise<Measured> {
  // As generateReport does it: the snapshot and the Gantt figure for the Stichtag.
  const build = (): TReportSnapshot => {
    clearBoardCache(db);
    return buildReportSnapshot(db, programme.organisationId, {
      programmeId: programme.programmeId,
      asOfDate: AS_OF,
      generatedAt: new Date('2026-07-01T08:00:00Z'),
      content: content(programme.committee),
      previous: null,
      timeline: reportTimelineFigure(db, programme.organisationId, programme.programmeId, AS_OF),
    });
  };
  const result: Measured = { snapshot: [], pdf: [], pdfWithoutFigure: [], docx: [], generate: [], pages: 0, pdfBytes: 0, docxBytes: 0 };
  // Warm-up: module loading, font parsing and the JIT are not what a user waits for twice.
  const warm = build();
  await renderReportPdf(warm);
  await renderReportDocx(warm);
  for (let run = 0; run < RUNS; run++) {
    let snapshot: TReportSnapshot | null = null;
    result.snapshot.push(await time(() => (snapshot = build())));
    let pdf: Buffer | null = null;
    result.pdf.push(await time(async () => (pdf = await renderReportPdf(snapshot!))));
    result.pdfWithoutFigure.push(await time(() => renderReportPdf({ ...snapshot!, timelineSvg: undefined, timelinePages: undefined })));
    let docx: Buffer | null = null;
    result.docx.push(await time(async () => (docx = await renderReportDocx(snapshot!))));
    result.pdfBytes = pdf!.length;
    result.docxBytes = docx!.length;
    result.pages = (pdf!.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    const request = ZReportGenerate.parse({
      programmeId: programme.programmeId,
      committee: { kind: 'existing', committeeId: programme.committeeId },
      asOfDate: AS_OF,
    });
    clearBoardCache(db);
    result.generate.push(await time(() => generateReport(db, actorFor(programme.organisationId), request, TODAY)));
  }
  return result;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cockpit-report-bench-'));
  try {
    const db = openDatabase(join(dir, 'bench.db'));
    await seedDatabase(db, { demoUsers: false });
    const unna = db.$client
      .prepare(
        `SELECT o.id AS organisationId, p.id AS programmeId, c.id AS committeeId, c.name AS committee,
           (SELECT count(*) FROM projects WHERE programme_id = p.id) AS projects
         FROM organisations o JOIN programmes p ON p.organisation_id = o.id JOIN committees c ON c.organisation_id = o.id
         WHERE o.key = 'unna' LIMIT 1`,
      )
      .get() as { organisationId: number; programmeId: number; committeeId: number; committee: string; projects: number };
    const bench = buildProgramme(db);

    console.log(`Sachstandsbericht benchmark: ${RUNS} runs, Stichtag ${AS_OF}`);
    const seed = await measure(db, unna);
    const large = await measure(db, { ...bench, committee: 'Kreistag' });

    const metrics: Record<string, number> = { runs: RUNS, seed_projects: unna.projects, large_projects: bench.projects };
    const rows: string[][] = [];
    for (const [label, key, name] of [
      ['Snapshot + Zeitplan-SVG', 'snapshot', 'snapshot'],
      ['PDF rendern', 'pdf', 'pdf'],
      ['  davon ohne Zeitplan-Grafik', 'pdfWithoutFigure', 'pdf_without_figure'],
      ['DOCX rendern', 'docx', 'docx'],
      ['generateReport gesamt', 'generate', 'generate'],
    ] as const) {
      const seedMedian = round(percentile(seed[key], 50));
      const largeMedian = round(percentile(large[key], 50));
      const largeP95 = round(percentile(large[key], 95));
      metrics[`${name}_seed_median_ms`] = seedMedian;
      metrics[`${name}_seed_p95_ms`] = round(percentile(seed[key], 95));
      metrics[`${name}_500_projects_median_ms`] = largeMedian;
      metrics[`${name}_500_projects_p95_ms`] = largeP95;
      metrics[`${name}_ratio_500_to_seed`] = round(largeMedian / Math.max(seedMedian, 0.1));
      rows.push([label, `${seedMedian}`, `${largeMedian}`, `${largeP95}`, `${metrics[`${name}_ratio_500_to_seed`]}×`]);
    }
    metrics.pdf_seed_pages = seed.pages;
    metrics.pdf_500_projects_pages = large.pages;
    metrics.pdf_500_projects_bytes = large.pdfBytes;
    metrics.docx_500_projects_bytes = large.docxBytes;
    const targets = ['snapshot', 'pdf', 'docx'].every((key) => metrics[`${key}_500_projects_p95_ms`]! <= TARGET_MS);
    metrics.targets_met = targets ? 1 : 0;

    const widths = [28, 14, 16, 14, 10];
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
    console.log(line(['', `Seed (${unna.projects}) ms`, `500 Proj. median`, '500 Proj. p95', 'Verhältnis']));
    for (const row of rows) console.log(line(row));
    console.log(`PDF: ${seed.pages} Seiten (Seed), ${large.pages} Seiten (500 Projekte), ${Math.round(large.pdfBytes / 1024)} KB`);
    console.log(`Ziel ≤ ${TARGET_MS} ms (p95) für Snapshot, PDF und DOCX: ${targets ? 'erreicht' : 'VERFEHLT'}`);

    mkdirSync(resolve('bench-results'), { recursive: true });
    writeFileSync(resolve('bench-results/report.json'), `${JSON.stringify(metrics, null, 2)}\n`);
    console.log('→ bench-results/report.json');
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
