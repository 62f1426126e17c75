import type { ReactNode } from 'react';
import { formatDate } from '../../../../../shared/dates/format';
import { GOAL_KIND_LABELS, GOAL_KINDS, type TGoalKind } from '../../../../../shared/schemas/domain';
import { GOAL_PARENT_KINDS, ZGoalCreate, ZGoalUpdate } from '../../../../../shared/schemas/goal';
import { useTRPCClient } from '../../../lib/trpc';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, freshRecord, type FieldSpec, type Option } from '../EntityFormDialog';
import { RecordActions } from '../EntityTable';
import { dateOrNull, idOrNull, ids, idsToValue, str, type FormValues } from '../form-values';
import { projectOptions, projectTitles, type ProgrammeStructure, type SectionProps } from './types';

type Goal = ProgrammeStructure['goals'][number];

function parentOptions(structure: ProgrammeStructure, kind: TGoalKind, self?: number): Option[] {
  const allowed = GOAL_PARENT_KINDS[kind];
  return structure.goals
    .filter((g) => allowed.includes(g.kind) && g.id !== self)
    .map((g) => ({ value: String(g.id), label: `${g.key} – ${g.text.slice(0, 80)}` }));
}

function goalFields(structure: ProgrammeStructure, kind: TGoalKind | null, self?: number): FieldSpec[] {
  return [
    ...(kind === null
      ? ([
          {
            name: 'kind',
            label: 'Art',
            kind: 'radio',
            required: true,
            options: GOAL_KINDS.map((k) => ({ value: k, label: GOAL_KIND_LABELS[k] })),
          },
        ] satisfies FieldSpec[])
      : []),
    { name: 'key', label: 'Kürzel', kind: 'text', required: true, hint: 'z. B. W1, L1.1, M3' },
    { name: 'text', label: 'Ziel', kind: 'textarea', required: true },
    {
      name: 'parentId',
      label: 'Übergeordnetes Ziel',
      kind: 'select',
      emptyLabel: '– keines (nur für Wirkungsziele) –',
      hint: 'Leistungsziele gehören zu einem Wirkungsziel, Maßnahmen zu einem Leistungs- oder Wirkungsziel.',
      options: (values) => parentOptions(structure, kind ?? (str(values, 'kind') as TGoalKind), self),
    },
    { name: 'dueDate', label: 'Fällig bis', kind: 'date' },
    { name: 'projectIds', label: 'Projekte, die dem Ziel dienen', kind: 'checkboxes', options: projectOptions(structure) },
  ];
}

const valuesOf = (g: Goal): FormValues => ({
  key: g.key,
  text: g.text,
  parentId: g.parentId ? String(g.parentId) : '',
  dueDate: g.dueDate ?? '',
  projectIds: idsToValue(g.projectIds),
});

const inputOf = (v: FormValues) => ({
  key: str(v, 'key').trim(),
  text: str(v, 'text'),
  parentId: idOrNull(v, 'parentId'),
  dueDate: dateOrNull(v, 'dueDate'),
  projectIds: ids(v, 'projectIds'),
});

function GoalItem({ goal, children, ...props }: SectionProps & { goal: Goal; children?: ReactNode }) {
  const client = useTRPCClient();
  const { structure, canEdit, fresh } = props;
  const label = `${GOAL_KIND_LABELS[goal.kind]} ${goal.key}`;
  return (
    <li>
      <strong>
        {label}
      </strong>
      : {goal.text}
      {goal.dueDate && <span className="muted"> (bis {formatDate(goal.dueDate)})</span>}
      {goal.projectIds.length > 0 && <span className="muted"> – Projekte: {projectTitles(structure, goal.projectIds)}</span>}
      {canEdit && (
        <span className="row-actions">
          {' '}
          <RecordActions
            what={label}
            edit={(close) => (
              <EntityFormDialog
                title={`${GOAL_KIND_LABELS[goal.kind]} bearbeiten`}
                fields={goalFields(structure, goal.kind, goal.id)}
                initial={valuesOf(goal)}
                version={goal.version}
                schema={ZGoalUpdate}
                toInput={(v, version) => ({ id: goal.id, version: version!, ...inputOf(v) })}
                submit={(input) => client.goal.update.mutate(input)}
                reload={freshRecord(async () => (await fresh()).goals, goal.id, valuesOf)}
                onClose={close}
              />
            )}
            deletion={{
              impactKey: ['goal', goal.id],
              loadImpact: () => client.goal.deletionImpact.query({ id: goal.id }),
              remove: () => client.goal.delete.mutate({ id: goal.id, version: goal.version, confirm: true }),
            }}
          />
        </span>
      )}
      {children}
    </li>
  );
}

function GoalTree({ parentId, ...props }: SectionProps & { parentId: number | null }) {
  const level = props.structure.goals.filter((g) => g.parentId === parentId);
  if (level.length === 0) return null;
  return (
    <ul className="goal-tree">
      {level.map((g) => (
        <GoalItem key={g.id} goal={g} {...props}>
          <GoalTree parentId={g.id} {...props} />
        </GoalItem>
      ))}
    </ul>
  );
}

export function GoalsSection(props: SectionProps) {
  const client = useTRPCClient();
  const { structure, canEdit } = props;
  return (
    <section aria-labelledby="goals-admin-heading">
      <h2 id="goals-admin-heading">Ziele (Wirkungsziele → Leistungsziele → Maßnahmen)</h2>
      {structure.goals.length === 0 ? <p className="muted">Noch keine Ziele.</p> : <GoalTree parentId={null} {...props} />}
      {canEdit && (
        <DialogButton label="Ziel anlegen" className="button">
          {(close) => (
            <EntityFormDialog
              title="Ziel anlegen"
              fields={goalFields(structure, null)}
              initial={{ kind: 'impact', key: '', text: '', parentId: '', dueDate: '', projectIds: [] }}
              schema={ZGoalCreate}
              toInput={(v) => ({ programmeId: structure.programme.id, kind: str(v, 'kind') as TGoalKind, ...inputOf(v) })}
              submit={(input) => client.goal.create.mutate(input)}
              submitLabel="Anlegen"
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
