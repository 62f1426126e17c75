import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { collapsibleRowKeys } from '../../../../shared/timeline/layout';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { COLLAPSED_PARAM, collapsedFromParam, collapsedParamValue, withCollapsed } from './schedule-url';

/** Collapsible row keys per model: a layout pass over every row, so done once per response. */
const collapsibleByModel = new WeakMap<TimelineModel, string[]>();
function collapsibleOf(model: TimelineModel): string[] {
  let keys = collapsibleByModel.get(model);
  if (!keys) collapsibleByModel.set(model, (keys = collapsibleRowKeys(model)));
  return keys;
}

/**
 * The portfolio Zeitplan's collapsed rows live in the URL (?zu=h3.p12), like its zoom level:
 * read from there (the chart follows when the URL changes, as on Back and Forward), and written
 * back — replacing the history entry — on every change TimelineView reports.
 */
export function useCollapsedParam(model: TimelineModel): {
  collapsed: ReadonlySet<string>;
  onCollapsedChange: (collapsed: ReadonlySet<string>) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get(COLLAPSED_PARAM);
  // One set per value of the parameter (and response): TimelineView compares its keys when it changes.
  const collapsed = useMemo(() => collapsedFromParam(value, collapsibleOf(model)), [value, model]);
  const onCollapsedChange = useCallback(
    // No comparison with the current value: TimelineView reports only real changes, and two
    // quick toggles may both arrive before this component sees the URL of the first.
    (collapsed: ReadonlySet<string>) =>
      setSearchParams(withCollapsed(searchParams, collapsedParamValue(collapsed)), { replace: true }),
    [searchParams, setSearchParams],
  );
  return { collapsed, onCollapsedChange };
}
