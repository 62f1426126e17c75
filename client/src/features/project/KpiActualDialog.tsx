import { ZKpiActual } from '../../../../shared/schemas/kpi';
import { useTRPCClient } from '../../lib/trpc';
import { EntityFormDialog, freshRecord } from '../edit/EntityFormDialog';
import { numberOrNull, numberToText } from '../edit/form-values';
import type { Kpi } from './types';
import { useFreshDetail } from './useFreshDetail';

/** Quick path "Ist-Wert erfassen": one year's actual value of a KPI. */
export function KpiActualDialog({ projectId, kpi, onClose }: { projectId: number; kpi: Kpi; onClose: () => void }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(projectId);
  const year = new Date().getFullYear();
  const actualOf = (k: Kpi, y: number) => numberToText(k.values.find((v) => v.year === y)?.actual);
  return (
    <EntityFormDialog
      title="Ist-Wert erfassen"
      intro={<p>Kennzahl {kpi.key} „{kpi.title}“</p>}
      fields={[
        { name: 'year', label: 'Jahr', kind: 'number', required: true },
        { name: 'actual', label: 'Ist-Wert', kind: 'number', hint: 'Leer lassen, um den Ist-Wert des Jahres zu löschen.' },
      ]}
      initial={{ year: String(year), actual: actualOf(kpi, year) }}
      version={kpi.version}
      schema={ZKpiActual}
      toInput={(v, version) => ({ id: kpi.id, version: version!, year: numberOrNull(v, 'year') as number, actual: numberOrNull(v, 'actual') })}
      submit={(input) => client.kpi.recordActual.mutate(input)}
      reload={freshRecord(async () => (await fresh()).kpis, kpi.id, (k) => ({ year: String(year), actual: actualOf(k, year) }))}
      onClose={onClose}
    />
  );
}

