import { formatNumber } from '../../../../../shared/dates/format';
import { KPI_UNIT_LABELS, KPI_UNITS, type TKpiUnit } from '../../../../../shared/schemas/domain';
import { ZKpiCreate, ZKpiUpdate } from '../../../../../shared/schemas/kpi';
import { useTRPCClient } from '../../../lib/trpc';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, freshRecord, type FieldSpec } from '../EntityFormDialog';
import { EntityTable, RecordActions, type EntityColumn } from '../EntityTable';
import { idOrNull, numberToText, parseGermanNumber, str, yearRows, type FormValues } from '../form-values';
import type { ProgrammeStructure, SectionProps } from './types';

type Kpi = ProgrammeStructure['kpis'][number];

function kpiFields(structure: ProgrammeStructure): FieldSpec[] {
  return [
    { name: 'key', label: 'Kürzel', kind: 'text', required: true, hint: 'z. B. K2' },
    { name: 'title', label: 'Kennzahl', kind: 'text', required: true },
    { name: 'unit', label: 'Einheit', kind: 'radio', required: true, options: KPI_UNITS.map((u) => ({ value: u, label: KPI_UNIT_LABELS[u] })) },
    {
      name: 'goalId',
      label: 'Ziel',
      kind: 'select',
      emptyLabel: '– ohne Ziel –',
      options: structure.goals.map((g) => ({ value: String(g.id), label: `${g.key} – ${g.text.slice(0, 80)}` })),
    },
    { name: 'values', label: 'Plan- und Ist-Werte je Jahr', kind: 'yearValues', hint: 'Bei ja/nein: 1 = ja, 0 = nein.' },
  ];
}

const valuesOf = (k: Kpi): FormValues => ({
  key: k.key,
  title: k.title,
  unit: k.unit,
  goalId: k.goalId ? String(k.goalId) : '',
  values: k.values.map((v) => ({ year: String(v.year), plan: numberToText(v.plan), actual: numberToText(v.actual) })),
});

const inputOf = (v: FormValues) => ({
  key: str(v, 'key').trim(),
  title: str(v, 'title'),
  unit: str(v, 'unit') as TKpiUnit,
  goalId: idOrNull(v, 'goalId'),
  values: yearRows(v, 'values').map((r) => ({
    year: parseGermanNumber(r.year) as number,
    plan: parseGermanNumber(r.plan),
    actual: parseGermanNumber(r.actual),
  })),
});

export function KpisSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  const goalKey = new Map(structure.goals.map((g) => [g.id, g.key]));
  const columns: EntityColumn<Kpi>[] = [
    { header: 'Kürzel', cell: (k) => k.key },
    { header: 'Kennzahl', cell: (k) => k.title },
    { header: 'Einheit', cell: (k) => KPI_UNIT_LABELS[k.unit] },
    { header: 'Ziel', cell: (k) => (k.goalId ? goalKey.get(k.goalId) : '–') },
    {
      header: 'Plan / Ist je Jahr',
      cell: (k) => k.values.map((v) => `${v.year}: ${formatNumber(v.plan) || '–'} / ${formatNumber(v.actual) || '–'}`).join('; ') || '–',
    },
  ];
  return (
    <section aria-labelledby="kpis-admin-heading">
      <h2 id="kpis-admin-heading">Kennzahlen</h2>
      <EntityTable
        rows={structure.kpis}
        columns={columns}
        empty="Noch keine Kennzahlen."
        actions={
          canEdit
            ? (k) => (
                <RecordActions
                  what={`Kennzahl ${k.key}`}
                  edit={(close) => (
                    <EntityFormDialog
                      title="Kennzahl bearbeiten"
                      fields={kpiFields(structure)}
                      initial={valuesOf(k)}
                      version={k.version}
                      schema={ZKpiUpdate}
                      toInput={(v, version) => ({ id: k.id, version: version!, ...inputOf(v) })}
                      submit={(input) => client.kpi.update.mutate(input)}
                      reload={freshRecord(async () => (await fresh()).kpis, k.id, valuesOf)}
                      onClose={close}
                    />
                  )}
                  deletion={{
                    impactKey: ['kpi', k.id],
                    loadImpact: () => client.kpi.deletionImpact.query({ id: k.id }),
                    remove: () => client.kpi.delete.mutate({ id: k.id, version: k.version, confirm: true }),
                  }}
                />
              )
            : undefined
        }
      />
      {canEdit && (
        <DialogButton label="Kennzahl anlegen" className="button">
          {(close) => (
            <EntityFormDialog
              title="Kennzahl anlegen"
              fields={kpiFields(structure)}
              initial={{ key: '', title: '', unit: 'count', goalId: '', values: [] }}
              schema={ZKpiCreate}
              toInput={(v) => ({ programmeId: structure.programme.id, ...inputOf(v) })}
              submit={(input) => client.kpi.create.mutate(input)}
              submitLabel="Anlegen"
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
