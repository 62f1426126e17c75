import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../../shared/dates/format';
import { reportFileUrl } from './labels';
import { ReportStateBadge } from './StateBadge';
import type { ReportListItem } from './types';

/** The organisation's reports, newest Stichtag first, with their downloads. */
export function ReportList({ reports }: { reports: ReportListItem[] }) {
  if (reports.length === 0) return <p>Es liegen noch keine Berichte vor.</p>;
  return (
    <table className="data-table report-table">
      <caption className="visually-hidden">Sachstandsberichte, neuester Stichtag zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Stichtag</th>
          <th scope="col">Gremium</th>
          <th scope="col">Sitzung</th>
          <th scope="col">Status</th>
          <th scope="col">Erstellt</th>
          <th scope="col">Freigegeben</th>
          <th scope="col">Dateien</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => {
          const name = `Bericht zum Stichtag ${formatDate(r.asOfDate)} an ${r.committee}`;
          return (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/berichte/${r.id}`} aria-label={name}>
                  {formatDate(r.asOfDate)}
                </Link>
              </th>
              <td>{r.committee}</td>
              <td>{r.meetingDate ? formatDate(r.meetingDate) : '–'}</td>
              <td>
                <ReportStateBadge state={r.state} />
              </td>
              <td>
                {r.createdByName}
                <br />
                <span className="muted">{formatDateTime(r.createdAt)}</span>
              </td>
              <td>
                {r.releasedAt ? (
                  <>
                    {r.releasedByName}
                    <br />
                    <span className="muted">{formatDateTime(r.releasedAt)}</span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td>
                <ul className="download-links">
                  <li>
                    <a href={reportFileUrl(r.id, 'pdf')} download aria-label={`PDF: ${name}`}>
                      PDF
                    </a>
                  </li>
                  <li>
                    <a href={reportFileUrl(r.id, 'docx')} download aria-label={`DOCX: ${name}`}>
                      DOCX
                    </a>
                  </li>
                  <li>
                    <a href={reportFileUrl(r.id, 'html')} target="_blank" rel="noopener" aria-label={`Druckansicht: ${name} (neues Fenster)`}>
                      Druckansicht
                    </a>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
