import { Link } from 'react-router';
import { formatDate } from '../../../../shared/dates/format';
import { BINDINGNESS_LABELS } from '../../../../shared/schemas/domain';
import { daysLeftText } from '../deadlines/deadline-text';
import { FulfilmentBadge } from '../deadlines/FulfilmentBadge';
import type { DeadlineItem } from './types';

export function DeadlineTable({ caption, items, total }: { caption: string; items: DeadlineItem[]; total: number }) {
  if (total === 0) {
    return (
      <p>
        <strong>{caption}:</strong> <span className="muted">keine.</span>
      </p>
    );
  }
  return (
    <table className="data-table">
      <caption>
        {caption} ({total})
      </caption>
      <thead>
        <tr>
          <th scope="col">Rechtsgrundlage</th>
          <th scope="col">Inhalt</th>
          <th scope="col">Frist</th>
          <th scope="col">Stand</th>
          <th scope="col">Erfüllung</th>
          <th scope="col">Erfüllende Projekte</th>
        </tr>
      </thead>
      <tbody>
        {items.map((o) => (
          <tr key={o.id}>
            <th scope="row">
              {o.label}
              <span className="cell-note">{BINDINGNESS_LABELS[o.bindingness]}</span>
            </th>
            <td>{o.title}</td>
            <td>{formatDate(o.deadline)}</td>
            <td>{daysLeftText(o.daysLeft, o.fulfilment)}</td>
            <td>
              <FulfilmentBadge fulfilment={o.fulfilment} />
            </td>
            <td>
              {o.projectCount === 0 ? (
                <strong className="flag">kein Projekt zugeordnet</strong>
              ) : (
                <ul className="plain-list plain-list--tight">
                  {o.projects.map((p) => (
                    <li key={p.id}>
                      <Link to={`/projekte/${p.id}`}>{p.title}</Link>
                    </li>
                  ))}
                  {o.projectCount > o.projects.length && <li className="muted">und {o.projectCount - o.projects.length} weitere</li>}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
