import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../../shared/dates/format';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { auditChanges } from './history-format';

/** The "Verlauf": who changed what and when, with the changed fields before → after. */
export function ProjectHistory({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.projectHistory.queryOptions({ projectId }));
  return (
    <QueryState isPending={history.isPending} error={history.error}>
      {() =>
        history.data!.length === 0 ? (
          <p className="muted">Noch keine Änderungen erfasst.</p>
        ) : (
          <ol className="history">
            {history.data!.map((entry) => {
              const changes = auditChanges(entry.before, entry.after);
              const at = new Date(entry.at);
              return (
                <li key={entry.id} className="history__entry">
                  <p className="history__summary">{entry.summary}</p>
                  <p className="history__meta muted">
                    {entry.displayName ?? entry.username ?? 'System'}
                    {entry.username && entry.displayName ? ` (${entry.username})` : ''} ·{' '}
                    <time dateTime={at.toISOString()}>{formatDateTime(at)} Uhr</time>
                  </p>
                  {changes.length > 0 && (
                    <table className="data-table history__changes">
                      <caption className="visually-hidden">Geänderte Angaben</caption>
                      <thead>
                        <tr>
                          <th scope="col">Angabe</th>
                          <th scope="col">vorher</th>
                          <th scope="col">nachher</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((c) => (
                          <tr key={c.key}>
                            <th scope="row">{c.label}</th>
                            <td>{c.before}</td>
                            <td>{c.after}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              );
            })}
          </ol>
        )
      }
    </QueryState>
  );
}
