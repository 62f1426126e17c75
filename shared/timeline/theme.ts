import type { TStatus } from '../domain/vocabulary';

/**
 * Colours shared by the browser and the SVG/PDF renderer. Every colour that carries meaning has
 * at least 3:1 contrast against the white/light-grey row backgrounds (WCAG 1.4.11), and none is
 * the only carrier of meaning: phases are named in tooltips and the legend, statuses have shapes.
 */
export const PHASE_COLOURS = [
  '#2b6cb0',
  '#b45309',
  '#2f855a',
  '#7c3aed',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#6b7280',
] as const;

/** Phases from the municipalities' plans get fixed colours; others follow in order of appearance. */
export const KNOWN_PHASES = [
  'Vorbereitung',
  'Planung und Implementierung',
  'Test und Produktivsetzung',
  'laufender Betrieb / Pflege',
] as const;

/** Colour index of each phase name: the known phases first, then `names` in their order. */
export function numberPhases(names: Iterable<string>): Map<string, number> {
  const index = new Map<string, number>();
  KNOWN_PHASES.forEach((name, position) => index.set(name, position));
  for (const name of names) if (!index.has(name)) index.set(name, index.size);
  return index;
}

export const TIMELINE_COLOURS = {
  text: '#1f2937',
  mutedText: '#4b5563',
  rowBackground: '#ffffff',
  rowStripe: '#f7f8fa',
  /**
   * rowStripe as a translucent tint: the same colour over rowBackground (white), while the grid
   * lines drawn beneath a row on screen still show through it.
   */
  rowStripeOverlay: 'rgb(55 80 130 / 4%)',
  groupBackground: '#e8ecf2',
  groupSpan: '#475569',
  gridLine: '#e5e7eb',
  gridLineMajor: '#c5cad3',
  headerBackground: '#f3f4f6',
  border: '#9ca3af',
  barWithoutPhases: '#475569',
  barTrack: '#e5e7eb',
  baseline: '#6b7280',
  milestone: '#1f2937',
  milestoneBaseline: '#6b7280',
  dependency: '#4b5563',
  dependencyViolated: '#b91c1c',
  deadline: '#7c2d12',
  today: '#1d4ed8',
} as const;

export const STATUS_COLOURS: Record<TStatus, string> = {
  red: '#c62828',
  amber: '#e0a100',
  green: '#2e7d32',
  none: '#6b7280',
  done: '#37474f',
};

export function phaseColour(phaseIndex: number): string {
  if (phaseIndex < 0) return TIMELINE_COLOURS.barWithoutPhases;
  return PHASE_COLOURS[phaseIndex % PHASE_COLOURS.length] as string;
}

export const TIMELINE_FONT_FAMILY = 'Helvetica, Arial, sans-serif';
