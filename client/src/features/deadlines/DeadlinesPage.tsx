import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { BINDINGNESS_LABELS } from '../../../../shared/schemas/domain';
import { FULFILMENT_LABELS, FULFILMENTS } from '../../../../shared/schemas/report';
import { useTRPC } from '../../lib/trpc';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { usePageTitle } from '../../ui/usePageTitle';
import { ProgrammeSelect, useProgrammeParam } from '../overview/ProgrammeSelect';
import { daysLeftText } from './deadline-text';
import { FulfilmentBadge } from './FulfilmentBadge';

/**
 * The compliance matrix: each legal obligation with the projects that fulfil it, overdue ones
 * first. Erfüllt = every linked project at Reifegrad 3 (see ADR 003).
 */
export function DeadlinesPage() {
  usePageTitle('Rechtliche Fristen');
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const programmeId = useProgrammeParam(searchParams);
  const deadlines = useQuery(trpc.board.deadlines.queryOptions(programmeId === null ? {} : { programmeId }));

  return (
    <section aria-labelledby="deadlines-page-heading">
      <h1 id="deadlines-page-heading">Rechtliche Fristen</h1>
      <QueryState isPending={deadlines.isPending} error={deadlines.error}>
        {() => {
          const d = deadlines.data!;
          const counts = Object.fromEntries(FULFILMENTS.map((f) => [f, d.obligations.filter((o) => o.fulfilment === f).length]));
          const unassigned = d.obligations.filter((o) => o.projects.length === 0).length;
          return (
            <>
              <div className="page-intro">
                <p className="muted">
                  Stand {formatDate(d.asOf)}. Erfüllt ist eine Pflicht, wenn alle zugeordneten Projekte Reifegrad 3 (abgeschlossen)
                  erreicht haben; teilweise, wenn einige es haben.
                </p>
                <ProgrammeSelect
                  programmes={d.programmes}
                  value={programmeId}
                  onChange={(id) => setSearchParams(id === null ? {} : { programm: String(id) })}
                />
              </div>
              <ul className="summary-list" aria-label="Zusammenfassung">
                {FULFILMENTS.map((f) => (
                  <li key={f}>
                    {FULFILMENT_LABELS[f]}: <strong>{formatNumber(counts[f] ?? 0)}</strong>
                  </li>
                ))}
                <li>
                  kein Projekt zugeordnet: <strong>{formatNumber(unassigned)}</strong>
                </li>
              </ul>
              {d.obligations.length === 0 ? (
                <p className="muted">Keine rechtlichen Fristen erfasst.</p>
              ) : (
                <table className="data-table deadline-matrix">
                  <caption>Rechtliche Pflichten und erfüllende Projekte, überfällige zuerst</caption>
                  <thead>
                    <tr>
                      <th scope="col">Rechtsgrundlage</th>
                      <th scope="col">Inhalt</th>
                      <th scope="col">Verbindlichkeit</th>
                      <th scope="col">Frist</th>
                      <th scope="col">Restlaufzeit</th>
                      <th scope="col">Erfüllung</th>
                      <th scope="col">Erfüllende Projekte</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.obligations.map((o) => (
                      <tr key={o.id} className={o.fulfilment === 'overdue' ? 'row--overdue' : undefined}>
                        <th scope="row">
                          {o.label}
                          <span className="cell-note">
                            {o.paragraph} {o.law}
                          </span>
                        </th>
                        <td>{o.title}</td>
                        <td>{BINDINGNESS_LABELS[o.bindingness]}</td>
                        <td>{formatDate(o.deadline) || '–'}</td>
                        <td>{daysLeftText(o.daysLeft, o.fulfilment)}</td>
                        <td>
                          <FulfilmentBadge fulfilment={o.fulfilment} />
                        </td>
                        <td>
                          {o.projects.length === 0 ? (
                            <strong className="flag">kein Projekt zugeordnet</strong>
                          ) : (
                            <ul className="plain-list plain-list--tight">
                              {o.projects.map((p) => (
                                <li key={p.id} className="linked-project">
                                  <Link to={`/projekte/${p.id}`}>
                                    {p.code && <span className="muted">{p.code} </span>}
                                    {p.title}
                                  </Link>{' '}
                                  <MaturityBadge maturity={p.maturity} /> <StatusBadge status={p.status} />
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
