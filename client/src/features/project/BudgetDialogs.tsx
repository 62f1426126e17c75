import { BUDGET_KIND_LABELS, BUDGET_KINDS } from '../../../../shared/schemas/domain';
import { ZBudgetLineCreate, ZBudgetLineUpdate } from '../../../../shared/schemas/budget';
import { useTRPCClient } from '../../lib/trpc';
import { EntityFormDialog, type FieldSpec, type FreshRecord, type Option } from '../edit/EntityFormDialog';
import { idOrNull, numberOrNull, numberToText, str, textOrNull, type FormValues } from '../edit/form-values';

export interface BudgetLineRecord {
  id: number;
  version: number;
  projectId: number | null;
  year: number;
  kind: 'consumptive' | 'investive';
  fundingSource: string | null;
  description: string | null;
  plan: number | null;
  actual: number | null;
  positions: number | null;
}

const KIND_OPTIONS: Option[] = BUDGET_KINDS.map((k) => ({ value: k, label: BUDGET_KIND_LABELS[k] }));

function budgetFields(projects: Option[] | null): FieldSpec[] {
  return [
    ...(projects
      ? ([{ name: 'projectId', label: 'Projekt', kind: 'select', options: projects, emptyLabel: '– Programm insgesamt –' }] satisfies FieldSpec[])
      : []),
    { name: 'year', label: 'Haushaltsjahr', kind: 'number', required: true },
    { name: 'kind', label: 'Art', kind: 'radio', options: KIND_OPTIONS, required: true },
    { name: 'fundingSource', label: 'Finanzierung', kind: 'text', hint: 'z. B. Haushalt, Fördermittel „Gute Schule 2020“, DigitalPakt Schule' },
    { name: 'plan', label: 'Plan (Euro)', kind: 'number', hint: 'z. B. 265.000' },
    { name: 'actual', label: 'Ist (Euro)', kind: 'number' },
    { name: 'positions', label: 'Stellen', kind: 'number', hint: 'z. B. 2,0' },
    { name: 'description', label: 'Beschreibung', kind: 'textarea' },
  ];
}

export function budgetValuesOf(b: BudgetLineRecord): FormValues {
  return {
    projectId: b.projectId ? String(b.projectId) : '',
    year: String(b.year),
    kind: b.kind,
    fundingSource: b.fundingSource ?? '',
    description: b.description ?? '',
    plan: numberToText(b.plan),
    actual: numberToText(b.actual),
    positions: numberToText(b.positions),
  };
}

const fields = (v: FormValues, fixedProjectId: number | null | undefined) => ({
  projectId: fixedProjectId !== undefined ? fixedProjectId : idOrNull(v, 'projectId'),
  year: numberOrNull(v, 'year') as number,
  kind: str(v, 'kind') as 'consumptive' | 'investive',
  fundingSource: textOrNull(v, 'fundingSource'),
  description: textOrNull(v, 'description'),
  plan: numberOrNull(v, 'plan'),
  actual: numberOrNull(v, 'actual'),
  positions: numberOrNull(v, 'positions'),
});

/**
 * With `projects` the line's project can be chosen (programme editing); without, the line stays
 * with its project (project page).
 */
export function BudgetLineEditDialog({
  line,
  projects,
  reload,
  onClose,
}: {
  line: BudgetLineRecord;
  projects: Option[] | null;
  reload: () => Promise<FreshRecord | null>;
  onClose: () => void;
}) {
  const client = useTRPCClient();
  return (
    <EntityFormDialog
      title="Budgetzeile bearbeiten"
      fields={budgetFields(projects)}
      initial={budgetValuesOf(line)}
      version={line.version}
      schema={ZBudgetLineUpdate}
      toInput={(v, version) => ({ id: line.id, version: version!, ...fields(v, projects ? undefined : line.projectId) })}
      submit={(input) => client.budget.update.mutate(input)}
      reload={reload}
      onClose={onClose}
    />
  );
}

export function BudgetLineCreateDialog({
  programmeId,
  projectId,
  projects,
  onClose,
}: {
  programmeId: number;
  projectId: number | null;
  projects: Option[] | null;
  onClose: () => void;
}) {
  const client = useTRPCClient();
  return (
    <EntityFormDialog
      title="Budgetzeile anlegen"
      fields={budgetFields(projects)}
      initial={{
        projectId: projectId ? String(projectId) : '',
        year: String(new Date().getFullYear()),
        kind: 'consumptive',
        fundingSource: '',
        description: '',
        plan: '',
        actual: '',
        positions: '',
      }}
      schema={ZBudgetLineCreate}
      toInput={(v) => ({ programmeId, ...fields(v, projects ? undefined : projectId) })}
      submit={(input) => client.budget.create.mutate(input)}
      submitLabel="Anlegen"
      onClose={onClose}
    />
  );
}
