import { describe, expect, it } from 'vitest';
import { collapsibleRowKeys, groupRowKey, layoutTimelineRows, projectRowKey, rowRangeForViewport } from './layout';
import { project, unnaModel } from './test-model';

const keys = (layout: ReturnType<typeof layoutTimelineRows>): string[] => layout.rows.map((row) => row.key);

describe('timeline row layout', () => {
  it('[LAYOUT] groups projects by field of action in the order of the groups', () => {
    const layout = layoutTimelineRows(unnaModel());
    expect(keys(layout)).toEqual([
      'group:kunden',
      'project:portal',
      'project:portalverbund',
      'group:intern',
      'project:dms',
      'project:eakte',
      'project:eakte-pilot',
      'group:schule',
      'project:wlan',
    ]);
    const intern = layout.rows[3];
    expect(intern?.kind === 'group' && intern.projectCount).toBe(3);
  });

  it('[LAYOUT] sub-projects are nested one level under their parent', () => {
    const layout = layoutTimelineRows(unnaModel());
    const row = (key: string) => layout.rows[layout.indexByKey.get(key) ?? -1];
    expect(row('group:intern')?.depth).toBe(0);
    expect(row('project:eakte')?.depth).toBe(1);
    expect(row('project:eakte')?.expandable).toBe(true);
    expect(row('project:eakte-pilot')?.depth).toBe(2);
    expect(row('project:eakte-pilot')?.parentKey).toBe('project:eakte');
    expect(row('project:dms')?.posInSet).toBe(1);
    expect(row('project:dms')?.setSize).toBe(2);
  });

  it('[LAYOUT] rows are stacked without gaps', () => {
    const layout = layoutTimelineRows(unnaModel(), { rowHeight: 30, groupRowHeight: 24 });
    let y = 0;
    for (const row of layout.rows) {
      expect(row.y).toBe(y);
      expect(row.height).toBe(row.kind === 'group' ? 24 : 30);
      y += row.height;
    }
    expect(layout.height).toBe(y);
  });

  it('[LAYOUT] collapsing a group hides its projects, collapsing a parent hides its sub-projects', () => {
    const model = unnaModel();
    const groupCollapsed = layoutTimelineRows(model, { collapsed: new Set([groupRowKey('intern')]) });
    expect(keys(groupCollapsed)).toEqual([
      'group:kunden',
      'project:portal',
      'project:portalverbund',
      'group:intern',
      'group:schule',
      'project:wlan',
    ]);
    expect(groupCollapsed.rows[3]?.expanded).toBe(false);
    expect(groupCollapsed.indexByProjectId.has('dms')).toBe(false);

    const parentCollapsed = layoutTimelineRows(model, { collapsed: new Set([projectRowKey('eakte')]) });
    expect(keys(parentCollapsed)).not.toContain('project:eakte-pilot');
    expect(keys(parentCollapsed)).toContain('project:eakte');
    expect(parentCollapsed.rows[parentCollapsed.indexByKey.get('project:eakte') ?? -1]?.expanded).toBe(false);
  });

  it('[LAYOUT] finds every visible row by its key and every visible project by its id, and nothing else', () => {
    const model = unnaModel();
    const layout = layoutTimelineRows(model, { collapsed: new Set([projectRowKey('eakte')]) });
    layout.rows.forEach((row, index) => {
      expect(layout.indexByKey.get(row.key)).toBe(index);
      if (row.kind === 'project') expect(layout.indexByProjectId.get(row.project.id)).toBe(index);
    });
    // Hidden under a collapsed parent, unknown, or not a row key at all.
    expect(layout.indexByProjectId.get('eakte-pilot')).toBeUndefined();
    expect(layout.indexByKey.has(projectRowKey('eakte-pilot'))).toBe(false);
    expect(layout.indexByKey.get(groupRowKey('nirgends'))).toBeUndefined();
    expect(layout.indexByKey.get('eakte')).toBeUndefined();
    expect(layout.indexByProjectId.has('eakte')).toBe(true);
  });

  it('[LAYOUT] lists every collapsible row', () => {
    expect(collapsibleRowKeys(unnaModel())).toEqual(['group:kunden', 'group:intern', 'project:eakte', 'group:schule']);
  });

  it('[LAYOUT] projects of an unknown group get their own group; a missing parent makes a project top-level', () => {
    const layout = layoutTimelineRows({
      groups: [],
      rows: [project({ id: 'a', groupId: '' }), project({ id: 'b', groupId: '', parentId: 'gone' })],
    });
    expect(keys(layout)).toEqual(['group:', 'project:a', 'project:b']);
    expect(layout.rows[0]?.kind === 'group' && layout.rows[0].group.title).toBe('Ohne Handlungsfeld');
    expect(layout.rows[2]?.depth).toBe(1);
  });

  it('[LAYOUT] a cycle of parent links does not loop and keeps every project', () => {
    const layout = layoutTimelineRows({
      groups: [{ id: 'g', title: 'G' }],
      rows: [
        project({ id: 'a', groupId: 'g', parentId: 'b' }),
        project({ id: 'b', groupId: 'g', parentId: 'a' }),
      ],
    });
    expect(keys(layout)).toEqual(['group:g', 'project:a', 'project:b']);
    expect(layout.rows[2]?.depth).toBe(2);
  });

  it('[LAYOUT] nesting thousands of levels deep needs no recursion', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      project({ id: `p${i}`, groupId: 'g', parentId: i === 0 ? null : `p${i - 1}` }),
    );
    const layout = layoutTimelineRows({ groups: [{ id: 'g', title: 'G' }], rows });
    expect(layout.rows).toHaveLength(20_001);
    expect(layout.rows[20_000]?.depth).toBe(20_000);
  });

  it('[LAYOUT] finds the rows of a viewport by binary search', () => {
    const layout = layoutTimelineRows(unnaModel());
    expect(rowRangeForViewport(layout, 0, 64)).toEqual({ start: 0, end: 2 });
    expect(rowRangeForViewport(layout, 40, 100)).toEqual({ start: 1, end: 4 });
    expect(rowRangeForViewport(layout, 10_000, 10_100)).toEqual({ start: 8, end: 9 });
  });
});
