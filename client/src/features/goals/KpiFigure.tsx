import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuro, formatNumber } from '../../../../shared/dates/format';
import { KPI_UNIT_LABELS, type TKpiUnit } from '../../../../shared/schemas/domain';

export interface KpiFigureData {
  key: string;
  title: string;
  unit: TKpiUnit;
  values: readonly { year: number; plan: number | null; actual: number | null; attainmentPercent: number | null }[];
}

export function kpiValueText(unit: TKpiUnit, value: number | null): string {
  if (value === null) return '–';
  if (unit === 'yesno') return value > 0 ? 'ja' : 'nein';
  if (unit === 'euro') return formatEuro(value);
  if (unit === 'percent') return `${formatNumber(value)} %`;
  return formatNumber(value);
}

function attainmentText(value: number | null): string {
  return value === null ? '–' : `${formatNumber(value)} %`;
}

/** One sentence a screen reader hears for the chart; the table beside it has every value. */
function chartSummary(kpi: KpiFigureData): string {
  const years = kpi.values.map((v) => v.year);
  if (years.length === 0) return `${kpi.key}: noch keine Werte erfasst.`;
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const latest = [...kpi.values].reverse().find((v) => v.actual !== null);
  const tail = latest
    ? `letzter Ist-Wert ${latest.year}: ${kpiValueText(kpi.unit, latest.actual)} bei Plan ${kpiValueText(kpi.unit, latest.plan)}` +
      (latest.attainmentPercent !== null ? ` (${attainmentText(latest.attainmentPercent)} des Plans)` : '')
    : 'noch keine Ist-Werte erfasst';
  return `Diagramm ${kpi.key}: Plan und Ist je Jahr ${span}; ${tail}.`;
}

export function KpiTable({ kpi, caption }: { kpi: KpiFigureData; caption?: string }) {
  return (
    <table className="data-table data-table--compact">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Jahr</th>
          <th scope="col" className="num">
            Plan
          </th>
          <th scope="col" className="num">
            Ist
          </th>
          <th scope="col" className="num">
            Zielerreichung
          </th>
        </tr>
      </thead>
      <tbody>
        {kpi.values.map((v) => (
          <tr key={v.year}>
            <th scope="row">{v.year}</th>
            <td className="num">{kpiValueText(kpi.unit, v.plan)}</td>
            <td className="num">{kpiValueText(kpi.unit, v.actual)}</td>
            <td className="num">{attainmentText(v.attainmentPercent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Plan (dashed line with square markers) against actual (bars) per year. Colour is not the only
 * difference between the series, and the values table is always there as the text alternative.
 */
export function KpiFigure({ kpi, collapseTable = false }: { kpi: KpiFigureData; collapseTable?: boolean }) {
  const captionId = useId();
  const data = kpi.values.map((v) => ({ year: String(v.year), plan: v.plan, actual: v.actual }));
  const tick = (value: number) => (kpi.unit === 'euro' ? formatEuro(value) : formatNumber(value));
  const table = <KpiTable kpi={kpi} caption={collapseTable ? undefined : `Werte ${kpi.key}`} />;
  return (
    <figure className="kpi-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="kpi-figure__caption">
        <strong>{kpi.key}</strong> {kpi.title} <span className="muted">({KPI_UNIT_LABELS[kpi.unit]})</span>
      </figcaption>
      {data.length > 0 ? (
        <div className="kpi-figure__chart" role="img" aria-label={chartSummary(kpi)}>
          <ResponsiveContainer width="100%" height={200}>
            <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
              <XAxis dataKey="year" stroke="#4a5260" />
              <YAxis tickFormatter={tick} stroke="#4a5260" width={kpi.unit === 'euro' ? 80 : 48} />
              <Tooltip formatter={(value) => kpiValueText(kpi.unit, typeof value === 'number' ? value : null)} />
              <Legend />
              <Bar dataKey="actual" name="Ist" fill="#0b4f8a" isAnimationActive={false} />
              <Line
                dataKey="plan"
                name="Plan"
                stroke="#8a5a00"
                strokeWidth={2}
                strokeDasharray="6 3"
                dot={{ r: 4, strokeWidth: 2 }}
                legendType="square"
                isAnimationActive={false}
                connectNulls
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="muted">Noch keine Werte erfasst.</p>
      )}
      {data.length > 0 &&
        (collapseTable ? (
          <details className="disclosure">
            <summary>Werte als Tabelle</summary>
            {table}
          </details>
        ) : (
          table
        ))}
    </figure>
  );
}
