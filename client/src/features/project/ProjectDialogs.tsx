import { useQuery } from '@tanstack/react-query';
import { describeFittedPhase, fitPhasesToSpan } from '../../../../shared/domain/phases';
import { MATURITY_LABELS, MATURITY_LEVELS } from '../../../../shared/schemas/domain';
import { ZMaturityChange, ZProjectCreate, ZProjectUpdate } from '../../../../shared/schemas/project';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { EntityFormDialog, type FieldSpec, type Option } from '../edit/EntityFormDialog';
import { dateOrNull, idOrNull, str, textOrNull, type FormValues } from '../edit/form-values';
import type { ProjectDetail } from './types';
import { useFreshDetail } from './useFreshDetail';

const MATURITY_OPTIONS: Option[] = MATURITY_LEVELS.map((level) => ({ value: String(level), label: `${level} – ${MATURITY_LABELS[level]}` }));

/** The choices only the steering office makes: field of action and the lead in the cockpit. */
export function useStructureOptions(programmeId: number, enabled: boolean) {
  const trpc = useTRPC();
  const structure = useQuery({ ...trpc.programmeInfo.structure.queryOptions({ programmeId }), enabled });
  const leads = useQuery({ ...trpc.user.leadOptions.queryOptions(), enabled });
  return {
    ready: !enabled || (structure.isSuccess && leads.isSuccess),
    fields: (structure.data?.fieldsOfAction ?? []).map((f) => ({ value: String(f.id), label: f.title })),
    leads: (leads.data ?? []).map((l) => ({ value: String(l.id), label: `${l.displayName} (${l.username})` })),
  };
}

function projectFields(structural: boolean, options: { fields: Option[]; leads: Option[] }): FieldSpec[] {
  return [
    { name: 'title', label: 'Titel', kind: 'text', required: true },
    { name: 'code', label: 'Nummer', kind: 'text', hint: 'z. B. 2.3 oder M4' },
    ...(structural
      ? ([
          { name: 'fieldOfActionId', label: 'Handlungsfeld', kind: 'select', options: options.fields, required: true },
          { name: 'leadUserId', label: 'Projektleitung im Cockpit', kind: 'select', options: options.leads, emptyLabel: '– keine –', hint: 'Diese Person darf das Projekt selbst pflegen.' },
        ] satisfies FieldSpec[])
      : []),
    { name: 'responsibleUnit', label: 'Verantwortliche Stelle', kind: 'text' },
    { name: 'responsiblePerson', label: 'Verantwortliche Person', kind: 'text' },
    { name: 'involvedParties', label: 'Beteiligte', kind: 'text', hint: 'z. B. IT-Dienstleister, Personalrat, Datenschutz' },
    { name: 'plannedStart', label: 'Geplanter Beginn', kind: 'date' },
    { name: 'plannedEnd', label: 'Geplantes Ende', kind: 'date' },
    { name: 'maturity', label: 'Umsetzungsstand (Reifegrad 1–3)', kind: 'radio', options: MATURITY_OPTIONS, required: true },
    { name: 'description', label: 'Beschreibung', kind: 'textarea' },
  ];
}

type ProjectRow = ProjectDetail['project'];

function valuesOf(p: ProjectRow): FormValues {
  return {
    title: p.title,
    code: p.code ?? '',
    fieldOfActionId: String(p.fieldOfActionId),
    leadUserId: p.leadUserId ? String(p.leadUserId) : '',
    responsibleUnit: p.responsibleUnit ?? '',
    responsiblePerson: p.responsiblePerson ?? '',
    involvedParties: p.involvedParties ?? '',
    plannedStart: p.plannedStart ?? '',
    plannedEnd: p.plannedEnd ?? '',
    maturity: String(p.maturity),
    description: p.description ?? '',
  };
}

const commonInput = (v: FormValues) => ({
  title: str(v, 'title'),
  code: textOrNull(v, 'code'),
  responsibleUnit: textOrNull(v, 'responsibleUnit'),
  responsiblePerson: textOrNull(v, 'responsiblePerson'),
  involvedParties: textOrNull(v, 'involvedParties'),
  plannedStart: dateOrNull(v, 'plannedStart'),
  plannedEnd: dateOrNull(v, 'plannedEnd'),
  maturity: Number(str(v, 'maturity')) as 1 | 2 | 3,
  description: textOrNull(v, 'description'),
});

export function ProjectEditDialog({ detail, structural, onClose }: { detail: ProjectDetail; structural: boolean; onClose: () => void }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(detail.project.id);
  const options = useStructureOptions(detail.project.programme.id, structural);
  if (!options.ready) return null;
  const p = detail.project;
  return (
    <EntityFormDialog
      title={p.parentId ? 'Teilprojekt bearbeiten' : 'Projekt bearbeiten'}
      fields={projectFields(structural, options)}
      initial={valuesOf(p)}
      version={p.version}
      schema={ZProjectUpdate}
      toInput={(v, version) => ({
        id: p.id,
        version: version!,
        ...commonInput(v),
        ...(structural ? { fieldOfActionId: Number(str(v, 'fieldOfActionId')), leadUserId: idOrNull(v, 'leadUserId') } : {}),
      })}
      submit={(input) => client.project.update.mutate(input)}
      reload={async () => {
        const d = await fresh();
        return { values: valuesOf(d.project), version: d.project.version };
      }}
      consequences={(v) => <PhaseConsequences detail={detail} plannedStart={dateOrNull(v, 'plannedStart')} plannedEnd={dateOrNull(v, 'plannedEnd')} />}
      onClose={onClose}
    />
  );
}

/**
 * What a changed planned span does to the phases (shared/domain/phases.ts, as the server will
 * apply it): listed before saving, or the reason the server will refuse it.
 */
function PhaseConsequences({ detail, plannedStart, plannedEnd }: { detail: ProjectDetail; plannedStart: string | null; plannedEnd: string | null }) {
  const p = detail.project;
  const fit = fitPhasesToSpan(
    detail.phases.map((phase) => ({ name: phase.name, start: phase.startDate, end: phase.endDate })),
    { start: p.plannedStart, end: p.plannedEnd },
    { start: plannedStart, end: plannedEnd },
  );
  if (!fit.ok) return <p className="field__hint">{fit.message}</p>;
  if (fit.changed.length === 0) return null;
  return (
    <>
      <p className="field__hint">Die Phasen folgen dem geänderten Zeitraum:</p>
      <ul className="field__hint">
        {fit.changed.map((change) => (
          <li key={change.phase.name}>{describeFittedPhase(change)}</li>
        ))}
      </ul>
    </>
  );
}

/** Quick path "Reifegrad ändern". */
export function MaturityDialog({ detail, onClose }: { detail: ProjectDetail; onClose: () => void }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(detail.project.id);
  const p = detail.project;
  return (
    <EntityFormDialog
      title="Reifegrad ändern"
      intro={<p>Umsetzungsstand (Reifegrad 1–3 nach Anlage 7) von „{p.title}“ – nicht der OZG-Reifegrad.</p>}
      fields={[{ name: 'maturity', label: 'Umsetzungsstand', kind: 'radio', options: MATURITY_OPTIONS, required: true }]}
      initial={{ maturity: String(p.maturity) }}
      version={p.version}
      schema={ZMaturityChange}
      toInput={(v, version) => ({ id: p.id, version: version!, maturity: Number(str(v, 'maturity')) as 1 | 2 | 3 })}
      submit={(input) => client.project.changeMaturity.mutate(input)}
      reload={async () => {
        const d = await fresh();
        return { values: { maturity: String(d.project.maturity) }, version: d.project.version };
      }}
      onClose={onClose}
    />
  );
}

/** A new project in a field of action, or (with a parent) a new sub-project. */
export function ProjectCreateDialog({
  programmeId,
  parent,
  fieldOfActionId,
  structural,
  onClose,
  onCreated,
}: {
  programmeId: number;
  parent: { id: number; title: string; fieldOfActionId: number } | null;
  fieldOfActionId?: number;
  structural: boolean;
  onClose: () => void;
  onCreated?: (id: number) => void;
}) {
  const client = useTRPCClient();
  const options = useStructureOptions(programmeId, structural);
  if (!options.ready) return null;
  const field = parent?.fieldOfActionId ?? fieldOfActionId;
  return (
    <EntityFormDialog
      title={parent ? 'Teilprojekt anlegen' : 'Projekt anlegen'}
      intro={parent ? <p>Neues Teilprojekt unter „{parent.title}“.</p> : undefined}
      fields={projectFields(structural, options)}
      initial={{
        title: '',
        code: '',
        fieldOfActionId: field ? String(field) : (options.fields[0]?.value ?? ''),
        leadUserId: '',
        responsibleUnit: '',
        responsiblePerson: '',
        involvedParties: '',
        plannedStart: '',
        plannedEnd: '',
        maturity: '1',
        description: '',
      }}
      schema={ZProjectCreate}
      toInput={(v) => ({
        ...commonInput(v),
        parentId: parent?.id ?? null,
        fieldOfActionId: structural ? Number(str(v, 'fieldOfActionId')) : field!,
        leadUserId: structural ? idOrNull(v, 'leadUserId') : null,
      })}
      submit={async (input) => {
        const created = await client.project.create.mutate(input);
        onCreated?.(created.id);
      }}
      submitLabel="Anlegen"
      onClose={onClose}
    />
  );
}
