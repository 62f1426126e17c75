import { todayInBerlin } from '../../../../shared/dates/iso-date';
import { ZMilestoneCreate, ZMilestoneReached, ZMilestoneUpdate } from '../../../../shared/schemas/milestone';
import { useTRPCClient } from '../../lib/trpc';
import { EntityFormDialog, freshRecord, type FieldSpec } from '../edit/EntityFormDialog';
import { dateOrNull, str, textOrNull, type FormValues } from '../edit/form-values';
import type { Milestone } from './types';
import { useFreshDetail } from './useFreshDetail';

function milestoneFields(phaseNames: string[], creating: boolean): FieldSpec[] {
  return [
    { name: 'title', label: 'Bezeichnung', kind: 'text', required: true },
    { name: 'plannedDate', label: 'Geplant', kind: 'date' },
    {
      name: 'baselineDate',
      label: 'Basisplan (zuerst vereinbarter Termin)',
      kind: 'date',
      hint: creating ? 'Leer lassen: der geplante Termin wird als Basisplan übernommen.' : 'Bleibt in der Regel unverändert; der Verzug wird daran gemessen.',
    },
    { name: 'forecastDate', label: 'Prognose', kind: 'date' },
    { name: 'actualDate', label: 'Erreicht am', kind: 'date' },
    { name: 'phase', label: 'Phase', kind: 'text', list: phaseNames.map((p) => ({ value: p, label: p })) },
  ];
}

function valuesOf(m: Milestone): FormValues {
  return {
    title: m.title,
    plannedDate: m.plannedDate ?? '',
    baselineDate: m.baselineDate ?? '',
    forecastDate: m.forecastDate ?? '',
    actualDate: m.actualDate ?? '',
    phase: m.phase ?? '',
  };
}

const dates = (v: FormValues) => ({
  title: str(v, 'title'),
  plannedDate: dateOrNull(v, 'plannedDate'),
  baselineDate: dateOrNull(v, 'baselineDate'),
  forecastDate: dateOrNull(v, 'forecastDate'),
  actualDate: dateOrNull(v, 'actualDate'),
  phase: textOrNull(v, 'phase'),
});

export function MilestoneEditDialog({ projectId, milestone, phaseNames, onClose }: { projectId: number; milestone: Milestone; phaseNames: string[]; onClose: () => void }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(projectId);
  return (
    <EntityFormDialog
      title="Meilenstein bearbeiten"
      fields={milestoneFields(phaseNames, false)}
      initial={valuesOf(milestone)}
      version={milestone.version}
      schema={ZMilestoneUpdate}
      toInput={(v, version) => ({ id: milestone.id, version: version!, ...dates(v) })}
      submit={(input) => client.milestone.update.mutate(input)}
      reload={freshRecord(async () => (await fresh()).milestones, milestone.id, valuesOf)}
      onClose={onClose}
    />
  );
}

export function MilestoneCreateDialog({ projectId, phaseNames, onClose }: { projectId: number; phaseNames: string[]; onClose: () => void }) {
  const client = useTRPCClient();
  return (
    <EntityFormDialog
      title="Meilenstein anlegen"
      fields={milestoneFields(phaseNames, true)}
      initial={{ title: '', plannedDate: '', baselineDate: '', forecastDate: '', actualDate: '', phase: '' }}
      schema={ZMilestoneCreate}
      toInput={(v) => ({ projectId, ...dates(v) })}
      submit={(input) => client.milestone.create.mutate(input)}
      submitLabel="Anlegen"
      onClose={onClose}
    />
  );
}

/** Quick path "Meilenstein erreicht": the date defaults to today. */
export function MilestoneReachedDialog({ projectId, milestone, onClose }: { projectId: number; milestone: Milestone; onClose: () => void }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(projectId);
  return (
    <EntityFormDialog
      title="Meilenstein erreicht"
      intro={<p>„{milestone.title}“ als erreicht erfassen.</p>}
      fields={[{ name: 'actualDate', label: 'Erreicht am', kind: 'date', hint: 'Vorgeschlagen ist das heutige Datum; leer bedeutet heute.' }]}
      initial={{ actualDate: todayInBerlin() }}
      version={milestone.version}
      schema={ZMilestoneReached}
      toInput={(v, version) => ({ id: milestone.id, version: version!, actualDate: dateOrNull(v, 'actualDate') })}
      submit={(input) => client.milestone.markReached.mutate(input)}
      reload={freshRecord(async () => (await fresh()).milestones, milestone.id, (m) => ({ actualDate: m.actualDate ?? todayInBerlin() }))}
      submitLabel="Als erreicht speichern"
      onClose={onClose}
    />
  );
}
