import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db';
import { auditLog, milestones, organisations, programmes, projectPhases, projects } from '../../db/schema';
import type { AppError } from '../../server/errors';
import { actorOf } from '../../server/procedures/actor';
import { reportTimelineFigure } from '../../server/services/reports/timeline';
import { buildTimelineModel } from '../../server/services/timeline';
import { formatDate } from '../../shared/dates/format';
import type { TMaturity } from '../../shared/domain/vocabulary';
import { applyPortfolioView } from '../../shared/portfolio/view';
import { DEFAULT_PORTFOLIO_VIEW } from '../../shared/schemas/portfolio-view';
import { drawPrimitive } from '../../shared/timeline/draw';
import type { TimelineModel, TimelineProject } from '../../shared/timeline/model';
import { buildTimelineScene, type PhaseSegmentPrimitive } from '../../shared/timeline/scene';
import { renderTimelineSvg } from '../../shared/timeline/svg';
import { decodeTimeline, type TimelineWire } from '../../shared/timeline/wire';
import { callerAs, sessionUserFor } from '../factories';
import { createTestDb, type TestDb } from './test-db';

/** The procedures send the timeline in its column form; decoded as the pages decode it. */
function decoded<T extends { timeline: TimelineWire }>({ timeline, ...rest }: T) {
  return { ...rest, ...decodeTimeline(timeline) };
}

const TODAY = '2026-11-23';

function orgId(db: Db, key: 'unna' | 'werl'): number {
  return db.select().from(organisations).where(eq(organisations.key, key)).get()!.id;
}

function projectByKey(db: Db, key: string) {
  return db.select().from(projects).where(eq(projects.key, key)).get()!;
}

/** A project's phases in plan order, as [name, start, end]. */
function phasesOf(db: Db, projectId: number): [string, string, string][] {
  return db
    .select()
    .from(projectPhases)
    .where(eq(projectPhases.projectId, projectId))
    .orderBy(projectPhases.sortOrder, projectPhases.startDate, projectPhases.id)
    .all()
    .map((phase) => [phase.name, phase.startDate, phase.endDate]);
}

function milestoneByKey(db: Db, key: string) {
  return db.select().from(milestones).where(eq(milestones.key, key)).get()!;
}

function row(model: TimelineModel, code: string): TimelineProject {
  const found = model.rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

/** Fill colour of each phase segment of the project, by phase name, as the Gantt draws it. */
function segmentFills(model: TimelineModel, projectId: string): Map<string, string> {
  const segments = buildTimelineScene(model, { zoom: 'year' }).primitives.filter(
    (p): p is PhaseSegmentPrimitive => p.type === 'phaseSegment' && p.projectId === projectId,
  );
  return new Map(segments.map((segment) => [segment.phaseName, String(drawPrimitive(segment)[0]?.attrs.fill)]));
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
  throw new Error('expected the call to fail');
}

describe('[TIMELINE] the model read from the database', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
  });
  afterAll(() => t.close());

  it('holds the 12 Bausteine of Werl across 2017–2020, grouped by field of action, with their half-year phases', async () => {
    const { model } = decoded(await callerAs(t.db, 'vorstand.werl', TODAY).timeline.portfolio({}));
    expect(model.today).toBe(TODAY);
    expect(model.rows.map((r) => r.code)).toEqual(['2', '3', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10']);
    expect(model.groups.map((g) => g.title)).toEqual([
      'Gesetzliche Vorgaben und Potenzialanalyse',
      'Umsetzungsplanung der Meilensteine',
    ]);
    for (const project of model.rows) {
      expect(project.plannedStart, project.title).toBe('2017-07-01');
      expect(project.plannedEnd, project.title).toBe('2020-12-31');
      expect(project.phases.length, project.title).toBeGreaterThan(0);
      expect(project.href).toBe(`/projekte/${project.id}`);
      expect(project.status).not.toBeNull();
      expect(project.editable).toBe(false);
    }
    expect(row(model, '5.8').phases).toEqual([
      { name: 'Sichtung verschiedener DMS-Systeme', start: '2017-07-01', end: '2018-06-30' },
      { name: 'Vorbereitung der Einführung', start: '2018-07-01', end: '2018-12-31' },
      { name: 'Einrichtung und Einführung (in Pilotbereichen)', start: '2019-01-01', end: '2019-12-31' },
      { name: 'Einführung in weiteren Bereichen', start: '2020-01-01', end: '2020-12-31' },
    ]);
    expect(row(model, '5.8').milestones).toEqual([
      expect.objectContaining({ title: 'Verwaltungsweite Einführung des DMS', plannedDate: '2020-12-31', phase: 'Einführung in weiteren Bereichen' }),
    ]);
    // "Bürgerportal im Zuge der Internetseite", "E-Poststelle im Rahmen des DMS".
    expect(model.dependencies).toEqual(
      expect.arrayContaining([
        { fromId: row(model, '5.2').id, toId: row(model, '5.4').id },
        { fromId: row(model, '5.8').id, toId: row(model, '5.6').id },
      ]),
    );
    expect(model.deadlines.map((d) => d.label)).toContain('§ 3 EGovG NRW');
    expect(model.deadlines.every((d) => !d.label.includes('Abs.'))).toBe(true);
  });

  it('puts the § 7a EGovG NRW marker of Unna at 01.04.2020, on the portfolio and on the E-Rechnung project', async () => {
    const caller = callerAs(t.db, 'vorstand.unna', TODAY);
    const portfolio = decoded(await caller.timeline.portfolio({})).model;
    expect(portfolio.deadlines).toContainEqual({
      id: expect.any(String),
      label: '§ 7a EGovG NRW',
      title: 'Elektronische Rechnung',
      date: '2020-04-01',
    });
    // The portfolio shows every dated obligation, also one no project fulfils yet (§ 8).
    expect(portfolio.deadlines.map((d) => d.label)).toContain('§ 8 EGovG NRW');

    const eRechnung = projectByKey(t.db, 'gpk-8');
    const project = decoded(await caller.timeline.project({ projectId: eRechnung.id })).model;
    expect(project.deadlines.map((d) => `${d.label} ${d.date}`)).toEqual(['§ 7a EGovG NRW 2020-04-01']);
  });

  it('shows a project with its sub-projects nested, and only dependencies among the rows shown', async () => {
    const parent = projectByKey(t.db, 'gpk-8');
    const children = t.db.select().from(projects).where(eq(projects.parentId, parent.id)).all();
    expect(children.length).toBeGreaterThan(0);
    const { model } = decoded(await callerAs(t.db, 'steuerung.unna', TODAY).timeline.project({ projectId: parent.id }));
    expect(model.rows.map((r) => r.id).sort()).toEqual([parent.id, ...children.map((c) => c.id)].map(String).sort());
    expect(model.rows[0]).toMatchObject({ id: String(parent.id), parentId: null });
    for (const child of model.rows.slice(1)) expect(child.parentId).toBe(String(parent.id));
    expect(model.groups).toHaveLength(1);
    // gpk-8 depends on igp-2, which is not on this timeline: no arrow to nowhere.
    const ids = new Set(model.rows.map((r) => r.id));
    expect(model.dependencies.every((d) => ids.has(d.fromId) && ids.has(d.toId))).toBe(true);
  });

  it('filters with the portfolio parameters and keeps the same rows as the portfolio table', async () => {
    const caller = callerAs(t.db, 'vorstand.unna', TODAY);
    const filters = { statuses: ['red' as const], topLevelOnly: true };
    const expected = applyPortfolioView((await caller.board.portfolio()).rows, { ...DEFAULT_PORTFOLIO_VIEW, ...filters });
    expect(expected.rows.length).toBeGreaterThan(0);
    const { model, filters: options } = decoded(await caller.timeline.portfolio(filters));
    expect(model.rows.map((r) => r.id).sort()).toEqual(expected.rows.map((r) => String(r.id)).sort());
    expect(model.rows.every((r) => r.status === 'red' && r.parentId === null)).toBe(true);
    expect(options.projectCount).toBeGreaterThan(model.rows.length);
    // Only fields of action that hold a shown project become groups.
    expect(new Set(model.groups.map((g) => g.id))).toEqual(new Set(model.rows.map((r) => r.groupId)));
  });

  it('marks as editable what the viewer may change: steering all, a lead its own projects, the board nothing', () => {
    const werl = orgId(t.db, 'werl');
    const asOf = TODAY;
    const forUser = (username: string) => buildTimelineModel(t.db, werl, { asOf }, actorOf(sessionUserFor(t.db, username)));
    expect(forUser('steuerung.werl').rows.every((r) => r.editable)).toBe(true);
    expect(forUser('vorstand.werl').rows.some((r) => r.editable)).toBe(false);
    expect(buildTimelineModel(t.db, werl, { asOf }).rows.some((r) => r.editable)).toBe(false);

    const lead = sessionUserFor(t.db, 'projektleitung.werl');
    const led = t.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.organisationId, werl), eq(projects.leadUserId, lead.id)))
      .all()
      .map((p) => String(p.id));
    expect(led.length).toBeGreaterThan(0);
    const editable = forUser('projektleitung.werl').rows.filter((r) => r.editable).map((r) => r.id);
    expect(editable.sort()).toEqual(led.sort());
  });

  it('reads the same small number of queries for 12 and for 100+ projects (set-based, no query per project)', () => {
    const count = (organisationId: number) => {
      buildTimelineModel(t.db, organisationId, { asOf: TODAY }); // warms the status snapshot
      const spy = vi.spyOn(t.db.$client, 'prepare');
      try {
        const model = buildTimelineModel(t.db, organisationId, { asOf: TODAY });
        return { queries: spy.mock.calls.length, rows: model.rows.length };
      } finally {
        spy.mockRestore();
      }
    };
    const werl = count(orgId(t.db, 'werl'));
    const unna = count(orgId(t.db, 'unna'));
    expect(unna.rows).toBeGreaterThan(werl.rows * 4);
    expect(unna.queries).toBe(werl.queries);
    expect(unna.queries).toBeLessThanOrEqual(7);
  });

  it('serves the report generator: one programme at a Stichtag, drawn by the shared SVG renderer', () => {
    const werl = orgId(t.db, 'werl');
    const programme = t.db.select().from(programmes).where(eq(programmes.organisationId, werl)).get()!;
    const model = buildTimelineModel(t.db, werl, { programmeId: programme.id, asOf: '2019-06-30' });
    expect(model.rows).toHaveLength(12);
    expect(model).toEqual(buildTimelineModel(t.db, werl, { asOf: '2019-06-30' }));
    expect(model.today).toBe('2019-06-30');
    // At that Stichtag the DMS milestone (31.12.2020) was not due yet: the status is of that day.
    expect(row(model, '5.8').status).toBe('green');
    expect(row(buildTimelineModel(t.db, werl, { asOf: TODAY }), '5.8').status).toBe('red');
    const svg = renderTimelineSvg(model, { zoom: 'halfyear', title: 'Zeitplan' });
    expect(svg).toContain('§ 3 EGovG NRW');
    expect(svg).toContain('Vorbereitung der Einführung');
    expect(() => buildTimelineModel(t.db, orgId(t.db, 'unna'), { programmeId: programme.id, asOf: TODAY })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', userMessage: 'Das Programm wurde nicht gefunden.' }),
    );
  });

  it('draws each Werl phase in one colour on the whole Zeitplan, a filtered one, the project’s page and the report figure', async () => {
    const caller = callerAs(t.db, 'vorstand.werl', TODAY);
    const whole = decoded(await caller.timeline.portfolio({})).model;
    const b58 = row(whole, '5.8');
    const onWhole = segmentFills(whole, b58.id);
    // Werl names its phases per Baustein: those of 5.8 come late in the organisation's order.
    expect([...onWhole.keys()]).toEqual(b58.phases.map((phase) => phase.name));

    const projectPage = decoded(await caller.timeline.project({ projectId: Number(b58.id) })).model;
    expect(segmentFills(projectPage, b58.id)).toEqual(onWhole);
    const searched = decoded(await caller.timeline.portfolio({ search: b58.title })).model;
    expect(searched.rows.map((r) => r.id)).toEqual([b58.id]);
    expect(segmentFills(searched, b58.id)).toEqual(onWhole);
    // Only the phases the timeline uses travel with it.
    expect(Object.keys(projectPage.phaseIndex ?? {}).sort()).toEqual(b58.phases.map((phase) => phase.name).sort());

    const werl = orgId(t.db, 'werl');
    const programme = t.db.select().from(programmes).where(eq(programmes.organisationId, werl)).get()!;
    const figure = reportTimelineFigure(t.db, werl, programme.id, TODAY)!.svg;
    for (const [name, fill] of onWhole) {
      // The segment is drawn under its tooltip text: <g><title>Phase name: …</title><rect … fill="…"/></g>.
      const title = `<title>Phase ${name}: `;
      const at = figure.indexOf(title);
      expect(at, name).toBeGreaterThan(0);
      expect(/<rect [^>]*?fill="([^"]+)"/.exec(figure.slice(at))?.[1], name).toBe(fill);
    }
  });

  it('does not show a Werl user the timeline of an Unna project (NOT_FOUND, no existence leak)', async () => {
    const unnaProject = projectByKey(t.db, 'gpk-8');
    const error = await errorOf(callerAs(t.db, 'steuerung.werl', TODAY).timeline.project({ projectId: unnaProject.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect((error.cause as AppError).userMessage).toBe('Das Projekt wurde nicht gefunden.');
    // A filter naming Unna's field of action gives Werl nothing of Unna.
    const unnaField = unnaProject.fieldOfActionId;
    const { model } = decoded(await callerAs(t.db, 'steuerung.werl', TODAY).timeline.portfolio({ fieldOfActionIds: [unnaField] }));
    expect(model.rows).toEqual([]);
  });

  it('refuses a committee member the timeline (no readPortfolio)', async () => {
    const error = await errorOf(callerAs(t.db, 'ausschuss.werl', TODAY).timeline.portfolio({}));
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('[TIMELINE] rescheduling from the Gantt', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
  });
  afterAll(() => t.close());

  const auditRows = (db: Db) => db.select().from(auditLog).all();

  it('refuses the board with FORBIDDEN and changes nothing', async () => {
    const m = milestoneByKey(t.db, 'werl-ms-5.8');
    const before = auditRows(t.db).length;
    const error = await errorOf(
      callerAs(t.db, 'vorstand.werl', TODAY).timeline.reschedule({ kind: 'milestone', id: m.id, version: m.version, newDate: '2021-03-31' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(milestoneByKey(t.db, 'werl-ms-5.8')).toEqual(m);
    expect(auditRows(t.db)).toHaveLength(before);
  });

  it('saves a milestone moved by the steering office through the milestone service: audited, version bumped', async () => {
    const m = milestoneByKey(t.db, 'werl-ms-5.8');
    const before = auditRows(t.db).length;
    const result = await callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({
      kind: 'milestone',
      id: m.id,
      version: m.version,
      newDate: '2021-03-31',
    });
    expect(result).toMatchObject({ kind: 'milestone', id: m.id, date: '2021-03-31', version: m.version + 1 });
    const stored = milestoneByKey(t.db, 'werl-ms-5.8');
    // Only the planned date moves; the baseline stays, so the slip shows.
    expect(stored).toMatchObject({ ...m, plannedDate: '2021-03-31', version: m.version + 1, updatedAt: expect.any(Date) });
    const audit = auditRows(t.db).slice(before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'update',
      entity: 'milestone',
      entityId: m.id,
      projectId: m.projectId,
      username: 'steuerung.werl',
      summary: 'Meilenstein „Verwaltungsweite Einführung des DMS“ geändert',
      before: { plannedDate: '2020-12-31' },
      after: { plannedDate: '2021-03-31' },
    });

    const { model } = decoded(await callerAs(t.db, 'steuerung.werl', TODAY).timeline.portfolio({}));
    expect(row(model, '5.8').milestones[0]).toMatchObject({ plannedDate: '2021-03-31' });
  });

  it('saves a moved project end through the project service, and hands out the new version', async () => {
    const p = projectByKey(t.db, 'werl-5.9');
    const before = auditRows(t.db).length;
    const caller = callerAs(t.db, 'steuerung.werl', TODAY);
    const seen = decoded(await caller.timeline.portfolio({}));
    expect(seen.versions.projects[String(p.id)]).toBe(p.version);
    const phases = phasesOf(t.db, p.id);
    const [lastName, lastStart, lastEnd] = phases.at(-1)!;
    expect(lastEnd).toBe('2020-12-31');
    const result = await caller.timeline.reschedule({ kind: 'projectEnd', id: p.id, version: p.version, newDate: '2021-06-30' });
    expect(result.version).toBe(p.version + 1);
    expect(projectByKey(t.db, 'werl-5.9')).toMatchObject({ plannedStart: '2017-07-01', plannedEnd: '2021-06-30', version: p.version + 1 });
    // The phase that ran to the old end moves with it; the others stay.
    expect(phasesOf(t.db, p.id)).toEqual([...phases.slice(0, -1), [lastName, lastStart, '2021-06-30']]);
    const audit = auditRows(t.db).slice(before);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ entity: 'project', entityId: p.id, before: { plannedEnd: '2020-12-31' }, after: { plannedEnd: '2021-06-30' } });
    expect(audit[1]).toMatchObject({ entity: 'projectPhase', projectId: p.id, username: 'steuerung.werl' });
    // Only what changed: the end.
    expect([audit[1]!.before, audit[1]!.after]).toEqual([{ endDate: '2020-12-31' }, { endDate: '2021-06-30' }]);
    expect(decoded(await caller.timeline.portfolio({})).versions.projects[String(p.id)]).toBe(p.version + 1);
  });

  it('ends the phase that reached beyond an earlier end at that end, so that the bar and its phases agree', async () => {
    const p = projectByKey(t.db, 'werl-5.2');
    const phases = phasesOf(t.db, p.id);
    const [lastName, lastStart] = phases.at(-1)!;
    const caller = callerAs(t.db, 'steuerung.werl', TODAY);
    await caller.timeline.reschedule({ kind: 'projectEnd', id: p.id, version: p.version, newDate: '2020-10-17' });
    expect(phasesOf(t.db, p.id)).toEqual([...phases.slice(0, -1), [lastName, lastStart, '2020-10-17']]);
    const drawn = row(decoded(await caller.timeline.portfolio({})).model, '5.2');
    expect(drawn.plannedEnd).toBe('2020-10-17');
    expect(Math.max(...drawn.phases.map((phase) => Number(phase.end.replaceAll('-', ''))))).toBe(20201017);
    const audit = auditRows(t.db).at(-1)!;
    expect(audit.summary).toBe(
      `Phase „${lastName}“: ${formatDate(lastStart)} – 17.10.2020 (bisher ${formatDate(lastStart)} – 31.12.2020), dem Zeitraum des Projekts „${p.title}“ angepasst`,
    );
  });

  it('refuses an end before the start of the last phase, names the phase, and saves nothing', async () => {
    const p = projectByKey(t.db, 'werl-5.3');
    const phases = phasesOf(t.db, p.id);
    const [lastName, lastStart] = phases.at(-1)!;
    const before = auditRows(t.db).length;
    const error = await errorOf(
      callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({ kind: 'projectEnd', id: p.id, version: p.version, newDate: '2017-11-30' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect((error.cause as AppError).userMessage).toBe(
      `Die Phase „${lastName}“ beginnt erst am ${formatDate(lastStart)}. Das Ende kann frühestens auf diesen Tag gelegt werden.`,
    );
    expect(projectByKey(t.db, 'werl-5.3')).toEqual(p);
    expect(phasesOf(t.db, p.id)).toEqual(phases);
    expect(auditRows(t.db)).toHaveLength(before);
  });

  it('fits the phases when the form moves the start, too', async () => {
    const p = projectByKey(t.db, 'werl-5.5');
    const phases = phasesOf(t.db, p.id);
    const [firstName, firstStart, firstEnd] = phases[0]!;
    expect(firstStart).toBe(p.plannedStart);
    await callerAs(t.db, 'steuerung.werl', TODAY).project.update({
      id: p.id,
      version: p.version,
      title: p.title,
      maturity: p.maturity as TMaturity,
      plannedStart: '2017-10-01',
      plannedEnd: p.plannedEnd,
    });
    expect(phasesOf(t.db, p.id)).toEqual([[firstName, '2017-10-01', firstEnd], ...phases.slice(1)]);
  });

  it('refuses a stale version with CONFLICT, names who changed it, and keeps the other save', async () => {
    const m = milestoneByKey(t.db, 'werl-ms-5.4');
    // Another session of the steering office moved it first.
    await callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({ kind: 'milestone', id: m.id, version: m.version, newDate: '2018-09-30' });
    const before = auditRows(t.db).length;
    const error = await errorOf(
      callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({ kind: 'milestone', id: m.id, version: m.version, newDate: '2019-01-31' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect((error.cause as AppError).userMessage).toBe(
      'Inzwischen von steuerung.werl geändert. Bitte laden Sie den aktuellen Stand neu und wiederholen Sie Ihre Änderung.',
    );
    expect(milestoneByKey(t.db, 'werl-ms-5.4').plannedDate).toBe('2018-09-30');
    expect(auditRows(t.db)).toHaveLength(before);
  });

  it('refuses an end before the start with the form’s German message', async () => {
    const p = projectByKey(t.db, 'werl-5.10');
    const error = await errorOf(
      callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({ kind: 'projectEnd', id: p.id, version: p.version, newDate: '2017-01-31' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect((error.cause as AppError).userMessage).toBe('Das geplante Ende liegt vor dem Beginn.');
    expect(projectByKey(t.db, 'werl-5.10').plannedEnd).toBe('2020-12-31');
  });

  it('lets a project lead move its own project and nobody else’s', async () => {
    const lead = sessionUserFor(t.db, 'projektleitung.werl');
    const own = t.db.select().from(projects).where(eq(projects.leadUserId, lead.id)).get()!;
    const other = projectByKey(t.db, 'werl-5.2');
    expect(other.leadUserId).toBeNull();
    const caller = callerAs(t.db, 'projektleitung.werl', TODAY);
    await caller.timeline.reschedule({ kind: 'projectEnd', id: own.id, version: own.version, newDate: '2021-12-31' });
    expect(t.db.select().from(projects).where(eq(projects.id, own.id)).get()!.plannedEnd).toBe('2021-12-31');
    const error = await errorOf(caller.timeline.reschedule({ kind: 'projectEnd', id: other.id, version: other.version, newDate: '2021-12-31' }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a milestone of another organisation', async () => {
    const unna = t.db.select().from(milestones).where(eq(milestones.organisationId, orgId(t.db, 'unna'))).get()!;
    const error = await errorOf(
      callerAs(t.db, 'steuerung.werl', TODAY).timeline.reschedule({ kind: 'milestone', id: unna.id, version: unna.version, newDate: '2027-01-31' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
