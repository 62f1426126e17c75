import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { portfolioHref } from '../../../../shared/portfolio/url';
import { STATUS_LABELS } from '../../../../shared/schemas/domain';
import { STATUS_PRESENTATION } from '../../../../shared/status';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import type { AttentionProject, Overview } from './types';

export function overrideDetail(p: { override: { status: string } | null; computed: keyof typeof STATUS_PRESENTATION }): string | undefined {
  return p.override ? `(manuell gesetzt, berechnet: ${STATUS_PRESENTATION[p.computed].label})` : undefined;
}

function AttentionCard({ project }: { project: AttentionProject }) {
  return (
    <li className={`attention-card attention-card--${project.status}`}>
      <h4 className="attention-card__title">
        <Link to={`/projekte/${project.id}`}>
          {project.code && <span className="muted">{project.code} </span>}
          {project.title}
        </Link>
      </h4>
      <p className="attention-card__meta">
        <StatusBadge status={project.status} detail={overrideDetail(project)} />
        <MaturityBadge maturity={project.maturity} />
        <span className="muted">{project.fieldOfActionTitle}</span>
      </p>
      {project.override && (
        <p className="attention-card__override">
          Begründung der manuellen Ampel: „{project.override.justification}“ ({project.override.authorName})
        </p>
      )}
      {project.reasons.length > 0 && (
        <ul className="reason-list" aria-label="Gründe">
          {project.reasons.map((reason, index) => (
            <li key={index} className={`reason reason--${reason.level}`}>
              <span className="visually-hidden">{STATUS_LABELS[reason.level]}: </span>
              {reason.message}
            </li>
          ))}
          {project.moreReasons > 0 && <li className="muted">und {formatNumber(project.moreReasons)} weitere</li>}
        </ul>
      )}
      {project.latestUpdate && (
        <p className="attention-card__update">
          Letzte Statusmeldung {formatDate(project.latestUpdate.date)} ({STATUS_LABELS[project.latestUpdate.status]}):{' '}
          {project.latestUpdate.text} <span className="muted">– {project.latestUpdate.authorName}</span>
        </p>
      )}
    </li>
  );
}

export function AttentionList({
  status,
  list,
  programmeId,
}: {
  status: 'red' | 'amber';
  list: Overview['attention']['red'];
  programmeId: number | null;
}) {
  const headingId = `attention-${status}-heading`;
  const label = status === 'red' ? 'Rote Projekte' : 'Gelbe Projekte';
  return (
    <section aria-labelledby={headingId} className="attention">
      <h3 id={headingId}>
        {label} <span className="muted">({formatNumber(list.total)})</span>
      </h3>
      {list.total === 0 ? (
        <p className="muted">Keine.</p>
      ) : (
        <>
          <ul className="attention-list">
            {list.projects.map((project) => (
              <AttentionCard key={project.id} project={project} />
            ))}
          </ul>
          {list.total > list.projects.length && (
            <p>
              <Link to={portfolioHref({ statuses: [status], topLevelOnly: true, programmeId })}>
                Alle {formatNumber(list.total)} {status === 'red' ? 'roten' : 'gelben'} Projekte im Portfolio
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
