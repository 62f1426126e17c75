import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { StatusBadge } from '../../ui/StatusBadge';
import type { Overview } from './types';

/** What changed in the last 30 days: recorded events, and Ampel transitions where they are known. */
export function ChangesList({ changes }: { changes: Overview['changes'] }) {
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">Veränderungen der letzten {changes.windowDays} Tage</h2>
      <p className="muted">
        Seit {formatDate(changes.since)}: Statusmeldungen, manuelle Ampeln und Änderungen an Projekten, dazu Ampelwechsel, soweit
        sich der frühere Stand aus unveränderten Daten bestimmen lässt.
      </p>
      {changes.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
      {changes.total === 0 ? (
        <p className="muted">Keine Veränderungen erfasst.</p>
      ) : (
        <ul className="change-list">
          {changes.entries.map((entry) => (
            <li key={entry.projectId} className="change-list__item">
              <h3 className="change-list__title">
                <Link to={`/projekte/${entry.projectId}`}>
                  {entry.code && <span className="muted">{entry.code} </span>}
                  {entry.title}
                </Link>
              </h3>
              <p className="change-list__transition">
                {entry.from !== null && entry.from !== entry.to ? (
                  <>
                    Ampel <StatusBadge status={entry.from} /> <span aria-hidden="true">→</span>
                    <span className="visually-hidden">jetzt</span> <StatusBadge status={entry.to} />
                  </>
                ) : (
                  <>
                    Ampel jetzt <StatusBadge status={entry.to} />
                    {entry.from === null && <span className="muted"> (früherer Stand nicht bestimmbar, Daten geändert)</span>}
                  </>
                )}
              </p>
              {entry.events.length > 0 && (
                <ul className="plain-list plain-list--tight">
                  {entry.events.map((event, index) => (
                    <li key={index}>
                      <strong>{formatDate(event.date)}</strong>: {event.text}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {changes.total > changes.entries.length && (
        <p className="muted">
          {formatNumber(changes.entries.length)} von {formatNumber(changes.total)} Veränderungen angezeigt.
        </p>
      )}
    </section>
  );
}
