import { describe, expect, it } from 'vitest';
import { layoutTimelineRows } from '../../../../shared/timeline/layout';
import { BAR_TARGET, LABEL_TARGET, milestoneTargetId, rowFocusTargets } from '../../../../shared/timeline/scene';
import { unnaModel } from '../../../../shared/timeline/test-model';
import { navigate, type GanttFocus, type TNavigationKey } from './navigation';

const layout = layoutTimelineRows(unnaModel());
const move = (focus: GanttFocus, key: TNavigationKey, ctrlKey = false) =>
  navigate(layout, focus, key, { ctrlKey, pageSize: 3, targetsOf: rowFocusTargets });

describe('Gantt keyboard navigation', () => {
  it('[GANTT] ArrowDown/ArrowUp move row to row and keep the column', () => {
    expect(move({ rowKey: 'project:dms', target: BAR_TARGET }, 'ArrowDown')?.focus).toEqual({
      rowKey: 'project:eakte',
      target: BAR_TARGET,
    });
    expect(move({ rowKey: 'project:dms', target: LABEL_TARGET }, 'ArrowUp')?.focus).toEqual({
      rowKey: 'group:intern',
      target: LABEL_TARGET,
    });
    // A group row has only its label.
    expect(move({ rowKey: 'project:portalverbund', target: BAR_TARGET }, 'ArrowDown')?.focus).toEqual({
      rowKey: 'group:intern',
      target: LABEL_TARGET,
    });
    expect(move({ rowKey: 'group:kunden', target: LABEL_TARGET }, 'ArrowUp')).toBeNull();
  });

  it('[GANTT] ArrowRight/ArrowLeft go from label to bar to milestones and back', () => {
    let focus: GanttFocus = { rowKey: 'project:dms', target: LABEL_TARGET };
    const visited: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      focus = move(focus, 'ArrowRight')?.focus ?? focus;
      visited.push(focus.target);
    }
    expect(visited).toEqual([BAR_TARGET, milestoneTargetId('dms-m1'), milestoneTargetId('dms-m2')]);
    expect(move(focus, 'ArrowRight')).toBeNull();
    expect(move(focus, 'ArrowLeft')?.focus.target).toBe(milestoneTargetId('dms-m1'));
    expect(move(focus, 'Home')?.focus.target).toBe(LABEL_TARGET);
    expect(move({ rowKey: 'project:dms', target: LABEL_TARGET }, 'End')?.focus.target).toBe(milestoneTargetId('dms-m2'));
  });

  it('[GANTT] on a label ArrowLeft collapses, ArrowRight expands, then ArrowLeft goes to the parent', () => {
    expect(move({ rowKey: 'group:intern', target: LABEL_TARGET }, 'ArrowLeft')).toEqual({
      focus: { rowKey: 'group:intern', target: LABEL_TARGET },
      toggle: 'group:intern',
    });
    expect(move({ rowKey: 'project:eakte-pilot', target: LABEL_TARGET }, 'ArrowLeft')?.focus).toEqual({
      rowKey: 'project:eakte',
      target: LABEL_TARGET,
    });
    const collapsed = layoutTimelineRows(unnaModel(), { collapsed: new Set(['group:intern']) });
    expect(
      navigate(collapsed, { rowKey: 'group:intern', target: LABEL_TARGET }, 'ArrowRight', {
        ctrlKey: false,
        pageSize: 3,
        targetsOf: rowFocusTargets,
      })?.toggle,
    ).toBe('group:intern');
  });

  it('[GANTT] Ctrl+Home/End and PageUp/PageDown jump between rows', () => {
    expect(move({ rowKey: 'project:dms', target: BAR_TARGET }, 'Home', true)?.focus).toEqual({
      rowKey: 'group:kunden',
      target: LABEL_TARGET,
    });
    expect(move({ rowKey: 'project:dms', target: BAR_TARGET }, 'End', true)?.focus.rowKey).toBe('project:wlan');
    expect(move({ rowKey: 'group:kunden', target: LABEL_TARGET }, 'PageDown')?.focus.rowKey).toBe('group:intern');
    expect(move({ rowKey: 'project:wlan', target: LABEL_TARGET }, 'PageDown')).toBeNull();
  });
});
