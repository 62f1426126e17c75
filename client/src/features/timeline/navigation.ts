import type { LayoutRow, TimelineLayout } from '../../../../shared/timeline/layout';
import { LABEL_TARGET } from '../../../../shared/timeline/scene';

/**
 * Keyboard movement in the Gantt treegrid (pure, so it is tested without a browser):
 * ArrowUp/Down row to row keeping the column, ArrowLeft/Right through label → bar → milestones,
 * ArrowRight/Left on a label expand/collapse (treegrid convention), Home/End first/last item of
 * the row, Ctrl+Home/End first/last row, PageUp/PageDown by a page of rows.
 */

export interface GanttFocus {
  rowKey: string;
  target: string;
}

export type TNavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export const NAVIGATION_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export interface NavigationResult {
  focus: GanttFocus;
  /** Row to expand or collapse instead of (or before) moving. */
  toggle?: string;
}

export interface NavigationContext {
  ctrlKey: boolean;
  pageSize: number;
  targetsOf: (row: LayoutRow) => string[];
}

function focusInRow(row: LayoutRow, previousTargets: string[], previousTarget: string, targetsOf: (row: LayoutRow) => string[]): GanttFocus {
  const targets = targetsOf(row);
  if (targets.includes(previousTarget)) return { rowKey: row.key, target: previousTarget };
  const column = Math.max(0, previousTargets.indexOf(previousTarget));
  return { rowKey: row.key, target: targets[Math.min(column, targets.length - 1)] ?? LABEL_TARGET };
}

export function navigate(
  layout: TimelineLayout,
  focus: GanttFocus,
  key: TNavigationKey,
  context: NavigationContext,
): NavigationResult | null {
  const { rows } = layout;
  if (rows.length === 0) return null;
  const index = layout.indexByKey.get(focus.rowKey) ?? 0;
  const row = rows[index] as LayoutRow;
  const targets = context.targetsOf(row);
  const column = Math.max(0, targets.indexOf(focus.target));
  const target = targets[column] ?? LABEL_TARGET;

  const toRow = (nextIndex: number): NavigationResult | null => {
    const clamped = Math.max(0, Math.min(rows.length - 1, nextIndex));
    if (clamped === index) return null;
    return { focus: focusInRow(rows[clamped] as LayoutRow, targets, target, context.targetsOf) };
  };

  switch (key) {
    case 'ArrowDown':
      return toRow(index + 1);
    case 'ArrowUp':
      return toRow(index - 1);
    case 'PageDown':
      return toRow(index + context.pageSize);
    case 'PageUp':
      return toRow(index - context.pageSize);
    case 'ArrowRight':
      if (target === LABEL_TARGET && row.expandable && !row.expanded) {
        return { focus: { rowKey: row.key, target }, toggle: row.key };
      }
      return column < targets.length - 1 ? { focus: { rowKey: row.key, target: targets[column + 1] as string } } : null;
    case 'ArrowLeft':
      if (column > 0) return { focus: { rowKey: row.key, target: targets[column - 1] as string } };
      if (row.expandable && row.expanded) return { focus: { rowKey: row.key, target }, toggle: row.key };
      return row.parentKey ? { focus: { rowKey: row.parentKey, target: LABEL_TARGET } } : null;
    case 'Home':
      if (context.ctrlKey) return { focus: { rowKey: (rows[0] as LayoutRow).key, target: LABEL_TARGET } };
      return { focus: { rowKey: row.key, target: targets[0] ?? LABEL_TARGET } };
    case 'End':
      if (context.ctrlKey) return { focus: { rowKey: (rows[rows.length - 1] as LayoutRow).key, target: LABEL_TARGET } };
      return { focus: { rowKey: row.key, target: targets[targets.length - 1] ?? LABEL_TARGET } };
  }
}
