import { Link } from 'react-router';
import { formatNumber } from '../../../../shared/dates/format';
import { portfolioHref } from '../../../../shared/portfolio/url';
import type { TMaturity } from '../../../../shared/schemas/domain';
import { STATUS_SEVERITY_ORDER } from '../../../../shared/status';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import type { Overview } from './types';

function projects(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'Projekt' : 'Projekte'}`;
}

export function StatusCounts({ counts, programmeId }: { counts: Overview['counts']; programmeId: number | null }) {
  return (
    <section aria-labelledby="status-counts-heading" className="tile">
      <h2 id="status-counts-heading">Ampel</h2>
      <ul className="count-list">
        {STATUS_SEVERITY_ORDER.map((status) => (
          <li key={status}>
            <Link to={portfolioHref({ statuses: [status], topLevelOnly: true, programmeId })} className="count-list__link">
              <StatusBadge status={status} />
              <span className="count-list__count">{projects(counts.byStatus[status])}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted tile__note">
        {projects(counts.total)} insgesamt. Teilprojekte zählen im Status ihres Projekts mit (schlechtester Wert).
      </p>
    </section>
  );
}

export function MaturityCounts({ counts, programmeId }: { counts: Overview['counts']; programmeId: number | null }) {
  return (
    <section aria-labelledby="maturity-counts-heading" className="tile">
      <h2 id="maturity-counts-heading">Umsetzungsstand (Reifegrad 1–3)</h2>
      <ul className="count-list">
        {([1, 2, 3] as TMaturity[]).map((maturity) => (
          <li key={maturity}>
            <Link
              to={portfolioHref({ maturities: [maturity], topLevelOnly: true, programmeId })}
              className="count-list__link"
            >
              <MaturityBadge maturity={maturity} />
              <span className="count-list__count">{projects(counts.byMaturity[maturity])}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
