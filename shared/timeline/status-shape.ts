import type { TStatus } from '../domain/vocabulary';
import { STATUS_PRESENTATION, type TStatusShape } from '../status/presentation';
import { STATUS_COLOURS } from './theme';

/**
 * Status is never shown by colour alone (BITV 2.0): each status has its own shape. Which shape
 * is decided once, in the status presentation (shared/status/presentation.ts), for badges,
 * reports and the timeline alike; this module only draws those shapes as SVG paths.
 */
export type { TStatusShape };

export function statusShape(status: TStatus): TStatusShape {
  return STATUS_PRESENTATION[status].shape;
}

/** One element of a status icon, in plain SVG terms (a path with fill and stroke). */
export interface StatusIconPart {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** Half the triangle's base, in radii: the widest of the shapes. */
const TRIANGLE_SPREAD = 1.05;
/** The triangle's dark outline (see below). */
const TRIANGLE_OUTLINE = 1;

/** How far any status icon of radius r reaches left and right of its centre, outline included. */
export function statusIconHalfWidth(r: number): number {
  return r * TRIANGLE_SPREAD + TRIANGLE_OUTLINE / 2;
}

const round = (value: number): number => Math.round(value * 100) / 100;

function polygonPath(points: [number, number][]): string {
  return `${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${round(px)} ${round(py)}`).join(' ')} Z`;
}

/** The icon of `status` centred on (cx, cy) with outer radius r. */
export function statusIconParts(status: TStatus, cx: number, cy: number, r: number): StatusIconPart[] {
  const colour = STATUS_COLOURS[status];
  switch (statusShape(status)) {
    case 'octagon': {
      const points: [number, number][] = [];
      for (let i = 0; i < 8; i += 1) {
        const angle = Math.PI / 8 + (i * Math.PI) / 4;
        points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
      }
      return [{ d: polygonPath(points), fill: colour, stroke: 'none', strokeWidth: 0 }];
    }
    case 'triangle': {
      // A light fill needs a dark outline to reach 3:1 against a white background.
      const points: [number, number][] = [
        [cx, cy - r],
        [cx + r * TRIANGLE_SPREAD, cy + r * 0.8],
        [cx - r * TRIANGLE_SPREAD, cy + r * 0.8],
      ];
      return [
        { d: polygonPath(points), fill: colour, stroke: '#7a5200', strokeWidth: TRIANGLE_OUTLINE },
        {
          d: `M${round(cx)} ${round(cy - r * 0.35)} L${round(cx)} ${round(cy + r * 0.25)}`,
          fill: 'none',
          stroke: '#3d2900',
          strokeWidth: 1.4,
        },
      ];
    }
    case 'circle': {
      const k = 0.5523 * r;
      const d =
        `M${round(cx - r)} ${round(cy)} ` +
        `C${round(cx - r)} ${round(cy - k)} ${round(cx - k)} ${round(cy - r)} ${round(cx)} ${round(cy - r)} ` +
        `C${round(cx + k)} ${round(cy - r)} ${round(cx + r)} ${round(cy - k)} ${round(cx + r)} ${round(cy)} ` +
        `C${round(cx + r)} ${round(cy + k)} ${round(cx + k)} ${round(cy + r)} ${round(cx)} ${round(cy + r)} ` +
        `C${round(cx - k)} ${round(cy + r)} ${round(cx - r)} ${round(cy + k)} ${round(cx - r)} ${round(cy)} Z`;
      return [{ d, fill: colour, stroke: 'none', strokeWidth: 0 }];
    }
    case 'check':
      return [
        {
          d: `M${round(cx - r * 0.85)} ${round(cy + r * 0.05)} L${round(cx - r * 0.25)} ${round(cy + r * 0.65)} L${round(cx + r * 0.9)} ${round(cy - r * 0.7)}`,
          fill: 'none',
          stroke: colour,
          strokeWidth: Math.max(1.5, r * 0.4),
        },
      ];
    case 'dash':
      return [
        {
          d: `M${round(cx - r * 0.8)} ${round(cy)} L${round(cx + r * 0.8)} ${round(cy)}`,
          fill: 'none',
          stroke: colour,
          strokeWidth: Math.max(1.5, r * 0.4),
        },
      ];
  }
}
