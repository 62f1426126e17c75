import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { KpiFigure } from '../goals/KpiFigure';
import { AttentionList } from './AttentionList';
import { ChangesList } from './ChangesList';
import { MaturityCounts, StatusCounts } from './CountTiles';
import { DeadlineTable } from './DeadlineTable';
import { ProgrammeSelect, useProgrammeParam } from './ProgrammeSelect';

export function OverviewPage() {
  usePageTitle('Übersicht');
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const programmeId = useProgrammeParam(searchParams);
  const overview = useQuery(trpc.board.overview.queryOptions(programmeId === null ? {} : { programmeId }));

  return (
    <section aria-labelledby="overview-heading" className="overview">
      <h1 id="overview-heading">Übersicht</h1>
      <QueryState isPending={overview.isPending} error={overview.error}>
        {() => {
          const o = overview.data!;
          return (
            <>
              <div className="page-intro">
                <p className="muted">Stand {formatDate(o.asOf)}. Alle Ampeln werden aus Terminen, Fristen und Kennzahlen berechnet.</p>
                <ProgrammeSelect
                  programmes={o.programmes}
                  value={programmeId}
                  onChange={(id) => setSearchParams(id === null ? {} : { programm: String(id) })}
                />
              </div>
              <div className="tile-row">
                <StatusCounts counts={o.counts} programmeId={programmeId} />
                <MaturityCounts counts={o.counts} programmeId={programmeId} />
              </div>

              <section aria-labelledby="attention-heading">
                <h2 id="attention-heading">Handlungsbedarf</h2>
                <AttentionList status="red" list={o.attention.red} programmeId={programmeId} />
                <AttentionList status="amber" list={o.attention.amber} programmeId={programmeId} />
              </section>

              <section aria-labelledby="deadlines-heading">
                <h2 id="deadlines-heading">Rechtliche Fristen</h2>
                <DeadlineTable caption="Überfällige Fristen" items={o.deadlines.overdue.items} total={o.deadlines.overdue.total} />
                <DeadlineTable
                  caption={`Fristen bis ${formatDate(o.deadlines.horizon)} (nächste 12 Monate)`}
                  items={o.deadlines.upcoming.items}
                  total={o.deadlines.upcoming.total}
                />
                <p>
                  <Link to="/fristen">Alle rechtlichen Fristen</Link>
                </p>
              </section>

              <section aria-labelledby="kpi-heading">
                <h2 id="kpi-heading">Kennzahlen: Plan und Ist</h2>
                {o.kpis.total === 0 ? (
                  <p className="muted">Keine Kennzahlen erfasst.</p>
                ) : (
                  <>
                    <div className="kpi-grid">
                      {o.kpis.items.map((kpi) => (
                        <KpiFigure key={kpi.id} kpi={kpi} collapseTable />
                      ))}
                    </div>
                    <p>
                      {o.kpis.total > o.kpis.items.length && (
                        <>
                          {formatNumber(o.kpis.items.length)} von {formatNumber(o.kpis.total)} Kennzahlen (am weitesten hinter dem Plan
                          zuerst).{' '}
                        </>
                      )}
                      <Link to="/ziele">Alle Ziele und Kennzahlen</Link>
                    </p>
                  </>
                )}
              </section>

              <ChangesList changes={o.changes} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
