import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { hasPermission } from '../../../../shared/auth/permissions';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import {
  BINDINGNESS_LABELS,
  GOAL_KIND_LABELS,
  KPI_UNIT_LABELS,
  STATUS_LABELS,
} from '../../../../shared/schemas/domain';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { DeleteButton } from '../edit/DeleteButton';
import { DialogButton } from '../edit/DialogButton';
import { BudgetSection } from './BudgetSection';
import { DependenciesSection } from './DependenciesSection';
import { KpiActualDialog } from './KpiActualDialog';
import { MilestonesSection } from './MilestonesSection';
import { MaturityDialog, ProjectCreateDialog, ProjectEditDialog } from './ProjectDialogs';
import { ProjectHistory } from './ProjectHistory';
import { ProjectStatusPanel } from './ProjectStatusPanel';
import { ProjectTimelineSection } from '../schedule/ProjectTimelineSection';

export function ProjectPage() {
  const { projectId } = useParams();
  const id = Number(projectId);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const programmeEditor = hasPermission(user.role, 'editPortfolio');
  const detail = useQuery({ ...trpc.project.detail.queryOptions({ id }), enabled: Number.isInteger(id) && id > 0 });
  usePageTitle(detail.data ? detail.data.project.title : 'Projekt');

  if (!Number.isInteger(id) || id <= 0) {
    return (
      <p role="alert" className="form-error">
        Ungültige Projektnummer.
      </p>
    );
  }

  return (
    <QueryState isPending={detail.isPending} error={detail.error}>
      {() => {
        const d = detail.data!;
        const p = d.project;
        const noun = p.parentId ? 'Teilprojekt' : 'Projekt';
        return (
          <article aria-labelledby="project-heading" className="project">
            <nav aria-label="Brotkrumen" className="breadcrumbs">
              <Link to="/portfolio">Portfolio</Link> › {p.fieldOfActionTitle}
              {p.parent && (
                <>
                  {' › '}
                  <Link to={`/projekte/${p.parent.id}`}>{p.parent.title}</Link>
                </>
              )}
            </nav>
            <h1 id="project-heading">
              {p.code && <span className="muted">{p.code} </span>}
              {p.title}
            </h1>
            {d.rights.edit && (
              <div className="toolbar no-print" role="group" aria-label={`${noun} pflegen`}>
                <DialogButton label={`${noun} bearbeiten`} className="button">
                  {(close) => <ProjectEditDialog detail={d} structural={d.rights.structure} onClose={close} />}
                </DialogButton>
                <DialogButton label="Reifegrad ändern" className="button">
                  {(close) => <MaturityDialog detail={d} onClose={close} />}
                </DialogButton>
                {d.rights.structure && (
                  <DeleteButton
                    what={`${noun} „${p.title}“`}
                    impactKey={['project', p.id]}
                    loadImpact={() => client.project.deletionImpact.query({ id: p.id })}
                    remove={() => client.project.delete.mutate({ id: p.id, version: p.version, confirm: true })}
                    onDeleted={() => void navigate(p.parent ? `/projekte/${p.parent.id}` : '/portfolio', { replace: true })}
                  />
                )}
              </div>
            )}
            <dl className="facts">
              <div>
                <dt>Umsetzungsstand</dt>
                <dd>
                  <MaturityBadge maturity={p.maturity} />
                </dd>
              </div>
              <div>
                <dt>Programm</dt>
                <dd>{p.programme.title}</dd>
              </div>
              <div>
                <dt>Verantwortliche Stelle</dt>
                <dd>{p.responsibleUnit ?? '–'}</dd>
              </div>
              <div>
                <dt>Verantwortliche Person</dt>
                <dd>{p.responsiblePerson ?? '–'}</dd>
              </div>
              <div>
                <dt>Projektleitung (Cockpit)</dt>
                <dd>{p.lead?.displayName ?? '–'}</dd>
              </div>
              <div>
                <dt>Beteiligte</dt>
                <dd>{p.involvedParties ?? '–'}</dd>
              </div>
              <div>
                <dt>Geplanter Zeitraum</dt>
                <dd>{p.plannedStart || p.plannedEnd ? `${formatDate(p.plannedStart) || '?'} – ${formatDate(p.plannedEnd) || '?'}` : '–'}</dd>
              </div>
            </dl>
            <ProjectStatusPanel projectId={p.id} />
            {p.description && <p className="project__description">{p.description}</p>}

            <section aria-labelledby="children-heading">
              <h2 id="children-heading">Teilprojekte</h2>
              {d.children.length === 0 ? (
                <p className="muted">Keine Teilprojekte.</p>
              ) : (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Nr.</th>
                      <th scope="col">Teilprojekt</th>
                      <th scope="col">Umsetzungsstand (1–3)</th>
                      <th scope="col">Geplantes Ende</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.children.map((c) => (
                      <tr key={c.id}>
                        <td>{c.code}</td>
                        <td>
                          <Link to={`/projekte/${c.id}`}>{c.title}</Link>
                        </td>
                        <td>
                          <MaturityBadge maturity={c.maturity} />
                        </td>
                        <td>{formatDate(c.plannedEnd) || '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {d.rights.createSubProject && (
                <DialogButton label="Teilprojekt anlegen" className="button">
                  {(close) => (
                    <ProjectCreateDialog
                      programmeId={p.programme.id}
                      parent={{ id: p.id, title: p.title, fieldOfActionId: p.fieldOfActionId }}
                      structural={d.rights.structure}
                      onClose={close}
                    />
                  )}
                </DialogButton>
              )}
            </section>

            <section aria-labelledby="phases-heading">
              <h2 id="phases-heading">Phasen und Meilensteine</h2>
              {d.phases.length > 0 && (
                <table className="data-table">
                  <caption>Phasen</caption>
                  <thead>
                    <tr>
                      <th scope="col">Phase</th>
                      <th scope="col">Beginn</th>
                      <th scope="col">Ende</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.phases.map((ph) => (
                      <tr key={ph.id}>
                        <td>{ph.name}</td>
                        <td>{formatDate(ph.startDate)}</td>
                        <td>{formatDate(ph.endDate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <MilestonesSection detail={d} />
            </section>

            <ProjectTimelineSection projectId={p.id} title={p.title} />

            <section aria-labelledby="goals-heading">
              <h2 id="goals-heading">Ziele und Kennzahlen</h2>
              {d.goals.length === 0 ? (
                <p className="muted">Keinen Zielen zugeordnet.</p>
              ) : (
                <ul className="plain-list">
                  {d.goals.map((g) => (
                    <li key={g.id}>
                      <strong>
                        {GOAL_KIND_LABELS[g.kind]} {g.key}
                      </strong>
                      : {g.text}
                      {g.dueDate && <span className="muted"> (bis {formatDate(g.dueDate)})</span>}
                    </li>
                  ))}
                </ul>
              )}
              {d.kpis.map((k) => (
                <table className="data-table" key={k.id}>
                  <caption>
                    {k.key} {k.title} ({KPI_UNIT_LABELS[k.unit]}){' '}
                    {d.rights.structure && (
                      <DialogButton label="Ist-Wert erfassen" context={`Kennzahl ${k.key}`}>
                        {(close) => <KpiActualDialog projectId={p.id} kpi={k} onClose={close} />}
                      </DialogButton>
                    )}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Jahr</th>
                      <th scope="col">Plan</th>
                      <th scope="col">Ist</th>
                    </tr>
                  </thead>
                  <tbody>
                    {k.values.map((v) => (
                      <tr key={v.id}>
                        <th scope="row">{v.year}</th>
                        <td>{formatNumber(v.plan) || '–'}</td>
                        <td>{formatNumber(v.actual) || '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </section>

            <section aria-labelledby="obligations-heading">
              <h2 id="obligations-heading">Rechtliche Fristen</h2>
              {d.obligations.length === 0 ? (
                <p className="muted">Keine rechtliche Frist zugeordnet.</p>
              ) : (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Rechtsgrundlage</th>
                      <th scope="col">Inhalt</th>
                      <th scope="col">Verbindlichkeit</th>
                      <th scope="col">Frist</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.obligations.map((o) => (
                      <tr key={o.id}>
                        <td>
                          {o.paragraph} {o.law}
                        </td>
                        <td>{o.title}</td>
                        <td>{BINDINGNESS_LABELS[o.bindingness]}</td>
                        <td>{formatDate(o.deadline) || 'ohne Frist'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section aria-labelledby="budget-heading">
              <h2 id="budget-heading">Budget</h2>
              <BudgetSection detail={d} />
            </section>

            <section aria-labelledby="decisions-heading">
              <h2 id="decisions-heading">Beschlüsse</h2>
              {d.decisions.length === 0 ? (
                <p className="muted">Keine Beschlüsse.</p>
              ) : (
                <ul className="plain-list">
                  {d.decisions.map((dec) => (
                    <li key={dec.id}>
                      <strong>
                        {dec.committee} {formatDate(dec.date)}
                      </strong>
                      : {dec.subject}
                      {dec.outcome && ` – ${dec.outcome}`}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {programmeEditor && (
              <p className="no-print">
                Ziele, Kennzahlen, rechtliche Fristen und Beschlüsse samt ihrer Projektzuordnung pflegen Sie in der{' '}
                <Link to={`/verwaltung/programm?programm=${p.programme.id}`}>Programmpflege</Link>.
              </p>
            )}

            <section aria-labelledby="dependencies-heading">
              <h2 id="dependencies-heading">Abhängigkeiten</h2>
              <DependenciesSection detail={d} />
            </section>

            <section aria-labelledby="updates-heading">
              <h2 id="updates-heading">Statusmeldungen</h2>
              {d.statusUpdates.length === 0 ? (
                <p className="muted">Noch keine Statusmeldung.</p>
              ) : (
                <ul className="plain-list">
                  {d.statusUpdates.map((u) => (
                    <li key={u.id}>
                      <strong>{formatDate(u.date)}</strong> – {STATUS_LABELS[u.status]} – {u.text}{' '}
                      <span className="muted">({u.authorName})</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="history-heading">
              <h2 id="history-heading">Verlauf</h2>
              <ProjectHistory projectId={p.id} />
            </section>
          </article>
        );
      }}
    </QueryState>
  );
}
