import { describe, expect, it } from 'vitest';
import { forgetChartPositions, MAX_KEPT_POSITIONS, readChartPosition, writeChartPosition } from './chart-position';

/** sessionStorage's interface over a Map (Node has no Web Storage); `full` refuses writes. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('chart positions per history entry', () => {
  it('returns what was kept for the entry, the latest value, and nothing for another entry', () => {
    const storage = new MemoryStorage();
    writeChartPosition('portfolio:a', { top: 600.4, date: '2021-11-09' }, storage);
    writeChartPosition('portfolio:b', { top: 32, date: '2020-01-01' }, storage);
    writeChartPosition('portfolio:a', { top: 640, date: '2021-10-01' }, storage);
    expect(readChartPosition('portfolio:a', storage)).toEqual({ top: 640, date: '2021-10-01' });
    expect(readChartPosition('portfolio:b', storage)).toEqual({ top: 32, date: '2020-01-01' });
    expect(readChartPosition('project:a', storage)).toBeNull();
  });

  it('keeps the item the keyboard focus returns to with the position', () => {
    const storage = new MemoryStorage();
    const focus = { rowKey: 'project:p-17', target: 'milestone:m-3' };
    writeChartPosition('portfolio:a', { top: 64, date: '2019-07-01', focus }, storage);
    expect(readChartPosition('portfolio:a', storage)).toEqual({ top: 64, date: '2019-07-01', focus });
    // A damaged focus entry (here: an empty row key) is not returned to.
    storage.setItem('cockpit.zeitplan.positions', JSON.stringify([['portfolio:b', { top: 1, date: '2020-01-01', focus: { rowKey: '', target: 'bar' } }]]));
    expect(readChartPosition('portfolio:b', storage)).toBeNull();
  });

  it(`keeps the ${MAX_KEPT_POSITIONS} most recent entries`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i <= MAX_KEPT_POSITIONS; i += 1) writeChartPosition(`portfolio:${i}`, { top: i, date: '2020-01-01' }, storage);
    expect(readChartPosition('portfolio:0', storage)).toBeNull();
    expect(readChartPosition('portfolio:1', storage)).toEqual({ top: 1, date: '2020-01-01' });
    expect(readChartPosition(`portfolio:${MAX_KEPT_POSITIONS}`, storage)).not.toBeNull();
  });

  it('treats damaged or foreign content as no position, and a full storage as nothing kept', () => {
    const storage = new MemoryStorage();
    storage.setItem('cockpit.zeitplan.positions', '{not json');
    expect(readChartPosition('portfolio:a', storage)).toBeNull();
    storage.setItem('cockpit.zeitplan.positions', JSON.stringify([['portfolio:a', { top: -5, date: '2020-01-01' }]]));
    expect(readChartPosition('portfolio:a', storage)).toBeNull();
    storage.setItem('cockpit.zeitplan.positions', JSON.stringify([['portfolio:a', { top: 5, date: '1.1.2020' }]]));
    expect(readChartPosition('portfolio:a', storage)).toBeNull();
    // A damaged store is replaced by the next write.
    writeChartPosition('portfolio:a', { top: 5, date: '2020-01-01' }, storage);
    expect(readChartPosition('portfolio:a', storage)).toEqual({ top: 5, date: '2020-01-01' });
    storage.full = true;
    expect(() => writeChartPosition('portfolio:b', { top: 1, date: '2020-01-01' }, storage)).not.toThrow();
    expect(readChartPosition('portfolio:b', storage)).toBeNull();
  });

  it('forgets every position when the session changes (the next user must not get this view)', () => {
    const storage = new MemoryStorage();
    writeChartPosition('portfolio:a', { top: 5, date: '2020-01-01' }, storage);
    writeChartPosition('project:b', { top: 7, date: '2020-01-01' }, storage);
    forgetChartPositions(storage);
    expect(readChartPosition('portfolio:a', storage)).toBeNull();
    expect(readChartPosition('project:b', storage)).toBeNull();
  });
});
