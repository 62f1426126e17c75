import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db';
import {
  budgetLines,
  committees,
  decisionProjects,
  decisions,
  fieldsOfAction,
  goals,
  kpis,
  kpiValues,
  legalObligations,
  milestones,
  obligationProjects,
  programmes,
  projectDependencies,
  projectGoals,
  projectPhases,
  projects,
  statusUpdates,
} from '../../db/schema';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import type { Actor } from './actor';
import { appendAudit, type Tx } from './audit';

/** What an import did (or, in preview, would do) per kind of row. */
export interface ImportSummary {
  programmeId: number;
  created: boolean;
  counts: Record<string, { created: number; updated: number; deleted: number; unchanged: number }>;
}

type Counter = ImportSummary['counts'][string];
const counter = (): Counter => ({ created: 0, updated: 0, deleted: 0, unchanged: 0 });

function sameValues(existing: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).every((k) => (existing[k] ?? null) === (next[k] ?? null));
}

/**
 * Synchronises one programme of an organisation with an exchange document, keyed by business
 * keys: rows in the file are created or updated, rows of the programme missing from the file are
 * deleted (status updates, being history, are only ever added). Runs inside the caller's
 * transaction; the caller validates the document first (ZProgrammeExchange + checkReferences).
 */
export function applyProgrammeExchange(
  tx: Tx,
  organisationId: number,
  data: TProgrammeExchange,
  actor: Actor,
): ImportSummary {
  const counts: ImportSummary['counts'] = {};
  const count = (kind: string) => (counts[kind] ??= counter());

  // Programme
  const p = data.programme;
  const programmeValues = {
    title: p.title,
    versionLabel: p.version,
    asOfDate: p.asOfDate,
    description: p.description,
    leadUnit: p.leadUnit,
  };
  const existingProgramme = tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.key, p.key)))
    .get();
  let programmeId: number;
  if (existingProgramme) {
    programmeId = existingProgramme.id;
    if (sameValues(existingProgramme, programmeValues)) count('programme').unchanged++;
    else {
      tx.update(programmes)
        .set({ ...programmeValues, version: existingProgramme.version + 1, updatedAt: new Date() })
        .where(eq(programmes.id, programmeId))
        .run();
      count('programme').updated++;
    }
  } else {
    programmeId = tx
      .insert(programmes)
      .values({ organisationId, key: p.key, ...programmeValues })
      .returning({ id: programmes.id })
      .get().id;
    count('programme').created++;
  }
  const scope = { organisationId, programmeId };

  // Generic keyed sync for the tables that carry (programme_id, key).
  function syncKeyed<Row extends { id: number; key: string; version: number }>(
    kind: string,
    table: typeof fieldsOfAction | typeof projects | typeof goals | typeof kpis | typeof legalObligations | typeof decisions,
    rows: { key: string; values: Record<string, unknown> }[],
  ): Map<string, number> {
    const existing = tx
      .select()
      .from(table)
      .where(eq(table.programmeId, programmeId))
      .all() as unknown as (Row & Record<string, unknown>)[];
    const byKey = new Map(existing.map((r) => [r.key, r]));
    const ids = new Map<string, number>();
    for (const row of rows) {
      const current = byKey.get(row.key);
      if (current) {
        ids.set(row.key, current.id);
        if (sameValues(current, row.values)) count(kind).unchanged++;
        else {
          tx.update(table)
            .set({ ...row.values, version: current.version + 1 } as never)
            .where(eq(table.id, current.id))
            .run();
          count(kind).updated++;
        }
      } else {
        const inserted = tx
          .insert(table)
          .values({ ...scope, key: row.key, ...row.values } as never)
          .returning({ id: table.id })
          .get() as { id: number };
        ids.set(row.key, inserted.id);
        count(kind).created++;
      }
    }
    const keep = new Set(rows.map((r) => r.key));
    const stale = existing.filter((r) => !keep.has(r.key)).map((r) => r.id);
    if (stale.length > 0) {
      tx.delete(table).where(inArray(table.id, stale)).run();
      count(kind).deleted += stale.length;
    }
    return ids;
  }

  const fieldIds = syncKeyed(
    'fieldsOfAction',
    fieldsOfAction,
    data.fieldsOfAction.map((f, i) => ({ key: f.key, values: { title: f.title, description: f.description, sortOrder: i } })),
  );

  // Projects: first without parents (a parent may come later in the file), then the parents.
  const projectIds = syncKeyed(
    'projects',
    projects,
    data.projects.map((pr, i) => ({
      key: pr.key,
      values: {
        code: pr.code,
        fieldOfActionId: fieldIds.get(pr.fieldOfActionKey)!,
        title: pr.title,
        description: pr.description,
        responsibleUnit: pr.responsibleUnit,
        responsiblePerson: pr.responsiblePerson,
        involvedParties: pr.involvedParties,
        plannedStart: pr.plannedStart,
        plannedEnd: pr.plannedEnd,
        maturity: pr.maturity,
        sortOrder: i,
      },
    })),
  );
  for (const pr of data.projects) {
    const parentId = pr.parentKey ? projectIds.get(pr.parentKey)! : null;
    tx.update(projects).set({ parentId }).where(eq(projects.id, projectIds.get(pr.key)!)).run();
  }
  const allProjectIds = [...projectIds.values()];

  // Links and keyless children of projects are replaced as a whole.
  if (allProjectIds.length > 0) {
    tx.delete(projectDependencies).where(inArray(projectDependencies.successorId, allProjectIds)).run();
  }
  for (const pr of data.projects) {
    for (const dep of pr.dependsOn) {
      tx.insert(projectDependencies)
        .values({ organisationId, predecessorId: projectIds.get(dep)!, successorId: projectIds.get(pr.key)! })
        .run();
    }
  }
  count('dependencies').created += data.projects.reduce((n, pr) => n + pr.dependsOn.length, 0);

  const phaseRows = allProjectIds.length
    ? tx.select().from(projectPhases).where(inArray(projectPhases.projectId, allProjectIds)).all()
    : [];
  const phaseSignature = (r: { projectId: number; name: string; startDate: string; endDate: string }) =>
    `${r.projectId}|${r.name}|${r.startDate}|${r.endDate}`;
  const nextPhases = data.phases.map((ph, i) => ({
    organisationId,
    projectId: projectIds.get(ph.projectKey)!,
    name: ph.name,
    startDate: ph.start,
    endDate: ph.end,
    sortOrder: i,
  }));
  const before = new Set(phaseRows.map(phaseSignature));
  const after = new Set(nextPhases.map(phaseSignature));
  if (before.size !== after.size || [...after].some((s) => !before.has(s))) {
    if (allProjectIds.length) tx.delete(projectPhases).where(inArray(projectPhases.projectId, allProjectIds)).run();
    for (const ph of nextPhases) tx.insert(projectPhases).values(ph).run();
    count('phases').deleted += phaseRows.length;
    count('phases').created += nextPhases.length;
  } else count('phases').unchanged += nextPhases.length;

  // Milestones are keyed per project.
  const existingMilestones = allProjectIds.length
    ? tx.select().from(milestones).where(inArray(milestones.projectId, allProjectIds)).all()
    : [];
  const milestoneByKey = new Map(existingMilestones.map((m) => [`${m.projectId}|${m.key}`, m]));
  const keptMilestones = new Set<number>();
  for (const m of data.milestones) {
    const projectId = projectIds.get(m.projectKey)!;
    const values = {
      title: m.title,
      plannedDate: m.plannedDate,
      baselineDate: m.baselineDate,
      forecastDate: m.forecastDate,
      actualDate: m.actualDate,
      phase: m.phase,
    };
    const current = milestoneByKey.get(`${projectId}|${m.key}`);
    if (current) {
      keptMilestones.add(current.id);
      if (sameValues(current, values)) count('milestones').unchanged++;
      else {
        tx.update(milestones)
          .set({ ...values, version: current.version + 1, updatedAt: new Date() })
          .where(eq(milestones.id, current.id))
          .run();
        count('milestones').updated++;
      }
    } else {
      tx.insert(milestones).values({ organisationId, projectId, key: m.key, ...values }).run();
      count('milestones').created++;
    }
  }
  const staleMilestones = existingMilestones.filter((m) => !keptMilestones.has(m.id)).map((m) => m.id);
  if (staleMilestones.length) {
    tx.delete(milestones).where(inArray(milestones.id, staleMilestones)).run();
    count('milestones').deleted += staleMilestones.length;
  }

  // Goals: impact → output → measure, parents set in a second pass.
  const goalIds = syncKeyed(
    'goals',
    goals,
    data.goals.map((g, i) => ({ key: g.key, values: { kind: g.kind, text: g.text, dueDate: g.dueDate, sortOrder: i } })),
  );
  for (const g of data.goals) {
    tx.update(goals)
      .set({ parentId: g.parentKey ? goalIds.get(g.parentKey)! : null })
      .where(eq(goals.id, goalIds.get(g.key)!))
      .run();
  }
  if (allProjectIds.length) tx.delete(projectGoals).where(inArray(projectGoals.projectId, allProjectIds)).run();
  for (const pr of data.projects) {
    for (const goalKey of pr.goalKeys) {
      tx.insert(projectGoals)
        .values({ organisationId, projectId: projectIds.get(pr.key)!, goalId: goalIds.get(goalKey)! })
        .run();
    }
  }

  const kpiIds = syncKeyed(
    'kpis',
    kpis,
    data.kpis.map((k, i) => ({
      key: k.key,
      values: { title: k.title, unit: k.unit, goalId: k.goalKey ? goalIds.get(k.goalKey)! : null, sortOrder: i },
    })),
  );
  const allKpiIds = [...kpiIds.values()];
  const existingValues = allKpiIds.length
    ? tx.select().from(kpiValues).where(inArray(kpiValues.kpiId, allKpiIds)).all()
    : [];
  const valueByKey = new Map(existingValues.map((v) => [`${v.kpiId}|${v.year}`, v]));
  const keptValues = new Set<number>();
  for (const v of data.kpiValues) {
    const kpiId = kpiIds.get(v.kpiKey)!;
    const current = valueByKey.get(`${kpiId}|${v.year}`);
    if (current) {
      keptValues.add(current.id);
      if (current.plan === v.plan && current.actual === v.actual) count('kpiValues').unchanged++;
      else {
        tx.update(kpiValues)
          .set({ plan: v.plan, actual: v.actual, version: current.version + 1 })
          .where(eq(kpiValues.id, current.id))
          .run();
        count('kpiValues').updated++;
      }
    } else {
      tx.insert(kpiValues).values({ organisationId, kpiId, year: v.year, plan: v.plan, actual: v.actual }).run();
      count('kpiValues').created++;
    }
  }
  const staleValues = existingValues.filter((v) => !keptValues.has(v.id)).map((v) => v.id);
  if (staleValues.length) {
    tx.delete(kpiValues).where(inArray(kpiValues.id, staleValues)).run();
    count('kpiValues').deleted += staleValues.length;
  }

  const obligationIds = syncKeyed(
    'obligations',
    legalObligations,
    data.obligations.map((o) => ({
      key: o.key,
      values: {
        law: o.law,
        paragraph: o.paragraph,
        title: o.title,
        description: o.description,
        deadline: o.deadline,
        bindingness: o.bindingness,
      },
    })),
  );
  const allObligationIds = [...obligationIds.values()];
  if (allObligationIds.length) {
    tx.delete(obligationProjects).where(inArray(obligationProjects.obligationId, allObligationIds)).run();
  }
  for (const o of data.obligations) {
    for (const projectKey of o.projectKeys) {
      tx.insert(obligationProjects)
        .values({ organisationId, obligationId: obligationIds.get(o.key)!, projectId: projectIds.get(projectKey)! })
        .run();
    }
  }

  // Budget lines have no business key: replaced as a whole when anything differs.
  const existingBudget = tx.select().from(budgetLines).where(eq(budgetLines.programmeId, programmeId)).all();
  const nextBudget = data.budgetLines.map((b) => ({
    ...scope,
    projectId: b.projectKey ? projectIds.get(b.projectKey)! : null,
    year: b.year,
    kind: b.kind,
    fundingSource: b.fundingSource,
    description: b.description,
    plan: b.plan,
    actual: b.actual,
    positions: b.positions,
  }));
  const budgetSignature = (b: (typeof nextBudget)[number]) =>
    JSON.stringify([b.projectId, b.year, b.kind, b.fundingSource, b.description, b.plan, b.actual, b.positions]);
  const oldBudget = existingBudget.map((b) => budgetSignature({ ...b, ...scope }));
  const newBudget = nextBudget.map(budgetSignature);
  if (oldBudget.length !== newBudget.length || oldBudget.some((s, i) => s !== newBudget[i])) {
    tx.delete(budgetLines).where(eq(budgetLines.programmeId, programmeId)).run();
    for (const b of nextBudget) tx.insert(budgetLines).values(b).run();
    count('budgetLines').deleted += existingBudget.length;
    count('budgetLines').created += nextBudget.length;
  } else count('budgetLines').unchanged += nextBudget.length;

  // Decisions: committees are data, created on first mention.
  const committeeIds = new Map(
    tx
      .select()
      .from(committees)
      .where(eq(committees.organisationId, organisationId))
      .all()
      .map((c) => [c.name, c.id]),
  );
  for (const d of data.decisions) {
    if (!committeeIds.has(d.committee)) {
      const inserted = tx.insert(committees).values({ organisationId, name: d.committee }).returning().get();
      committeeIds.set(d.committee, inserted.id);
      count('committees').created++;
    }
  }
  const decisionIds = syncKeyed(
    'decisions',
    decisions,
    data.decisions.map((d) => ({
      key: d.key,
      values: { committeeId: committeeIds.get(d.committee)!, date: d.date, subject: d.subject, outcome: d.outcome },
    })),
  );
  const allDecisionIds = [...decisionIds.values()];
  if (allDecisionIds.length) tx.delete(decisionProjects).where(inArray(decisionProjects.decisionId, allDecisionIds)).run();
  for (const d of data.decisions) {
    for (const projectKey of d.projectKeys) {
      tx.insert(decisionProjects)
        .values({ organisationId, decisionId: decisionIds.get(d.key)!, projectId: projectIds.get(projectKey)! })
        .run();
    }
  }

  // Status updates are history: add what is new, never delete.
  const existingUpdates = allProjectIds.length
    ? tx.select().from(statusUpdates).where(inArray(statusUpdates.projectId, allProjectIds)).all()
    : [];
  const updateSignature = (u: { projectId: number; date: string; status: string; text: string; authorName: string }) =>
    JSON.stringify([u.projectId, u.date, u.status, u.text, u.authorName]);
  const knownUpdates = new Set(existingUpdates.map(updateSignature));
  for (const u of data.statusUpdates) {
    const row = {
      organisationId,
      projectId: projectIds.get(u.projectKey)!,
      date: u.date,
      status: u.status,
      text: u.text,
      authorName: u.author,
    };
    if (knownUpdates.has(updateSignature(row))) count('statusUpdates').unchanged++;
    else {
      tx.insert(statusUpdates).values(row).run();
      count('statusUpdates').created++;
    }
  }

  const summary: ImportSummary = { programmeId, created: !existingProgramme, counts };
  appendAudit(tx, actor, organisationId, {
    action: 'import',
    entity: 'programme',
    entityId: programmeId,
    summary: `Programm „${p.title}“ importiert`,
    after: counts,
  });
  return summary;
}

export function programmeIdByKey(db: Db, organisationId: number, key: string): number | null {
  return (
    db
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.key, key)))
      .get()?.id ?? null
  );
}
