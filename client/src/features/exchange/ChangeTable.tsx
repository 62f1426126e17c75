import { formatNumber } from '../../../../shared/dates/format';
import type { UploadChanges } from './types';

const COUNTS = [
  { key: 'created', label: 'neu' },
  { key: 'updated', label: 'geändert' },
  { key: 'deleted', label: 'gelöscht' },
  { key: 'unchanged', label: 'unverändert' },
] as const;

/** What an import changes (or would change) per kind of row. */
export function ChangeTable({ changes, caption }: { changes: UploadChanges; caption: string }) {
  const rows = changes.filter((row) => COUNTS.some(({ key }) => row[key] > 0));
  return (
    <table className="data-table exchange-changes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Art</th>
          {COUNTS.map(({ key, label }) => (
            <th key={key} scope="col" className="num">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind} className={row.created + row.updated + row.deleted > 0 ? 'exchange-changes__changed' : undefined}>
            <th scope="row">{row.label}</th>
            {COUNTS.map(({ key }) => (
              <td key={key} className="num">
                {formatNumber(row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Projekte: 1 geändert; Meilensteine: 2 neu" – or that nothing changes. */
export function describeChanges(changes: UploadChanges): string {
  const parts = changes.flatMap((row) => {
    const counts = COUNTS.filter(({ key }) => key !== 'unchanged' && row[key] > 0).map(
      ({ key, label }) => `${formatNumber(row[key])} ${label}`,
    );
    return counts.length > 0 ? [`${row.label}: ${counts.join(', ')}`] : [];
  });
  return parts.length > 0 ? parts.join('; ') : 'keine Änderungen, alles unverändert';
}
