import { and, asc, eq, inArray } from 'drizzle-orm';
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
import { SHEETS, type SheetSource } from '../exchange/columns';
import type { Actor } from './actor';
import { appendAudit, type Tx } from './audit';

/** The kinds of rows an import reports on, in the order of the workbook's sheets. */
export const IMPORT_KINDS = [
  'programme',
  'fieldsOfAction',
  'projects',
  'phases',
  'milestones',
  'goals',
  'kpis',
  'kpiValues',
  'obligations',
  'budgetLines',
  'decisions',
  'statusUpdates',
  'committees',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** German names of the kinds: the workbook's sheet names, and the committees created on the way. */
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  ...(Object.fromEntries(SHEETS.map((sheet) => [sheet.source, sheet.name])) as Record<SheetSource, string>),
  committees: 'Gremien',
};

export interface ImportCounter {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** What an import did (or, in preview, would do) per kind of row. */
export interface ImportSummary {
  programmeId: number;
  programmeKey: string;
  programmeTitle: string;
  /** The programme itself was created by this import. */
  created: boolean;
  counts: Record<ImportKind, ImportCounter>;
}

function emptyCounts(): Record<ImportKind, ImportCounter> {
  return Object.fromEntries(
    IMPORT_KINDS.map((kind) => [kind, { created: 0, updated: 0, deleted: 0, unchanged: 0 }]),
  ) as Record<ImportKind, ImportCounter>;
}

function sameValues(existing: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).every((k) => (existing[k] ?? null) === (next[k] ?? null));
}

/** Key lists are sets: the order in the file carries no meaning, a repeated key no extra one. */
function keySet(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

function sameKeySet(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const left = keySet(a ?? []);
  const right = keySet(b);
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

function groupKeys<T>(rows: readonly T[], owner: (row: T) => number, key: (row: T) => string | undefined) {
  const map = new Map<number, string[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== undefined) map.set(owner(row), [...(map.get(owner(row)) ?? []), k]);
  }
  return map;
}

/**
 * Rows without a business key (phases, budget lines, status updates) are compared as a
 * multiset of their content: a row of the file that equals an existing row is unchanged, the
 * rest are created or deleted.
 */
function matchMultiset(before: readonly string[], after: readonly string[]) {
  const pool = new Map<string, number>();
  for (const signature of before) pool.set(signature, (pool.get(signature) ?? 0) + 1);
  let matched = 0;
  const unmatched: number[] = [];
  after.forEach((signature, index) => {
    const left = pool.get(signature) ?? 0;
    if (left > 0) {
      pool.set(signature, left - 1);
      matched++;
    } else unmatched.push(index);
  });
  return { matched, unmatchedAfter: unmatched, deleted: before.length - matched };
}

const sameSequence = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

type KeyedTable = typeof fieldsOfAction | typeof projects | typeof goals | typeof kpis | typeof legalObligations | typeof decisions;
type KeyedRow = { id: number; key: string; version: number } & Record<string, unknown>;

/**
 * Synchronises one programme of an organisation with an exchange document, keyed by business
 * keys: rows in the file are created or updated, rows of the programme missing from the file are
 * deleted (status updates, being history, are only ever added). A row counts as updated when
 * one of its values or one of its links (parent, dependencies, goals, projects) changed.
 *
 * Deletions run last, after every kept row has been moved to its new parent, field of action or
 * goal: the database cascades a deleted parent to its children, and a kept child must not go
 * with it.
 *
 * Runs inside the caller's transaction; the caller validates the document first
 * (ZProgrammeExchange + checkReferences), so every key referenced here exists in the file.
 */
export function applyProgrammeExchange(
  tx: Tx,
  organisationId: number,
  data: TProgrammeExchange,
  actor: Actor,
): ImportSummary {
  const counts = emptyCounts();

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
    if (sameValues(existingProgramme, programmeValues)) counts.programme.unchanged++;
    else {
      tx.update(programmes)
        .set({ ...programmeValues, version: existingProgramme.version + 1, updatedAt: new Date() })
        .where(eq(programmes.id, programmeId))
        .run();
      counts.programme.updated++;
    }
  } else {
    programmeId = tx
      .insert(programmes)
      .values({ organisationId, key: p.key, ...programmeValues })
      .returning({ id: programmes.id })
      .get().id;
    counts.programme.created++;
  }
  const scope = { organisationId, programmeId };

  const existingOf = (table: KeyedTable) =>
    tx.select().from(table).where(eq(table.programmeId, programmeId)).all() as unknown as KeyedRow[];

  /**
   * Creates and updates the rows of one keyed table; returns the id of every key in the file and
   * the ids of the existing rows the file no longer holds (deleted at the end).
   */
  function upsertKeyed(
    kind: ImportKind,
    table: KeyedTable,
    existing: readonly KeyedRow[],
    rows: readonly { key: string; values: Record<string, unknown>; linksChanged?: (current: KeyedRow) => boolean }[],
    options: { touchUpdatedAt?: boolean } = {},
  ): { ids: Map<string, number>; stale: number[] } {
    const byKey = new Map(existing.map((r) => [r.key, r]));
    const ids = new Map<string, number>();
    for (const row of rows) {
      const current = byKey.get(row.key);
      if (current) {
        ids.set(row.key, current.id);
        // Links are compared first and always: the caller learns which rows need their links rewritten.
        const linksChanged = row.linksChanged?.(current) ?? false;
        if (sameValues(current, row.values) && !linksChanged) counts[kind].unchanged++;
        else {
          tx.update(table)
            .set({
              ...row.values,
              version: current.version + 1,
              ...(options.touchUpdatedAt ? { updatedAt: new Date() } : {}),
            } as never)
            .where(eq(table.id, current.id))
            .run();
          counts[kind].updated++;
        }
      } else {
        const inserted = tx
          .insert(table)
          .values({ ...scope, key: row.key, ...row.values } as never)
          .returning({ id: table.id })
          .get() as { id: number };
        ids.set(row.key, inserted.id);
        counts[kind].created++;
      }
    }
    const keep = new Set(rows.map((r) => r.key));
    const stale = existing.filter((r) => !keep.has(r.key)).map((r) => r.id);
    counts[kind].deleted += stale.length;
    return { ids, stale };
  }

  // Fields of action
  const fields = upsertKeyed(
    'fieldsOfAction',
    fieldsOfAction,
    existingOf(fieldsOfAction),
    data.fieldsOfAction.map((f, i) => ({ key: f.key, values: { title: f.title, description: f.description, sortOrder: i } })),
  );

  // Projects: values first, parents in a second pass (a parent may come later in the file).
  const existingProjects = existingOf(projects);
  const existingProjectIds = existingProjects.map((r) => r.id);
  const projectKeyById = new Map(existingProjects.map((r) => [r.id, r.key]));
  const inExistingProjects = <T>(load: (ids: number[]) => T[]): T[] =>
    existingProjectIds.length ? load(existingProjectIds) : [];
  const existingDependencies = inExistingProjects((ids) =>
    tx.select().from(projectDependencies).where(inArray(projectDependencies.successorId, ids)).all(),
  );
  const dependenciesOf = groupKeys(existingDependencies, (d) => d.successorId, (d) => projectKeyById.get(d.predecessorId));
  const existingGoals = existingOf(goals);
  const goalKeyById = new Map(existingGoals.map((g) => [g.id, g.key]));
  const existingProjectGoals = inExistingProjects((ids) =>
    tx.select().from(projectGoals).where(inArray(projectGoals.projectId, ids)).all(),
  );
  const goalsOfProject = groupKeys(existingProjectGoals, (l) => l.projectId, (l) => goalKeyById.get(l.goalId));
  const parentKeyOf = (row: KeyedRow, keyById: Map<number, string>) =>
    typeof row.parentId === 'number' ? (keyById.get(row.parentId) ?? null) : null;

  const linkChangedProjects = new Set<string>();
  const projectSync = upsertKeyed(
    'projects',
    projects,
    existingProjects,
    data.projects.map((pr, i) => ({
      key: pr.key,
      values: {
        code: pr.code,
        fieldOfActionId: fields.ids.get(pr.fieldOfActionKey)!,
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
      linksChanged: (current) => {
        const links = !sameKeySet(dependenciesOf.get(current.id), pr.dependsOn) || !sameKeySet(goalsOfProject.get(current.id), pr.goalKeys);
        if (links) linkChangedProjects.add(pr.key);
        return links || parentKeyOf(current, projectKeyById) !== pr.parentKey;
      },
    })),
    { touchUpdatedAt: true },
  );
  const projectIds = projectSync.ids;
  const existingProjectByKey = new Map(existingProjects.map((r) => [r.key, r]));
  for (const pr of data.projects) {
    const parentId = pr.parentKey ? projectIds.get(pr.parentKey)! : null;
    const current = existingProjectByKey.get(pr.key);
    if ((current?.parentId ?? null) !== parentId) {
      tx.update(projects).set({ parentId }).where(eq(projects.id, projectIds.get(pr.key)!)).run();
    }
  }
  const isNewProject = (key: string) => !existingProjectByKey.has(key);

  // Goals: an impact goal has no parent (a database check), so a goal that becomes one drops
  // its parent in the first pass already.
  const goalSync = upsertKeyed(
    'goals',
    goals,
    existingGoals,
    data.goals.map((g, i) => ({
      key: g.key,
      values: { kind: g.kind, text: g.text, dueDate: g.dueDate, sortOrder: i, ...(g.kind === 'impact' ? { parentId: null } : {}) },
      linksChanged: (current) => parentKeyOf(current, goalKeyById) !== g.parentKey,
    })),
  );
  const goalIds = goalSync.ids;
  const existingGoalByKey = new Map(existingGoals.map((g) => [g.key, g]));
  for (const g of data.goals) {
    const parentId = g.parentKey ? goalIds.get(g.parentKey)! : null;
    const current = existingGoalByKey.get(g.key);
    if ((current?.parentId ?? null) !== parentId) {
      tx.update(goals).set({ parentId }).where(eq(goals.id, goalIds.get(g.key)!)).run();
    }
  }

  // Links of projects, rewritten only for projects whose links changed.
  for (const pr of data.projects) {
    if (!isNewProject(pr.key) && !linkChangedProjects.has(pr.key)) continue;
    const projectId = projectIds.get(pr.key)!;
    tx.delete(projectDependencies).where(eq(projectDependencies.successorId, projectId)).run();
    tx.delete(projectGoals).where(eq(projectGoals.projectId, projectId)).run();
    for (const dependency of keySet(pr.dependsOn)) {
      tx.insert(projectDependencies)
        .values({ organisationId, predecessorId: projectIds.get(dependency)!, successorId: projectId })
        .run();
    }
    for (const goalKey of keySet(pr.goalKeys)) {
      tx.insert(projectGoals).values({ organisationId, projectId, goalId: goalIds.get(goalKey)! }).run();
    }
  }

  const syncUnkeyedList = (kind: 'phases' | 'budgetLines', before: readonly string[], after: readonly string[], rewrite: () => void) => {
    if (sameSequence(before, after)) {
      counts[kind].unchanged += after.length;
      return;
    }
    const match = matchMultiset(before, after);
    rewrite();
    // Same rows in another order: they were rewritten, so they count as updated.
    if (match.unmatchedAfter.length === 0 && match.deleted === 0) counts[kind].updated += after.length;
    else {
      counts[kind].unchanged += match.matched;
      counts[kind].created += match.unmatchedAfter.length;
      counts[kind].deleted += match.deleted;
    }
  };

  // Phases have no key: the programme's list is rewritten when it differs in content or order.
  const programmeProjectIds = [...new Set([...existingProjectIds, ...projectIds.values()])];
  const existingPhases = tx
    .select()
    .from(projectPhases)
    .where(inArray(projectPhases.projectId, programmeProjectIds.length ? programmeProjectIds : [-1]))
    .orderBy(asc(projectPhases.sortOrder), asc(projectPhases.id))
    .all();
  const nextPhases = data.phases.map((ph, i) => ({
    organisationId,
    projectId: projectIds.get(ph.projectKey)!,
    name: ph.name,
    startDate: ph.start,
    endDate: ph.end,
    sortOrder: i,
  }));
  const phaseSignature = (r: { projectId: number; name: string; startDate: string; endDate: string }) =>
    JSON.stringify([r.projectId, r.name, r.startDate, r.endDate]);
  syncUnkeyedList(
    'phases',
    existingPhases.map(phaseSignature),
    nextPhases.map(phaseSignature),
    () => {
      if (existingPhases.length) tx.delete(projectPhases).where(inArray(projectPhases.id, existingPhases.map((r) => r.id))).run();
      for (const ph of nextPhases) tx.insert(projectPhases).values(ph).run();
    },
  );

  // Milestones are keyed per project.
  const existingMilestones = tx
    .select()
    .from(milestones)
    .where(inArray(milestones.projectId, programmeProjectIds.length ? programmeProjectIds : [-1]))
    .all();
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
      if (sameValues(current, values)) counts.milestones.unchanged++;
      else {
        tx.update(milestones)
          .set({ ...values, version: current.version + 1, updatedAt: new Date() })
          .where(eq(milestones.id, current.id))
          .run();
        counts.milestones.updated++;
      }
    } else {
      tx.insert(milestones).values({ organisationId, projectId, key: m.key, ...values }).run();
      counts.milestones.created++;
    }
  }
  const staleMilestones = existingMilestones.filter((m) => !keptMilestones.has(m.id)).map((m) => m.id);
  if (staleMilestones.length) {
    tx.delete(milestones).where(inArray(milestones.id, staleMilestones)).run();
    counts.milestones.deleted += staleMilestones.length;
  }

  // KPIs and their yearly values.
  const kpiSync = upsertKeyed(
    'kpis',
    kpis,
    existingOf(kpis),
    data.kpis.map((k, i) => ({
      key: k.key,
      values: { title: k.title, unit: k.unit, goalId: k.goalKey ? goalIds.get(k.goalKey)! : null, sortOrder: i },
    })),
  );
  const kpiIds = kpiSync.ids;
  const programmeKpiIds = [...new Set([...kpiIds.values(), ...kpiSync.stale])];
  const existingValues = programmeKpiIds.length
    ? tx.select().from(kpiValues).where(inArray(kpiValues.kpiId, programmeKpiIds)).all()
    : [];
  const valueByKey = new Map(existingValues.map((v) => [`${v.kpiId}|${v.year}`, v]));
  const keptValues = new Set<number>();
  for (const v of data.kpiValues) {
    const kpiId = kpiIds.get(v.kpiKey)!;
    const current = valueByKey.get(`${kpiId}|${v.year}`);
    if (current) {
      keptValues.add(current.id);
      if (current.plan === v.plan && current.actual === v.actual) counts.kpiValues.unchanged++;
      else {
        tx.update(kpiValues)
          .set({ plan: v.plan, actual: v.actual, version: current.version + 1 })
          .where(eq(kpiValues.id, current.id))
          .run();
        counts.kpiValues.updated++;
      }
    } else {
      tx.insert(kpiValues).values({ organisationId, kpiId, year: v.year, plan: v.plan, actual: v.actual }).run();
      counts.kpiValues.created++;
    }
  }
  const staleValues = existingValues.filter((v) => !keptValues.has(v.id)).map((v) => v.id);
  if (staleValues.length) {
    tx.delete(kpiValues).where(inArray(kpiValues.id, staleValues)).run();
    counts.kpiValues.deleted += staleValues.length;
  }

  // Legal obligations and the projects fulfilling them.
  const existingObligations = existingOf(legalObligations);
  const existingObligationLinks = existingObligations.length
    ? tx
        .select()
        .from(obligationProjects)
        .where(inArray(obligationProjects.obligationId, existingObligations.map((o) => o.id)))
        .all()
    : [];
  const projectsOfObligation = groupKeys(existingObligationLinks, (l) => l.obligationId, (l) => projectKeyById.get(l.projectId));
  const changedObligationLinks = new Set<string>();
  const obligationSync = upsertKeyed(
    'obligations',
    legalObligations,
    existingObligations,
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
      linksChanged: (current) => {
        const changed = !sameKeySet(projectsOfObligation.get(current.id), o.projectKeys);
        if (changed) changedObligationLinks.add(o.key);
        return changed;
      },
    })),
  );
  const existingObligationKeys = new Set(existingObligations.map((o) => o.key));
  for (const o of data.obligations) {
    if (existingObligationKeys.has(o.key) && !changedObligationLinks.has(o.key)) continue;
    const obligationId = obligationSync.ids.get(o.key)!;
    tx.delete(obligationProjects).where(eq(obligationProjects.obligationId, obligationId)).run();
    for (const projectKey of keySet(o.projectKeys)) {
      tx.insert(obligationProjects).values({ organisationId, obligationId, projectId: projectIds.get(projectKey)! }).run();
    }
  }

  // Budget lines have no business key: the list is rewritten when it differs in content or order.
  const existingBudget = tx
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.programmeId, programmeId))
    .orderBy(asc(budgetLines.id))
    .all();
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
  const budgetSignature = (b: Omit<(typeof nextBudget)[number], 'organisationId' | 'programmeId'>) =>
    JSON.stringify([b.projectId, b.year, b.kind, b.fundingSource, b.description, b.plan, b.actual, b.positions]);
  syncUnkeyedList('budgetLines', existingBudget.map(budgetSignature), nextBudget.map(budgetSignature), () => {
    tx.delete(budgetLines).where(eq(budgetLines.programmeId, programmeId)).run();
    for (const b of nextBudget) tx.insert(budgetLines).values(b).run();
  });

  // Decisions: committees are data of the organisation, created on first mention.
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
      counts.committees.created++;
    }
  }
  const existingDecisions = existingOf(decisions);
  const existingDecisionLinks = existingDecisions.length
    ? tx
        .select()
        .from(decisionProjects)
        .where(inArray(decisionProjects.decisionId, existingDecisions.map((d) => d.id)))
        .all()
    : [];
  const projectsOfDecision = groupKeys(existingDecisionLinks, (l) => l.decisionId, (l) => projectKeyById.get(l.projectId));
  const changedDecisionLinks = new Set<string>();
  const decisionSync = upsertKeyed(
    'decisions',
    decisions,
    existingDecisions,
    data.decisions.map((d) => ({
      key: d.key,
      values: { committeeId: committeeIds.get(d.committee)!, date: d.date, subject: d.subject, outcome: d.outcome },
      linksChanged: (current) => {
        const changed = !sameKeySet(projectsOfDecision.get(current.id), d.projectKeys);
        if (changed) changedDecisionLinks.add(d.key);
        return changed;
      },
    })),
  );
  const existingDecisionKeys = new Set(existingDecisions.map((d) => d.key));
  for (const d of data.decisions) {
    if (existingDecisionKeys.has(d.key) && !changedDecisionLinks.has(d.key)) continue;
    const decisionId = decisionSync.ids.get(d.key)!;
    tx.delete(decisionProjects).where(eq(decisionProjects.decisionId, decisionId)).run();
    for (const projectKey of keySet(d.projectKeys)) {
      tx.insert(decisionProjects).values({ organisationId, decisionId, projectId: projectIds.get(projectKey)! }).run();
    }
  }

  // Status updates are history: what is new is added, nothing is deleted (except with a
  // project that the file no longer holds).
  const existingUpdates = tx
    .select()
    .from(statusUpdates)
    .where(inArray(statusUpdates.projectId, programmeProjectIds.length ? programmeProjectIds : [-1]))
    .all();
  const staleProjects = new Set(projectSync.stale);
  const updateSignature = (u: { projectId: number; date: string; status: string; text: string; authorName: string }) =>
    JSON.stringify([u.projectId, u.date, u.status, u.text, u.authorName]);
  const nextUpdates = data.statusUpdates.map((u) => ({
    organisationId,
    projectId: projectIds.get(u.projectKey)!,
    date: u.date,
    status: u.status,
    text: u.text,
    authorName: u.author,
  }));
  const updateMatch = matchMultiset(
    existingUpdates.filter((u) => !staleProjects.has(u.projectId)).map(updateSignature),
    nextUpdates.map(updateSignature),
  );
  counts.statusUpdates.unchanged += updateMatch.matched;
  for (const index of updateMatch.unmatchedAfter) {
    tx.insert(statusUpdates).values(nextUpdates[index]!).run();
    counts.statusUpdates.created++;
  }
  counts.statusUpdates.deleted += existingUpdates.filter((u) => staleProjects.has(u.projectId)).length;

  // Deletions last, children before parents (see above).
  const deleteStale = (table: KeyedTable, ids: readonly number[]) => {
    if (ids.length) tx.delete(table).where(inArray(table.id, [...ids])).run();
  };
  deleteStale(decisions, decisionSync.stale);
  deleteStale(legalObligations, obligationSync.stale);
  deleteStale(kpis, kpiSync.stale);
  deleteStale(goals, goalSync.stale);
  deleteStale(projects, projectSync.stale);
  deleteStale(fieldsOfAction, fields.stale);

  const summary: ImportSummary = {
    programmeId,
    programmeKey: p.key,
    programmeTitle: p.title,
    created: !existingProgramme,
    counts,
  };
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
