import type { TimelineGroup, TimelineModel, TimelineProject } from './model';

/**
 * Row layout of the timeline: projects grouped by field of action (one header row per group),
 * sub-projects nested under their parents, collapsed groups/parents hiding their descendants.
 * Produces the visible rows in display order with their y positions. Pure.
 */

export const ROW_HEIGHT = 32;
export const GROUP_ROW_HEIGHT = 32;

interface LayoutRowBase {
  /** Stable key: `group:<id>` or `project:<id>`; collapse state is kept by these keys. */
  key: string;
  /** Position in `layout.rows`. */
  index: number;
  y: number;
  height: number;
  /** 0 for group rows, 1 for top-level projects, 2 for their sub-projects, … (aria-level − 1). */
  depth: number;
  parentKey: string | null;
  /** 1-based position among its siblings and their number (aria-posinset / aria-setsize). */
  posInSet: number;
  setSize: number;
  expandable: boolean;
  expanded: boolean;
}

export interface LayoutGroupRow extends LayoutRowBase {
  kind: 'group';
  group: TimelineGroup;
  /** All projects of the group, sub-projects included, visible or not. */
  projectCount: number;
}

export interface LayoutProjectRow extends LayoutRowBase {
  kind: 'project';
  project: TimelineProject;
  groupId: string;
  childCount: number;
}

export type LayoutRow = LayoutGroupRow | LayoutProjectRow;

/** Row index by key; undefined for what is not a visible row. */
export interface RowIndex {
  get(key: string): number | undefined;
  has(key: string): boolean;
}

export interface TimelineLayout {
  rows: LayoutRow[];
  height: number;
  /** Row index by row key (`group:<id>`, `project:<id>`). */
  indexByKey: RowIndex;
  /** Row index of each visible project. */
  indexByProjectId: RowIndex;
}

export interface LayoutOptions {
  collapsed?: ReadonlySet<string>;
  rowHeight?: number;
  groupRowHeight?: number;
}

const GROUP_KEY_PREFIX = 'group:';
const PROJECT_KEY_PREFIX = 'project:';
export const groupRowKey = (groupId: string): string => `${GROUP_KEY_PREFIX}${groupId}`;
export const projectRowKey = (projectId: string): string => `${PROJECT_KEY_PREFIX}${projectId}`;

const UNASSIGNED_GROUP_TITLE = 'Ohne Handlungsfeld';

/**
 * The projects as a forest over their positions in `model.rows`, in typed arrays: built before
 * the first paint of thousands of rows, when the code is still cold, so it allocates little.
 */
interface ProjectForest {
  groups: TimelineGroup[];
  /** Top-level projects (positions) per group, in input order. */
  rootsByGroup: Map<string, number[]>;
  /** Linked children of position i: childList[childStart[i] … childStart[i + 1]). */
  childStart: Int32Array;
  childList: Int32Array;
  /** Parent in the forest (-1 for a root): a linked child whose parent link closes a cycle is not adopted. */
  forestParent: Int32Array;
  forestChildCount: Int32Array;
  countByGroup: Map<string, number>;
  /** Position of each project id in `model.rows`. */
  indexById: Map<string, number>;
}

/**
 * Resolves parent links into a forest. A project whose parent is missing becomes top-level; a
 * cycle of parent links is broken at the member that comes first in the input. A sub-project
 * stays under its parent even when it names another group.
 */
function buildForest(model: Pick<TimelineModel, 'rows' | 'groups'>): ProjectForest {
  const projects = model.rows;
  const count = projects.length;
  const groups = [...model.groups];
  const knownGroups = new Set<string>();
  for (const group of groups) knownGroups.add(group.id);
  const indexById = new Map<string, number>();
  for (let i = 0; i < count; i += 1) indexById.set((projects[i] as TimelineProject).id, i);

  // Linked parent of each position (-1: none, itself or unknown), then children in input order.
  const linkedParent = new Int32Array(count).fill(-1);
  const childStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i += 1) {
    const { id, parentId } = projects[i] as TimelineProject;
    if (parentId === null || parentId === id) continue;
    const parent = indexById.get(parentId);
    if (parent === undefined) continue;
    linkedParent[i] = parent;
    childStart[parent + 1] = (childStart[parent + 1] as number) + 1;
  }
  for (let i = 0; i < count; i += 1) childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
  const childList = new Int32Array(childStart[count] as number);
  const fill = childStart.slice(0, count);
  for (let i = 0; i < count; i += 1) {
    const parent = linkedParent[i] as number;
    if (parent < 0) continue;
    childList[fill[parent] as number] = i;
    fill[parent] = (fill[parent] as number) + 1;
  }

  const rootsByGroup = new Map<string, number[]>();
  const countByGroup = new Map<string, number>();
  const forestParent = new Int32Array(count).fill(-1);
  const forestChildCount = new Int32Array(count);
  const visited = new Uint8Array(count);
  const stack: number[] = [];

  const adopt = (root: number): void => {
    const { groupId } = projects[root] as TimelineProject;
    if (!knownGroups.has(groupId)) {
      knownGroups.add(groupId);
      groups.push({ id: groupId, title: groupId ? groupId : UNASSIGNED_GROUP_TITLE });
    }
    visited[root] = 1;
    const roots = rootsByGroup.get(groupId);
    if (roots) roots.push(root);
    else rootsByGroup.set(groupId, [root]);
    let size = 0;
    stack.push(root);
    while (stack.length > 0) {
      const project = stack.pop() as number;
      size += 1;
      for (let c = childStart[project] as number, end = childStart[project + 1] as number; c < end; c += 1) {
        const child = childList[c] as number;
        if (visited[child] === 1) continue;
        visited[child] = 1;
        forestParent[child] = project;
        forestChildCount[project] = (forestChildCount[project] as number) + 1;
        stack.push(child);
      }
    }
    countByGroup.set(groupId, (countByGroup.get(groupId) ?? 0) + size);
  };

  for (let i = 0; i < count; i += 1) if (linkedParent[i] === -1) adopt(i);
  for (let i = 0; i < count; i += 1) if (visited[i] === 0) adopt(i);

  return { groups, rootsByGroup, childStart, childList, forestParent, forestChildCount, countByGroup, indexById };
}

export function layoutTimelineRows(
  model: Pick<TimelineModel, 'rows' | 'groups'>,
  options: LayoutOptions = {},
): TimelineLayout {
  const collapsed = options.collapsed ?? new Set<string>();
  const anyCollapsed = collapsed.size > 0;
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const groupRowHeight = options.groupRowHeight ?? GROUP_ROW_HEIGHT;
  const projects = model.rows;
  const forest = buildForest(model);
  const { childStart, childList, forestParent, forestChildCount } = forest;

  const rows: LayoutRow[] = [];
  // Row of each position in model.rows (-1: hidden) and of each group: the lookups by key go
  // through the forest's id index, so no map of thousands of freshly built key strings is needed.
  const rowOfPosition = new Int32Array(projects.length).fill(-1);
  const rowOfGroup = new Map<string, number>();
  let y = 0;

  // Depth-first, in input order, without recursion (nesting depth is data, not code): parallel
  // stacks of position, depth, parent row key, position among siblings and their number.
  const stackProject: number[] = [];
  const stackDepth: number[] = [];
  const stackParentKey: string[] = [];
  const stackPos: number[] = [];
  const stackSize: number[] = [];
  const push = (project: number, depth: number, parentKey: string, posInSet: number, setSize: number): void => {
    stackProject.push(project);
    stackDepth.push(depth);
    stackParentKey.push(parentKey);
    stackPos.push(posInSet);
    stackSize.push(setSize);
  };

  for (let groupIndex = 0; groupIndex < forest.groups.length; groupIndex += 1) {
    const group = forest.groups[groupIndex] as TimelineGroup;
    const key = groupRowKey(group.id);
    const roots = forest.rootsByGroup.get(group.id);
    const rootCount = roots ? roots.length : 0;
    const expanded = rootCount > 0 && !collapsed.has(key);
    rowOfGroup.set(group.id, rows.length);
    rows.push({
      kind: 'group',
      key,
      index: rows.length,
      y,
      height: groupRowHeight,
      depth: 0,
      parentKey: null,
      posInSet: groupIndex + 1,
      setSize: forest.groups.length,
      expandable: rootCount > 0,
      expanded,
      group,
      projectCount: forest.countByGroup.get(group.id) ?? 0,
    });
    y += groupRowHeight;
    if (!expanded || !roots) continue;

    for (let i = rootCount - 1; i >= 0; i -= 1) push(roots[i] as number, 1, key, i + 1, rootCount);
    while (stackProject.length > 0) {
      const index = stackProject.pop() as number;
      const depth = stackDepth.pop() as number;
      const parentKey = stackParentKey.pop() as string;
      const posInSet = stackPos.pop() as number;
      const setSize = stackSize.pop() as number;
      const project = projects[index] as TimelineProject;
      const childCount = forestChildCount[index] as number;
      const projectKey = projectRowKey(project.id);
      const projectExpanded = childCount > 0 && !(anyCollapsed && collapsed.has(projectKey));
      rowOfPosition[index] = rows.length;
      rows.push({
        kind: 'project',
        key: projectKey,
        index: rows.length,
        y,
        height: rowHeight,
        depth,
        parentKey,
        posInSet,
        setSize,
        expandable: childCount > 0,
        expanded: projectExpanded,
        project,
        groupId: group.id,
        childCount,
      });
      y += rowHeight;
      if (!projectExpanded) continue;
      // The adopted children, pushed last first so that they come out in input order.
      let position = childCount;
      for (let c = (childStart[index + 1] as number) - 1, first = childStart[index] as number; c >= first; c -= 1) {
        const child = childList[c] as number;
        if (forestParent[child] !== index) continue;
        push(child, depth + 1, projectKey, position, childCount);
        position -= 1;
      }
    }
  }

  const { indexById } = forest;
  const projectRow = (id: string): number | undefined => {
    const position = indexById.get(id);
    if (position === undefined) return undefined;
    const row = rowOfPosition[position] as number;
    return row < 0 ? undefined : row;
  };
  const keyRow = (key: string): number | undefined => {
    if (key.startsWith(PROJECT_KEY_PREFIX)) return projectRow(key.slice(PROJECT_KEY_PREFIX.length));
    if (key.startsWith(GROUP_KEY_PREFIX)) return rowOfGroup.get(key.slice(GROUP_KEY_PREFIX.length));
    return undefined;
  };
  return {
    rows,
    height: y,
    indexByKey: { get: keyRow, has: (key) => keyRow(key) !== undefined },
    indexByProjectId: { get: projectRow, has: (id) => projectRow(id) !== undefined },
  };
}

/** Keys of every row that can be collapsed (for "alle einklappen"). */
export function collapsibleRowKeys(model: Pick<TimelineModel, 'rows' | 'groups'>): string[] {
  return layoutTimelineRows(model)
    .rows.filter((row) => row.expandable)
    .map((row) => row.key);
}

/** Index of the row that contains `y` (clamped to the rows). */
export function rowIndexAtY(layout: TimelineLayout, y: number): number {
  const { rows } = layout;
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((rows[mid] as LayoutRow).y <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** Rows [start, end) that intersect the vertical range [yStart, yEnd). */
export function rowRangeForViewport(
  layout: TimelineLayout,
  yStart: number,
  yEnd: number,
): { start: number; end: number } {
  if (layout.rows.length === 0 || yEnd <= yStart) return { start: 0, end: 0 };
  const start = rowIndexAtY(layout, yStart);
  const last = rowIndexAtY(layout, Math.max(yStart, yEnd - 1));
  return { start, end: Math.min(layout.rows.length, last + 1) };
}
