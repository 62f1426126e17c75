import { STATUS_LABELS, type TStatus } from '../domain/vocabulary';
import { todayName } from './labels';
import type { TimelineModel } from './model';
import type { TMilestoneVariant } from './primitives';
import { getOpenBarUsage, getPhaseIndex, getPhaseUsage, phasesNamedInBars } from './scene';

export type LegendEntry =
  | { kind: 'phase'; phaseIndex: number; text: string }
  /** More phases than colours: one entry for all of them (their names are in the bars). */
  | { kind: 'phases'; text: string }
  | { kind: 'barWithoutPhases'; text: string }
  | { kind: 'openBar'; open: 'start' | 'end'; text: string }
  | { kind: 'baseline'; text: string }
  | { kind: 'milestone'; variant: TMilestoneVariant; text: string }
  | { kind: 'dependency'; violated: boolean; text: string }
  | { kind: 'deadline'; text: string }
  | { kind: 'today'; text: string }
  | { kind: 'status'; status: TStatus; text: string };

const STATUS_ORDER: TStatus[] = ['red', 'amber', 'green', 'none', 'done'];

/** The legend of what the model actually uses: its phases, then symbols, then statuses. */
export function timelineLegend(model: TimelineModel): LegendEntry[] {
  const phaseIndex = getPhaseIndex(model);
  const { used, barWithoutPhases: withoutPhases } = getPhaseUsage(model);
  const entries: LegendEntry[] = phasesNamedInBars(model)
    ? [{ kind: 'phases', text: 'Phasen (Bezeichnung im Balken, wo Platz ist)' }]
    : [...used]
        .sort((a, b) => (phaseIndex.get(a) ?? 0) - (phaseIndex.get(b) ?? 0))
        .map((name) => ({ kind: 'phase', phaseIndex: phaseIndex.get(name) ?? -1, text: `Phase: ${name}` }));
  if (withoutPhases) entries.push({ kind: 'barWithoutPhases', text: 'Laufzeit (ohne Phasen)' });
  const openBars = getOpenBarUsage(model);
  if (openBars.withoutStart) entries.push({ kind: 'openBar', open: 'start', text: 'Projekt ohne geplanten Beginn (nur Ende)' });
  if (openBars.withoutEnd) entries.push({ kind: 'openBar', open: 'end', text: 'Projekt ohne geplantes Ende (nur Beginn)' });
  entries.push(
    { kind: 'baseline', text: 'Basisplan (ursprünglich vereinbart)' },
    { kind: 'milestone', variant: 'planned', text: 'Meilenstein geplant' },
    { kind: 'milestone', variant: 'forecast', text: 'Meilenstein Prognose' },
    { kind: 'milestone', variant: 'actual', text: 'Meilenstein erreicht (Ist)' },
    { kind: 'milestone', variant: 'baseline', text: 'Meilenstein Basisplan' },
    { kind: 'dependency', violated: false, text: 'Abhängigkeit' },
    { kind: 'dependency', violated: true, text: 'Abhängigkeit verletzt (gestrichelt)' },
    { kind: 'deadline', text: 'Rechtliche Frist' },
    { kind: 'today', text: todayName(model) },
  );
  for (const status of STATUS_ORDER) entries.push({ kind: 'status', status, text: `Status ${STATUS_LABELS[status]}` });
  return entries;
}

