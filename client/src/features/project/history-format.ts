import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { isIsoDate } from '../../../../shared/dates/iso-date';
import { AUDIT_FIELD_LABELS } from '../../../../shared/schemas/audit';
import {
  BINDINGNESS_LABELS,
  BUDGET_KIND_LABELS,
  GOAL_KIND_LABELS,
  KPI_UNIT_LABELS,
  MATURITY_LABELS,
  ROLE_LABELS,
  type TMaturity,
} from '../../../../shared/schemas/domain';

/** Keys that are bookkeeping, not a field a person changed. */
const HIDDEN = new Set(['predecessorId', 'successorId']);

const ENUM_LABELS: Record<string, Record<string, string>> = {
  kind: { ...BUDGET_KIND_LABELS, ...GOAL_KIND_LABELS },
  unit: KPI_UNIT_LABELS,
  bindingness: BINDINGNESS_LABELS,
  role: ROLE_LABELS,
};

/** An audit value in German: dates "01.04.2020", numbers "1.234,5", empty "–". */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (key === 'maturity' && typeof value === 'number') return `${value} – ${MATURITY_LABELS[value as TMaturity] ?? ''}`;
  if (typeof value === 'string' && ENUM_LABELS[key]?.[value]) return ENUM_LABELS[key][value]!;
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return isIsoDate(value) ? formatDate(value) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'keine';
    if (value.every((v) => typeof v === 'object' && v !== null && 'year' in v)) {
      return (value as { year: number; plan: number | null; actual: number | null }[])
        .map((v) => `${v.year}: Plan ${formatAuditValue('plan', v.plan)}, Ist ${formatAuditValue('actual', v.actual)}`)
        .join('; ');
    }
    return `${value.length} ${value.length === 1 ? 'Eintrag' : 'Einträge'}`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${AUDIT_FIELD_LABELS[k] ?? k}: ${formatAuditValue(k, v)}`)
      .join(', ');
  }
  return String(value);
}

export interface AuditChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The changed fields of an entry, labelled in German, before → after. */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  return keys.map((key) => ({
    key,
    label: AUDIT_FIELD_LABELS[key] ?? (key === 'deletedWithIt' ? 'Mitgelöscht' : key === 'detached' ? 'Zuordnung gelöst' : key),
    before: before && key in before ? formatAuditValue(key, before[key]) : '–',
    after: after && key in after ? formatAuditValue(key, after[key]) : '–',
  }));
}
