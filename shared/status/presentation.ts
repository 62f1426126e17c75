import { STATUS_LABELS, type TStatus } from '../domain/vocabulary';
import type { StatusResult } from './engine';

/**
 * Colour is never the only carrier of a status (BITV 2.0): every status has a text label, an
 * icon shape that differs in outline, and a description for screen readers and reports.
 */
export const STATUS_SHAPES = ['octagon', 'triangle', 'circle', 'check', 'dash'] as const;
export type TStatusShape = (typeof STATUS_SHAPES)[number];

export interface StatusPresentation {
  /** Short German label: "rot", "gelb", "grün", "abgeschlossen", "nicht bewertet". */
  label: string;
  shape: TStatusShape;
  /** One sentence for aria-label / title / report legends. */
  description: string;
}

export const STATUS_PRESENTATION: Record<TStatus, StatusPresentation> = {
  red: {
    label: STATUS_LABELS.red,
    shape: 'octagon',
    description: 'Status rot: kritisch, Frist, Meilenstein oder Kennzahl deutlich verfehlt.',
  },
  amber: {
    label: STATUS_LABELS.amber,
    shape: 'triangle',
    description: 'Status gelb: gefährdet, Abweichung vom Plan.',
  },
  green: {
    label: STATUS_LABELS.green,
    shape: 'circle',
    description: 'Status grün: im Plan.',
  },
  done: {
    label: STATUS_LABELS.done,
    shape: 'check',
    description: 'Status abgeschlossen: Projekt hat Reifegrad 3 erreicht.',
  },
  none: {
    label: STATUS_LABELS.none,
    shape: 'dash',
    description: 'Status nicht bewertet: keine Termine, Fristen oder Kennzahlwerte erfasst.',
  },
};

/**
 * The effective status as text, naming the computed one beside an active override:
 * "gelb (manuell gesetzt, berechnet: rot)".
 */
export function describeEffectiveStatus(
  result: Pick<StatusResult, 'status' | 'computed' | 'override'>,
): string {
  const label = STATUS_PRESENTATION[result.status].label;
  if (!result.override?.active) return label;
  return `${label} (manuell gesetzt, berechnet: ${STATUS_PRESENTATION[result.computed].label})`;
}
