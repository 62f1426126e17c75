import { Link } from 'react-router';
import { formatDate } from '../../../../shared/dates/format';
import { latestUpdateText } from '../../../../shared/portfolio/columns';
import type { TPortfolioColumnId } from '../../../../shared/schemas/portfolio-view';
import { STATUS_LABELS } from '../../../../shared/schemas/domain';
import { STATUS_PRESENTATION } from '../../../../shared/status';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import type { PortfolioRow } from './types';

function Reasons({ reasons }: { reasons: PortfolioRow['reasons'] }) {
  if (reasons.length === 0) return <span className="muted">–</span>;
  const red = reasons.filter((r) => r.level === 'red').length;
  return (
    <details className="disclosure reasons">
      <summary>
        {reasons.length === 1 ? '1 Grund' : `${reasons.length} Gründe`}
        {red > 0 && red < reasons.length && ` (davon ${red} rot)`}
      </summary>
      <ul className="reason-list">
        {reasons.map((reason, index) => (
          <li key={index} className={`reason reason--${reason.level}`}>
            <span className="visually-hidden">{STATUS_LABELS[reason.level]}: </span>
            {reason.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

function StatusCell({ row }: { row: PortfolioRow }) {
  const override = row.override;
  return (
    <>
      <StatusBadge
        status={row.status}
        detail={override?.active ? `(manuell, berechnet: ${STATUS_PRESENTATION[row.computed].label})` : undefined}
      />
      {override && !override.active && <span className="cell-note">manuelle Ampel ({STATUS_LABELS[override.status]}) abgelaufen</span>}
    </>
  );
}

export function PortfolioCell({ column, row, indent }: { column: TPortfolioColumnId; row: PortfolioRow; indent: boolean }) {
  switch (column) {
    case 'code':
      return <>{row.code ?? ''}</>;
    case 'title':
      return (
        <span className="project-title" style={indent && row.depth > 0 ? { paddingLeft: `${row.depth * 1.25}rem` } : undefined}>
          {row.depth > 0 && <span className="visually-hidden">Teilprojekt: </span>}
          <Link to={`/projekte/${row.id}`}>{row.title}</Link>
        </span>
      );
    case 'fieldOfAction':
      return <>{row.fieldOfActionTitle}</>;
    case 'status':
      return <StatusCell row={row} />;
    case 'reasons':
      return <Reasons reasons={row.reasons} />;
    case 'maturity':
      return <MaturityBadge maturity={row.maturity} />;
    case 'responsibleUnit':
      return <>{row.responsibleUnit ?? '–'}</>;
    case 'responsiblePerson':
      return <>{row.responsiblePerson ?? '–'}</>;
    case 'plannedStart':
      return <>{formatDate(row.plannedStart) || '–'}</>;
    case 'plannedEnd':
      return <>{formatDate(row.plannedEnd) || '–'}</>;
    case 'latestUpdate':
      return <>{latestUpdateText(row.latestUpdate) || '–'}</>;
  }
}
