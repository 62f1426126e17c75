import { STATUSES, type TMaturity, type TStatus } from '../domain/vocabulary';
import {
  type TimelineDependency,
  type TimelineGroup,
  type TimelineMilestone,
  type TimelineModel,
  type TimelinePhase,
  type TimelineProject,
  visitProjectDates,
} from './model';
import { addOpenBar, provideModelSummary, type ModelSummary } from './scene';

/**
 * The timeline as it travels from the server to the browser: columns of small numbers instead of
 * one object per project, phase and milestone. For 5,000 projects the object form is about 5 MB
 * of JSON, and parsing it held up the first render of the Zeitplan; this form is about a fifth of
 * that and decodes in a few milliseconds.
 *
 * - Dates are indices into `dates` (every date used, once, sorted); -1 is "no date".
 * - Phases and milestones are stored project after project; `phaseCount` and `milestoneCount`
 *   say how many belong to each project.
 * - Phase names (of phases and milestones) are indices into `names`; -1 is "no phase".
 * - The organisation's colour numbering of phases (model.phaseIndex) is a column beside `names`:
 *   `phaseIndex[i]` is the colour index of `names[i]`, -1 where the model gives none. It is left
 *   out when the model has no numbering; a reader that does not know it colours the phases in
 *   order of first use, as before, so adding it needed no new format name.
 * - A project's parent and the ends of a dependency are indices into the project columns. A
 *   parent or dependency end that is not among the projects is left out: the Gantt draws such a
 *   project top-level and such a dependency not at all, so the picture does not change.
 * - `version` carries what the reschedule dialog sends back: -1 for a project or milestone the
 *   viewer may not move (then `editable` is false).
 * - What is nearly always the same is sent only where it differs: `statusLabel` (an active
 *   manual status) and `href` (when not the project page, `projectHref`).
 *
 * encodeTimeline and decodeTimeline are inverse (see wire.test.ts); the server encodes in the
 * timeline procedures, the pages decode once per response.
 */

export const TIMELINE_WIRE_FORMAT = 'timeline-columns-1';

/** The project page, the default target of a row. */
export const projectHref = (projectId: string): string => `/projekte/${projectId}`;

/** Current versions of what the viewer may move, keyed like the model's ids. */
export interface TimelineVersions {
  projects: Record<string, number>;
  milestones: Record<string, number>;
}

export interface TimelineData {
  model: TimelineModel;
  versions: TimelineVersions;
}

export interface TimelineWire {
  format: typeof TIMELINE_WIRE_FORMAT;
  today: string;
  dates: string[];
  names: string[];
  /**
   * Group ids: first the model's groups (with their titles, in order), then ids that projects
   * name without the model listing them (the layout adds those itself).
   */
  groups: { id: string[]; title: string[] };
  deadlines: TimelineModel['deadlines'];
  projects: {
    id: string[];
    group: number[];
    parent: number[];
    code: (string | null)[];
    title: string[];
    /** Index into STATUSES; -1 is "no status". */
    status: number[];
    maturity: number[];
    plannedStart: number[];
    plannedEnd: number[];
    baselineStart: number[];
    baselineEnd: number[];
    phaseCount: number[];
    milestoneCount: number[];
    version: number[];
    /** Project index → text, only for projects that have one. */
    statusLabel: Record<number, string>;
    /** Project index → target, only where it is not projectHref(id). */
    href: Record<number, string | null>;
  };
  phases: { name: number[]; start: number[]; end: number[] };
  milestones: {
    id: string[];
    title: string[];
    plannedDate: number[];
    baselineDate: number[];
    forecastDate: number[];
    actualDate: number[];
    phase: number[];
    version: number[];
  };
  /** Project indices, two per dependency: from, to, from, to, … */
  dependencies: number[];
  /** Colour index of each of `names` (model.phaseIndex), -1 for none; absent when the model has none. */
  phaseIndex?: number[];
}

const NONE = -1;

/** Every date of the model, once, in ascending order. */
function collectDates(model: TimelineModel): string[] {
  const dates = new Set<string>();
  const add = (date: string | null) => {
    if (date) dates.add(date);
  };
  for (const project of model.rows) visitProjectDates(project, add);
  // ISO dates sort as strings.
  return [...dates].sort();
}

function indexer(values: readonly string[]): (value: string | null) => number {
  const index = new Map(values.map((value, position) => [value, position]));
  return (value) => (value === null ? NONE : (index.get(value) ?? NONE));
}

export function encodeTimeline({ model, versions }: TimelineData): TimelineWire {
  const dates = collectDates(model);
  const dateIndex = indexer(dates);
  const names: string[] = [];
  const nameIndexMap = new Map<string, number>();
  const nameIndex = (name: string | null): number => {
    if (name === null) return NONE;
    let index = nameIndexMap.get(name);
    if (index === undefined) {
      index = names.length;
      names.push(name);
      nameIndexMap.set(name, index);
    }
    return index;
  };
  const groups: TimelineWire['groups'] = {
    id: model.groups.map((group) => group.id),
    title: model.groups.map((group) => group.title),
  };
  const groupIndexMap = new Map(groups.id.map((id, index) => [id, index]));
  const groupIndex = (id: string): number => {
    let index = groupIndexMap.get(id);
    if (index === undefined) {
      index = groups.id.length;
      groups.id.push(id);
      groupIndexMap.set(id, index);
    }
    return index;
  };
  const projectIndex = new Map(model.rows.map((project, index) => [project.id, index]));
  const statusIndex = new Map<TStatus, number>(STATUSES.map((status, index) => [status, index]));

  const projects: TimelineWire['projects'] = {
    id: [],
    group: [],
    parent: [],
    code: [],
    title: [],
    status: [],
    maturity: [],
    plannedStart: [],
    plannedEnd: [],
    baselineStart: [],
    baselineEnd: [],
    phaseCount: [],
    milestoneCount: [],
    version: [],
    statusLabel: {},
    href: {},
  };
  const phases: TimelineWire['phases'] = { name: [], start: [], end: [] };
  const milestones: TimelineWire['milestones'] = {
    id: [],
    title: [],
    plannedDate: [],
    baselineDate: [],
    forecastDate: [],
    actualDate: [],
    phase: [],
    version: [],
  };

  model.rows.forEach((project, index) => {
    projects.id.push(project.id);
    projects.group.push(groupIndex(project.groupId));
    projects.parent.push(project.parentId === null ? NONE : (projectIndex.get(project.parentId) ?? NONE));
    projects.code.push(project.code);
    projects.title.push(project.title);
    projects.status.push(project.status === null ? NONE : (statusIndex.get(project.status) as number));
    projects.maturity.push(project.maturity);
    projects.plannedStart.push(dateIndex(project.plannedStart));
    projects.plannedEnd.push(dateIndex(project.plannedEnd));
    projects.baselineStart.push(dateIndex(project.baselineStart));
    projects.baselineEnd.push(dateIndex(project.baselineEnd));
    projects.phaseCount.push(project.phases.length);
    projects.milestoneCount.push(project.milestones.length);
    const version = project.editable ? versions.projects[project.id] : undefined;
    projects.version.push(version ?? NONE);
    if (project.statusLabel !== undefined) projects.statusLabel[index] = project.statusLabel;
    if (project.href !== projectHref(project.id)) projects.href[index] = project.href;
    for (const phase of project.phases) {
      phases.name.push(nameIndex(phase.name));
      phases.start.push(dateIndex(phase.start));
      phases.end.push(dateIndex(phase.end));
    }
    for (const milestone of project.milestones) {
      milestones.id.push(milestone.id);
      milestones.title.push(milestone.title);
      milestones.plannedDate.push(dateIndex(milestone.plannedDate));
      milestones.baselineDate.push(dateIndex(milestone.baselineDate));
      milestones.forecastDate.push(dateIndex(milestone.forecastDate));
      milestones.actualDate.push(dateIndex(milestone.actualDate));
      milestones.phase.push(nameIndex(milestone.phase));
      milestones.version.push(version === undefined ? NONE : (versions.milestones[milestone.id] ?? NONE));
    }
  });

  const dependencies: number[] = [];
  for (const dependency of model.dependencies) {
    const from = projectIndex.get(dependency.fromId);
    const to = projectIndex.get(dependency.toId);
    if (from !== undefined && to !== undefined) dependencies.push(from, to);
  }

  let phaseIndex: number[] | undefined;
  if (model.phaseIndex) {
    const numbered = Object.entries(model.phaseIndex).map(([phaseName, index]) => [nameIndex(phaseName), index] as const);
    phaseIndex = new Array<number>(names.length).fill(NONE);
    for (const [position, index] of numbered) phaseIndex[position] = index;
  }

  return {
    format: TIMELINE_WIRE_FORMAT,
    today: model.today,
    dates,
    names,
    groups,
    deadlines: model.deadlines,
    projects,
    phases,
    milestones,
    dependencies,
    ...(phaseIndex ? { phaseIndex } : {}),
  };
}

export function decodeTimeline(wire: TimelineWire): TimelineData {
  if (wire.format !== TIMELINE_WIRE_FORMAT) {
    throw new Error(`unknown timeline format ${String(wire.format)}; expected ${TIMELINE_WIRE_FORMAT}`);
  }
  const { dates, names, projects: p, phases: ph, milestones: ms } = wire;
  const date = (index: number): string | null => (index === NONE ? null : (dates[index] as string));
  const name = (index: number): string | null => (index === NONE ? null : (names[index] as string));
  const versions: TimelineVersions = { projects: {}, milestones: {} };

  const count = p.id.length;
  const rows: TimelineProject[] = new Array<TimelineProject>(count);
  // The Gantt's summary of the whole model, from the columns: dates compare as their indices
  // into the sorted date table (the table holds every date once, in order).
  const groupCount = wire.groups.id.length;
  const spanStart = new Int32Array(groupCount).fill(NONE);
  const spanEnd = new Int32Array(groupCount).fill(NONE);
  const spanOrder: number[] = [];
  let barWithoutPhases = false;
  const openBars: ModelSummary['openBars'] = { withoutStart: false, withoutEnd: false, range: null };
  let phaseAt = 0;
  let milestoneAt = 0;
  for (let index = 0; index < count; index += 1) {
    const id = p.id[index] as string;
    const version = p.version[index] as number;
    const editable = version !== NONE;
    if (editable) versions.projects[id] = version;

    const phaseEnd = phaseAt + (p.phaseCount[index] as number);
    const phases: TimelinePhase[] = [];
    for (; phaseAt < phaseEnd; phaseAt += 1) {
      phases.push({
        name: name(ph.name[phaseAt] as number) as string,
        start: date(ph.start[phaseAt] as number) as string,
        end: date(ph.end[phaseAt] as number) as string,
      });
    }
    const milestoneEnd = milestoneAt + (p.milestoneCount[index] as number);
    const milestones: TimelineMilestone[] = [];
    for (; milestoneAt < milestoneEnd; milestoneAt += 1) {
      const milestoneId = ms.id[milestoneAt] as string;
      const milestoneVersion = ms.version[milestoneAt] as number;
      if (editable && milestoneVersion !== NONE) versions.milestones[milestoneId] = milestoneVersion;
      milestones.push({
        id: milestoneId,
        title: ms.title[milestoneAt] as string,
        plannedDate: date(ms.plannedDate[milestoneAt] as number),
        baselineDate: date(ms.baselineDate[milestoneAt] as number),
        forecastDate: date(ms.forecastDate[milestoneAt] as number),
        actualDate: date(ms.actualDate[milestoneAt] as number),
        phase: name(ms.phase[milestoneAt] as number),
      });
    }

    const plannedStart = p.plannedStart[index] as number;
    const plannedEnd = p.plannedEnd[index] as number;
    if (plannedStart !== NONE && plannedEnd !== NONE) {
      if (p.phaseCount[index] === 0) barWithoutPhases = true;
      const group = p.group[index] as number;
      if (spanStart[group] === NONE) {
        spanOrder.push(group);
        spanStart[group] = plannedStart;
        spanEnd[group] = plannedEnd;
      } else {
        if (plannedStart < (spanStart[group] as number)) spanStart[group] = plannedStart;
        if (plannedEnd > (spanEnd[group] as number)) spanEnd[group] = plannedEnd;
      }
    } else if (plannedStart !== NONE || plannedEnd !== NONE) {
      addOpenBar(openBars, date(plannedStart), date(plannedEnd));
    }

    const parent = p.parent[index] as number;
    const status = p.status[index] as number;
    const statusLabel = p.statusLabel[index];
    const href = p.href[index];
    const project: TimelineProject = {
      id,
      groupId: wire.groups.id[p.group[index] as number] as string,
      parentId: parent === NONE ? null : (p.id[parent] as string),
      code: p.code[index] as string | null,
      title: p.title[index] as string,
      status: status === NONE ? null : (STATUSES[status] as TStatus),
      maturity: p.maturity[index] as TMaturity,
      plannedStart: date(plannedStart),
      plannedEnd: date(plannedEnd),
      baselineStart: date(p.baselineStart[index] as number),
      baselineEnd: date(p.baselineEnd[index] as number),
      phases,
      milestones,
      href: href === undefined ? projectHref(id) : href,
      editable,
      // Always present (undefined when there is none): every project object then has the same
      // shape, which keeps the passes over thousands of them monomorphic.
      statusLabel,
    };
    rows[index] = project;
  }

  const groups: TimelineGroup[] = wire.groups.title.map((title, index) => ({ id: wire.groups.id[index] as string, title }));
  const dependencies: TimelineDependency[] = [];
  for (let index = 0; index + 1 < wire.dependencies.length; index += 2) {
    dependencies.push({
      fromId: p.id[wire.dependencies[index] as number] as string,
      toId: p.id[wire.dependencies[index + 1] as number] as string,
    });
  }

  const model: TimelineModel = { rows, groups, dependencies, deadlines: wire.deadlines, today: wire.today };
  if (wire.phaseIndex) {
    const numbered: [string, number][] = [];
    wire.phaseIndex.forEach((index, position) => {
      if (index !== NONE) numbered.push([names[position] as string, index]);
    });
    // fromEntries, not assignment: a phase called "__proto__" stays a phase.
    model.phaseIndex = Object.fromEntries(numbered);
  }
  const usedPhases: string[] = [];
  const phaseSeen = new Uint8Array(names.length);
  for (const phaseName of ph.name) {
    if (phaseSeen[phaseName] === 1) continue;
    phaseSeen[phaseName] = 1;
    usedPhases.push(names[phaseName] as string);
  }
  const groupSpans: ModelSummary['groupSpans'] = new Map();
  for (const group of spanOrder) {
    groupSpans.set(wire.groups.id[group] as string, {
      start: dates[spanStart[group] as number] as string,
      end: dates[spanEnd[group] as number] as string,
    });
  }
  // `dates` holds every date of every project, phase and milestone, sorted.
  const dateRange = dates.length > 0 ? { start: dates[0] as string, end: dates[dates.length - 1] as string } : null;
  provideModelSummary(model, { usedPhases, barWithoutPhases, dateRange, groupSpans, openBars });
  return { model, versions };
}
