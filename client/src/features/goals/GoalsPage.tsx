import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { inferRouterOutputs } from '@trpc/server';
import { formatDate } from '../../../../shared/dates/format';
import { GOAL_KIND_LABELS } from '../../../../shared/schemas/domain';
import type { AppRouter } from '../../../../server/routers';
import { useTRPC } from '../../lib/trpc';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { usePageTitle } from '../../ui/usePageTitle';
import { ProgrammeSelect, useProgrammeParam } from '../overview/ProgrammeSelect';
import { KpiFigure } from './KpiFigure';

type Goals = inferRouterOutputs<AppRouter>['board']['goals'];
type GoalNode = Goals['programmes'][number]['goals'][number];

/** h3 for Wirkungsziele, h4 for Leistungsziele, h5 for Maßnahmen (h6 below). */
function GoalHeading({ depth, children }: { depth: number; children: ReactNode }) {
  const level = Math.min(6, 3 + depth);
  const Tag = `h${level}` as 'h3';
  return <Tag className="goal__heading">{children}</Tag>;
}

function GoalItem({ goal, depth }: { goal: GoalNode; depth: number }) {
  return (
    <li className={`goal goal--${goal.kind}`}>
      <GoalHeading depth={depth}>
        {GOAL_KIND_LABELS[goal.kind]} {goal.key}
      </GoalHeading>
      <p className="goal__text">
        {goal.text}
        {goal.dueDate && <span className="muted"> (bis {formatDate(goal.dueDate)})</span>}
      </p>
      {goal.kpis.length > 0 && (
        <div className="kpi-grid">
          {goal.kpis.map((kpi) => (
            <KpiFigure key={kpi.id} kpi={kpi} />
          ))}
        </div>
      )}
      {goal.projects.length > 0 && (
        <div className="goal__projects">
          <p className="goal__projects-label">Projekte, die diesem Ziel dienen:</p>
          <ul className="plain-list plain-list--tight">
            {goal.projects.map((p) => (
              <li key={p.id}>
                <Link to={`/projekte/${p.id}`}>
                  {p.code && <span className="muted">{p.code} </span>}
                  {p.title}
                </Link>{' '}
                <StatusBadge status={p.status} /> <MaturityBadge maturity={p.maturity} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {goal.children.length > 0 && (
        <ul className="goals-tree">
          {goal.children.map((child) => (
            <GoalItem key={child.id} goal={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Ziele & Kennzahlen: the W → L → M → K tree with plan / actual per year. */
export function GoalsPage() {
  usePageTitle('Ziele und Kennzahlen');
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const programmeId = useProgrammeParam(searchParams);
  const goals = useQuery(trpc.board.goals.queryOptions(programmeId === null ? {} : { programmeId }));
  return (
    <section aria-labelledby="goals-page-heading">
      <h1 id="goals-page-heading">Ziele und Kennzahlen</h1>
      <QueryState isPending={goals.isPending} error={goals.error}>
        {() => {
          const g = goals.data!;
          return (
            <>
              <div className="page-intro">
                <p className="muted">
                  Wirkungsziele (W) → Leistungsziele (L) → Maßnahmen (M), mit ihren Kennzahlen (K): Plan und Ist je Jahr,
                  Zielerreichung = Ist in Prozent des Plans.
                </p>
                <ProgrammeSelect
                  programmes={g.programmes}
                  value={programmeId}
                  onChange={(id) => setSearchParams(id === null ? {} : { programm: String(id) })}
                />
              </div>
              {g.programmes.map((programme) => (
                <section key={programme.id} aria-labelledby={`goals-programme-${programme.id}`}>
                  <h2 id={`goals-programme-${programme.id}`}>{programme.title}</h2>
                  {programme.goals.length === 0 ? (
                    <p className="muted">Keine Ziele erfasst.</p>
                  ) : (
                    <ul className="goals-tree goals-tree--root">
                      {programme.goals.map((goal) => (
                        <GoalItem key={goal.id} goal={goal} depth={0} />
                      ))}
                    </ul>
                  )}
                  {programme.kpisWithoutGoal.length > 0 && (
                    <section aria-labelledby={`kpis-without-goal-${programme.id}`}>
                      <h3 id={`kpis-without-goal-${programme.id}`}>Kennzahlen ohne Zielzuordnung</h3>
                      <div className="kpi-grid">
                        {programme.kpisWithoutGoal.map((kpi) => (
                          <KpiFigure key={kpi.id} kpi={kpi} />
                        ))}
                      </div>
                    </section>
                  )}
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
