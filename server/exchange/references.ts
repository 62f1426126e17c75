import { z } from 'zod';
import { formatDate } from '../../shared/dates/format';
import { ZIsoDate, ZKey, ZYear } from '../../shared/schemas/common';
import { GOAL_KIND_LABELS, ZGoalKind } from '../../shared/schemas/domain';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { locateInWorkbook } from './columns';
import type { ImportIssue, PathProblem } from './issues';

/**
 * Checks between rows that the schema of one row cannot see: unique keys, references by key,
 * cycles, date order and the W → L → M goal hierarchy.
 *
 * They run on a lenient view of the document, in which every unreadable value is simply absent,
 * so that an import reports reference problems together with the schema problems in one pass.
 */

const key = ZKey.nullable().catch(null);
const date = ZIsoDate.nullable().catch(null);
const keyList = z
  .array(z.unknown())
  .catch([])
  .transform((items) => items.map((item) => key.parse(item)));

const asObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
const rows = <T extends z.ZodObject>(row: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.map((item) => row.parse(asObject(item)) as z.output<T>));

const ZReferenceView = z.preprocess(
  asObject,
  z.object({
    fieldsOfAction: rows(z.object({ key })),
    projects: rows(
      z.object({
        key,
        parentKey: key,
        fieldOfActionKey: key,
        plannedStart: date,
        plannedEnd: date,
        dependsOn: keyList,
        goalKeys: keyList,
      }),
    ),
    phases: rows(z.object({ projectKey: key, start: date, end: date })),
    milestones: rows(z.object({ key, projectKey: key })),
    goals: rows(z.object({ key, kind: ZGoalKind.nullable().catch(null), parentKey: key })),
    kpis: rows(z.object({ key, goalKey: key })),
    kpiValues: rows(z.object({ kpiKey: key, year: ZYear.nullable().catch(null) })),
    obligations: rows(z.object({ key, projectKeys: keyList })),
    budgetLines: rows(z.object({ projectKey: key })),
    decisions: rows(z.object({ key, projectKeys: keyList })),
    statusUpdates: rows(z.object({ projectKey: key })),
  }),
);

/** The fields the checks read; a parsed exchange document is one. */
export type ReferenceView = z.output<typeof ZReferenceView>;

/** Reads whatever is usable from a document that may not pass the schema. */
export function toReferenceView(raw: unknown): ReferenceView {
  return ZReferenceView.parse(raw);
}

/** All problems of a parsed document, located in the XLSX layout (row = index + 2). */
export function checkReferences(data: TProgrammeExchange): ImportIssue[] {
  return findReferenceProblems(data).map((problem) => ({
    ...locateInWorkbook(problem.path),
    message: problem.message,
  }));
}

type KeyedKind = 'fieldsOfAction' | 'projects' | 'milestones' | 'goals' | 'kpis' | 'obligations' | 'decisions';
const KEYED_KINDS: readonly KeyedKind[] = [
  'fieldsOfAction',
  'projects',
  'milestones',
  'goals',
  'kpis',
  'obligations',
  'decisions',
];

const unknownProject = (k: string) => `Unbekanntes Projekt „${k}“.`;
const unknownGoal = (k: string) => `Unbekanntes Ziel „${k}“.`;

export function findReferenceProblems(view: ReferenceView): PathProblem[] {
  const problems: PathProblem[] = [];
  const report = (path: PropertyKey[], message: string) => problems.push({ path, message });

  for (const kind of KEYED_KINDS) {
    const seen = new Set<string>();
    view[kind].forEach((row, index) => {
      if (row.key === null) return;
      if (seen.has(row.key)) report([kind, index, 'key'], `Der Schlüssel „${row.key}“ kommt mehrfach vor.`);
      seen.add(row.key);
    });
  }

  const keysOf = (kind: KeyedKind) => new Set(view[kind].flatMap((row) => (row.key === null ? [] : [row.key])));
  const fieldKeys = keysOf('fieldsOfAction');
  const projectKeys = keysOf('projects');
  const goalKeys = keysOf('goals');
  const kpiKeys = keysOf('kpis');

  const checkKey = (path: PropertyKey[], value: string | null, known: Set<string>, message: (k: string) => string) => {
    if (value !== null && !known.has(value)) report(path, message(value));
  };
  const checkKeyList = (
    path: PropertyKey[],
    values: readonly (string | null)[],
    known: Set<string>,
    message: (k: string) => string,
  ) => values.forEach((value, index) => checkKey([...path, index], value, known, message));

  view.projects.forEach((project, i) => {
    checkKey(['projects', i, 'parentKey'], project.parentKey, projectKeys, (k) => `Unbekanntes übergeordnetes Projekt „${k}“.`);
    checkKey(['projects', i, 'fieldOfActionKey'], project.fieldOfActionKey, fieldKeys, (k) => `Unbekanntes Handlungsfeld „${k}“.`);
    checkKeyList(['projects', i, 'dependsOn'], project.dependsOn, projectKeys, unknownProject);
    checkKeyList(['projects', i, 'goalKeys'], project.goalKeys, goalKeys, unknownGoal);
    project.dependsOn.forEach((dependency, j) => {
      if (dependency !== null && dependency === project.key) {
        report(['projects', i, 'dependsOn', j], 'Ein Projekt kann nicht von sich selbst abhängen.');
      }
    });
    if (project.plannedStart && project.plannedEnd && project.plannedEnd < project.plannedStart) {
      report(
        ['projects', i, 'plannedEnd'],
        `Das geplante Ende (${formatDate(project.plannedEnd)}) liegt vor dem geplanten Beginn (${formatDate(project.plannedStart)}).`,
      );
    }
  });
  view.phases.forEach((phase, i) => {
    checkKey(['phases', i, 'projectKey'], phase.projectKey, projectKeys, unknownProject);
    if (phase.start && phase.end && phase.end < phase.start) {
      report(['phases', i, 'end'], `Das Ende (${formatDate(phase.end)}) liegt vor dem Beginn (${formatDate(phase.start)}).`);
    }
  });
  view.milestones.forEach((milestone, i) =>
    checkKey(['milestones', i, 'projectKey'], milestone.projectKey, projectKeys, unknownProject),
  );
  view.goals.forEach((goal, i) => checkKey(['goals', i, 'parentKey'], goal.parentKey, goalKeys, unknownGoal));
  view.kpis.forEach((kpi, i) => checkKey(['kpis', i, 'goalKey'], kpi.goalKey, goalKeys, unknownGoal));
  view.kpiValues.forEach((value, i) =>
    checkKey(['kpiValues', i, 'kpiKey'], value.kpiKey, kpiKeys, (k) => `Unbekannte Kennzahl „${k}“.`),
  );
  view.obligations.forEach((obligation, i) =>
    checkKeyList(['obligations', i, 'projectKeys'], obligation.projectKeys, projectKeys, unknownProject),
  );
  view.budgetLines.forEach((line, i) => checkKey(['budgetLines', i, 'projectKey'], line.projectKey, projectKeys, unknownProject));
  view.decisions.forEach((decision, i) =>
    checkKeyList(['decisions', i, 'projectKeys'], decision.projectKeys, projectKeys, unknownProject),
  );
  view.statusUpdates.forEach((update, i) =>
    checkKey(['statusUpdates', i, 'projectKey'], update.projectKey, projectKeys, unknownProject),
  );

  findDuplicateKpiYears(view, report);
  findHierarchyCycles(view, report);
  findDependencyCycles(view, report);
  findGoalHierarchyProblems(view, report);
  return problems;
}

type Report = (path: PropertyKey[], message: string) => void;

function findDuplicateKpiYears(view: ReferenceView, report: Report) {
  const seen = new Set<string>();
  view.kpiValues.forEach((value, i) => {
    if (value.kpiKey === null || value.year === null) return;
    const id = `${value.kpiKey}\u0000${value.year}`;
    if (seen.has(id)) {
      report(['kpiValues', i, 'year'], `Für die Kennzahl „${value.kpiKey}“ ist das Jahr ${value.year} mehrfach angegeben.`);
    }
    seen.add(id);
  });
}

/** First row of each key: duplicates are reported on their own and do not change the graph. */
function firstIndexByKey(items: readonly { key: string | null }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.key !== null && !index.has(item.key)) index.set(item.key, i);
  });
  return index;
}

/**
 * Walks up the parent chains once (linear in the number of projects): a chain that comes back to
 * a project of the same walk has found a cycle, reported on each of its members.
 */
function findHierarchyCycles(view: ReferenceView, report: Report) {
  const indexByKey = firstIndexByKey(view.projects);
  const parentOf = (k: string) => {
    const parent = view.projects[indexByKey.get(k)!]?.parentKey ?? null;
    return parent !== null && indexByKey.has(parent) ? parent : null;
  };
  const finished = new Set<string>();
  for (const start of indexByKey.keys()) {
    const walk: string[] = [];
    const positionInWalk = new Map<string, number>();
    let current: string | null = start;
    while (current !== null && !finished.has(current) && !positionInWalk.has(current)) {
      positionInWalk.set(current, walk.length);
      walk.push(current);
      current = parentOf(current);
    }
    if (current !== null && positionInWalk.has(current)) {
      const cycle = walk.slice(positionInWalk.get(current));
      cycle.forEach((member, i) => {
        const chain = [...cycle.slice(i), ...cycle.slice(0, i), member];
        report(
          ['projects', indexByKey.get(member)!, 'parentKey'],
          cycle.length === 1
            ? 'Ein Projekt kann nicht sein eigenes übergeordnetes Projekt sein.'
            : `Die Projekthierarchie enthält einen Zyklus: ${chain.join(' → ')}.`,
        );
      });
    }
    walk.forEach((k) => finished.add(k));
  }
}

/** Strongly connected components of the dependency graph (Tarjan, iterative for deep chains). */
function findDependencyCycles(view: ReferenceView, report: Report) {
  const indexByKey = firstIndexByKey(view.projects);
  const keys = [...indexByKey.keys()];
  const successors = (k: string) =>
    (view.projects[indexByKey.get(k) ?? -1]?.dependsOn ?? []).filter(
      (d): d is string => d !== null && d !== k && indexByKey.has(d),
    );

  const order = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;

  for (const root of keys) {
    if (order.has(root)) continue;
    const work: { node: string; next: number; edges: string[] }[] = [];
    const enter = (node: string) => {
      order.set(node, counter);
      lowLink.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, edges: successors(node) });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next]!;
        frame.next += 1;
        if (!order.has(target)) enter(target);
        else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, order.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) !== order.get(frame.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length < 2) continue;
      const members = component.sort((a, b) => indexByKey.get(a)! - indexByKey.get(b)!);
      for (const k of members) {
        report(
          ['projects', indexByKey.get(k)!, 'dependsOn'],
          `Zyklische Abhängigkeit zwischen den Projekten ${members.join(', ')}.`,
        );
      }
    }
  }
}

function findGoalHierarchyProblems(view: ReferenceView, report: Report) {
  const indexByKey = firstIndexByKey(view.goals);
  view.goals.forEach((goal, i) => {
    if (goal.parentKey === null || goal.kind === null) return;
    const parentIndex = indexByKey.get(goal.parentKey);
    const parentKind = parentIndex === undefined ? null : (view.goals[parentIndex]?.kind ?? null);
    if (parentKind === null) return;
    const path = ['goals', i, 'parentKey'];
    const parentDescription = `„${goal.parentKey}“ ist ${article(parentKind)} ${GOAL_KIND_LABELS[parentKind]}.`;
    if (goal.kind === 'impact') {
      report(path, 'Ein Wirkungsziel steht an oberster Stelle und hat kein übergeordnetes Ziel.');
    } else if (goal.kind === 'output' && parentKind !== 'impact') {
      report(path, `Ein Leistungsziel muss einem Wirkungsziel untergeordnet sein; ${parentDescription}`);
    } else if (goal.kind === 'measure' && parentKind === 'measure') {
      report(path, `Eine Maßnahme muss einem Leistungs- oder Wirkungsziel untergeordnet sein; ${parentDescription}`);
    }
  });
}

function article(kind: z.output<typeof ZGoalKind>): string {
  return kind === 'measure' ? 'eine' : 'ein';
}
