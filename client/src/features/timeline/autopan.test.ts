import { describe, expect, it } from 'vitest';
import { AUTO_PAN_MAX_SPEED, AUTO_PAN_ZONE, autoPanSpeed } from './autopan';

// A chart area from x = 400 to x = 1400 on screen.
const speed = (clientX: number) => autoPanSpeed(clientX, 400, 1400);

describe('Gantt auto-pan while dragging', () => {
  it('[GANTT] does not pan away from the edges', () => {
    expect(speed(900)).toBe(0);
    expect(speed(400 + AUTO_PAN_ZONE)).toBe(0);
    expect(speed(1400 - AUTO_PAN_ZONE)).toBe(0);
  });

  it('[GANTT] pans towards the nearer edge inside the zone, at least 1 px per frame', () => {
    expect(speed(400 + AUTO_PAN_ZONE - 1)).toBe(-1);
    expect(speed(1400 - AUTO_PAN_ZONE + 1)).toBe(1);
    expect(speed(1400)).toBe(AUTO_PAN_MAX_SPEED / 2);
    expect(speed(400)).toBe(-AUTO_PAN_MAX_SPEED / 2);
  });

  it('[GANTT] is faster the closer to and further beyond the edge, up to the maximum', () => {
    const right = [1370, 1380, 1390, 1400, 1410, 1420, 1430].map(speed);
    for (let i = 1; i < right.length; i++) expect(right[i]).toBeGreaterThan(right[i - 1]!);
    const left = [430, 420, 410, 400, 390, 380, 370].map(speed);
    for (let i = 1; i < left.length; i++) expect(left[i]).toBeLessThan(left[i - 1]!);
    expect(speed(1400 + AUTO_PAN_ZONE)).toBe(AUTO_PAN_MAX_SPEED);
    expect(speed(5000)).toBe(AUTO_PAN_MAX_SPEED);
    expect(speed(-5000)).toBe(-AUTO_PAN_MAX_SPEED);
  });

  it('[GANTT] keeps a resting place in the middle of a narrow chart, and none in an empty one', () => {
    // 90 px wide: zones of 30 px each side, 30 px in the middle.
    expect(autoPanSpeed(45, 0, 90)).toBe(0);
    expect(autoPanSpeed(5, 0, 90)).toBeLessThan(0);
    expect(autoPanSpeed(85, 0, 90)).toBeGreaterThan(0);
    expect(autoPanSpeed(10, 0, 0)).toBe(0);
  });

  it('[GANTT] takes zone and maximum from the caller', () => {
    expect(autoPanSpeed(1400, 400, 1400, { zone: 20, maxSpeed: 10 })).toBe(5);
    expect(autoPanSpeed(1500, 400, 1400, { zone: 20, maxSpeed: 10 })).toBe(10);
    expect(autoPanSpeed(1375, 400, 1400, { zone: 20, maxSpeed: 10 })).toBe(0);
  });
});
