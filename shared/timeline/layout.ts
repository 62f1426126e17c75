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

export interface TimelineLayout {
  rows: LayoutRow[];
  height: number;
  indexByKey: ReadonlyMap<string, number>;
  /** Row index of each visible project. */
  indexByProjectId: ReadonlyMap<string, number>;
}

export interface LayoutOptions {
  collapsed?: ReadonlySet<string>;
  rowHeight?: number;
  groupRowHeight?: number;
}

export const groupRowKey = (groupId: string): string => `group:${groupId}`;
export const projectRowKey = (projectId: string): string => `project:${projectId}`;

const UNASSIGNED_GROUP_TITLE = 'Ohne Handlungsfeld';

interface ProjectForest {
  groups: TimelineGroup[];
  rootsByGroup: Map<string, TimelineProject[]>;
  childrenById: Map<string, TimelineProject[]>;
  countByGroup: Map<string, number>;
}

/**
 * Resolves parent links into a forest. A project whose parent is missing becomes top-level; a
 * cycle of parent links is broken at the member that comes first in the input. A sub-project
 * stays under its parent even when it names another group.
 */
function buildForest(model: Pick<TimelineModel, 'rows' | 'groups'>): ProjectForest {
  const groups = [...model.groups];
  const knownGroups = new Set(groups.map((group) => group.id));
  const byId = new Map<string, TimelineProject>();
  for (const project of model.rows) byId.set(project.id, project);

  const linkedChildren = new Map<string, TimelineProject[]>();
  const isRoot = (project: TimelineProject): boolean =>
    project.parentId === null || project.parentId === project.id || !byId.has(project.parentId);
  for (const project of model.rows) {
    if (isRoot(project)) continue;
    const parentId = project.parentId as string;
    const siblings = linkedChildren.get(parentId);
    if (siblings) siblings.push(project);
    else linkedChildren.set(parentId, [project]);
  }

  const rootsByGroup = new Map<string, TimelineProject[]>();
  const childrenById = new Map<string, TimelineProject[]>();
  const countByGroup = new Map<string, number>();
  const visited = new Set<string>();

  const adopt = (root: TimelineProject): void => {
    if (!knownGroups.has(root.groupId)) {
      knownGroups.add(root.groupId);
      groups.push({ id: root.groupId, title: root.groupId ? root.groupId : UNASSIGNED_GROUP_TITLE });
    }
    visited.add(root.id);
    const roots = rootsByGroup.get(root.groupId);
    if (roots) roots.push(root);
    else rootsByGroup.set(root.groupId, [root]);
    let count = 0;
    const stack = [root];
    while (stack.length > 0) {
      const project = stack.pop() as TimelineProject;
      count += 1;
      for (const child of linkedChildren.get(project.id) ?? []) {
        if (visited.has(child.id)) continue;
        visited.add(child.id);
        const children = childrenById.get(project.id);
        if (children) children.push(child);
        else childrenById.set(project.id, [child]);
        stack.push(child);
      }
    }
    countByGroup.set(root.groupId, (countByGroup.get(root.groupId) ?? 0) + count);
  };

  for (const project of model.rows) if (isRoot(project)) adopt(project);
  for (const project of model.rows) if (!visited.has(project.id)) adopt(project);

  return { groups, rootsByGroup, childrenById, countByGroup };
}

export function layoutTimelineRows(
  model: Pick<TimelineModel, 'rows' | 'groups'>,
  options: LayoutOptions = {},
): TimelineLayout {
  const collapsed = options.collapsed ?? new Set<string>();
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const groupRowHeight = options.groupRowHeight ?? GROUP_ROW_HEIGHT;
  const forest = buildForest(model);

  const rows: LayoutRow[] = [];
  const indexByKey = new Map<string, number>();
  const indexByProjectId = new Map<string, number>();
  let y = 0;

  interface Pending {
    project: TimelineProject;
    depth: number;
    parentKey: string;
    posInSet: number;
    setSize: number;
  }

  forest.groups.forEach((group, groupIndex) => {
    const key = groupRowKey(group.id);
    const roots = forest.rootsByGroup.get(group.id) ?? [];
    const expanded = roots.length > 0 && !collapsed.has(key);
    const groupRow: LayoutGroupRow = {
      kind: 'group',
      key,
      index: rows.length,
      y,
      height: groupRowHeight,
      depth: 0,
      parentKey: null,
      posInSet: groupIndex + 1,
      setSize: forest.groups.length,
      expandable: roots.length > 0,
      expanded,
      group,
      projectCount: forest.countByGroup.get(group.id) ?? 0,
    };
    indexByKey.set(key, rows.length);
    rows.push(groupRow);
    y += groupRowHeight;
    if (!expanded) return;

    // Depth-first, in input order, without recursion (nesting depth is data, not code).
    const stack: Pending[] = [];
    const pushSiblings = (siblings: TimelineProject[], depth: number, parentKey: string): void => {
      for (let i = siblings.length - 1; i >= 0; i -= 1) {
        stack.push({
          project: siblings[i] as TimelineProject,
          depth,
          parentKey,
          posInSet: i + 1,
          setSize: siblings.length,
        });
      }
    };
    pushSiblings(roots, 1, key);
    while (stack.length > 0) {
      const item = stack.pop() as Pending;
      const children = forest.childrenById.get(item.project.id) ?? [];
      const projectKey = projectRowKey(item.project.id);
      const projectExpanded = children.length > 0 && !collapsed.has(projectKey);
      indexByKey.set(projectKey, rows.length);
      indexByProjectId.set(item.project.id, rows.length);
      rows.push({
        kind: 'project',
        key: projectKey,
        index: rows.length,
        y,
        height: rowHeight,
        depth: item.depth,
        parentKey: item.parentKey,
        posInSet: item.posInSet,
        setSize: item.setSize,
        expandable: children.length > 0,
        expanded: projectExpanded,
        project: item.project,
        groupId: group.id,
        childCount: children.length,
      });
      y += rowHeight;
      if (projectExpanded) pushSiblings(children, item.depth + 1, projectKey);
    }
  });

  return { rows, height: y, indexByKey, indexByProjectId };
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
