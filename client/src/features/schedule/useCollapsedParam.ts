import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { collapsibleRowKeys } from '../../../../shared/timeline/layout';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { collapsedFromSearchParams, collapsedParamValue, withCollapsed } from './schedule-url';

/** Collapsible row keys per model: a layout pass over every row, so done once per response. */
const collapsibleByModel = new WeakMap<TimelineModel, string[]>();
function collapsibleOf(model: TimelineModel): string[] {
  let keys = collapsibleByModel.get(model);
  if (!keys) collapsibleByModel.set(model, (keys = collapsibleRowKeys(model)));
  return keys;
}

/**
 * The portfolio Zeitplan's collapsed rows live in the URL (?zu=h3.p12), like its zoom level:
 * read once when the chart mounts (TimelineView keeps them from then on), and written back —
 * replacing the history entry — on every change TimelineView reports. Call it in the component
 * that mounts with the chart, so that a chart mounted anew reads the URL anew.
 */
export function useCollapsedParam(model: TimelineModel): {
  initialCollapsed: ReadonlySet<string>;
  onCollapsedChange: (collapsed: ReadonlySet<string>) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const [initialCollapsed] = useState(() => collapsedFromSearchParams(searchParams, collapsibleOf(model)));
  const onCollapsedChange = useCallback(
    // No comparison with the current value: TimelineView reports only real changes, and two
    // quick toggles may both arrive before this component sees the URL of the first.
    (collapsed: ReadonlySet<string>) =>
      setSearchParams(withCollapsed(searchParams, collapsedParamValue(collapsed, collapsibleOf(model))), { replace: true }),
    [model, searchParams, setSearchParams],
  );
  return { initialCollapsed, onCollapsedChange };
}
