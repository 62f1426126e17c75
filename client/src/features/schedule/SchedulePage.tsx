import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hasPermission } from '../../../../shared/auth/permissions';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { viewFromSearchParams } from '../../../../shared/portfolio/url';
import { DEFAULT_PORTFOLIO_VIEW, type TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import type { TTimelineZoom } from '../../../../shared/timeline/scale';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import type { ViewChange } from '../portfolio/PortfolioFilterFields';
import { TimelineView, type TimelineViewProps } from '../timeline';
import { ScheduleFilters } from './ScheduleFilters';
import { COLLAPSED_PARAM, portfolioHrefOf, scheduleSearchParams, timelineFilters } from './schedule-url';
import { decodePortfolioTimeline, type PortfolioTimeline } from './types';
import { DeadlineList } from './DeadlineList';
import { useChartPosition } from './useChartPosition';
import { useCollapsedParam } from './useCollapsedParam';
import { useReschedule } from './useReschedule';
import { useZoomParam } from './useZoomParam';

/** Typing in the search field asks the server once the typing pauses. */
const SEARCH_DELAY_MS = 250;

function useDelayed<T>(value: T, delay: number): T {
  const [delayed, setDelayed] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDelayed(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return delayed;
}

/**
 * Zeitplan: the whole organisation (or one programme) on one Gantt, grouped by Handlungsfeld,
 * filtered by the portfolio's URL parameters; the zoom level and the collapsed rows are in the URL
 * as well, so that a copied link, a reload and Back from a project show the chart as it was.
 */
export function SchedulePage() {
  usePageTitle('Zeitplan');
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams), [searchParams]);
  const [zoom, onZoom] = useZoomParam();
  // Kept as it is when the filters change: rows outside the new filter are simply not drawn.
  const collapsed = searchParams.get(COLLAPSED_PARAM) ?? '';
  const filters = timelineFilters(view);
  const search = useDelayed(filters.search, SEARCH_DELAY_MS);
  const timeline = useQuery({
    ...trpc.timeline.portfolio.queryOptions({ ...filters, search }),
    select: decodePortfolioTimeline,
    // Keep the chart (its scroll position, collapsed groups) while a new filter is read.
    placeholderData: keepPreviousData,
    // The route's loader asked already, with retries: a refusal (e.g. a programme of another
    // organisation) is not asked again when the page mounts.
    retryOnMount: false,
  });

  const onChange = useCallback<ViewChange>(
    (patch, options) =>
      setSearchParams(scheduleSearchParams({ ...view, ...patch }, zoom, collapsed), { replace: options?.replace ?? false }),
    [view, zoom, collapsed, setSearchParams],
  );

  return (
    <section aria-labelledby="schedule-heading" className="schedule">
      <h1 id="schedule-heading">Zeitplan</h1>
      <QueryState isPending={timeline.isPending} error={timeline.error}>
        {() => (
          <ScheduleContent
            data={timeline.data!}
            view={view}
            zoom={zoom}
            onChange={onChange}
            onReset={() => setSearchParams(scheduleSearchParams(DEFAULT_PORTFOLIO_VIEW, zoom, collapsed))}
            onZoom={onZoom}
            refetch={() => timeline.refetch()}
          />
        )}
      </QueryState>
    </section>
  );
}

function ScheduleContent({
  data,
  view,
  zoom,
  onChange,
  onReset,
  onZoom,
  refetch,
}: {
  data: PortfolioTimeline;
  view: TPortfolioView;
  zoom: TTimelineZoom;
  onChange: ViewChange;
  onReset: () => void;
  onZoom: (zoom: TTimelineZoom) => void;
  refetch: () => Promise<unknown>;
}) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { model, versions, filters } = data;
  const programme = view.programmeId !== null ? filters.programmes.find((p) => p.id === view.programmeId) : undefined;
  const title = `Zeitplan ${programme?.title ?? user.organisationName}`;
  const { onReschedule, dialog, message } = useReschedule({
    model,
    versions,
    enabled: hasPermission(user.role, 'editOwnProjects') && model.rows.some((row) => row.editable),
    refetch,
  });

  return (
    <>
      <p className="muted">
        Stand {formatDate(data.asOf)}. Die Filter stehen in der Adresse dieser Seite, wie im Portfolio: ein kopierter Link zeigt
        dieselben Projekte.
      </p>
      <ScheduleFilters view={view} options={filters} onChange={onChange} onReset={onReset} />
      <div className="toolbar">
        <p className="toolbar__count" aria-live="polite" aria-atomic="true">
          {formatNumber(model.rows.length)} von {formatNumber(filters.projectCount)} Projekten
        </p>
        <Link className="button schedule-link" to={portfolioHrefOf(view)}>
          Als Tabelle im Portfolio zeigen
        </Link>
      </div>
      <p className="schedule-saved no-print" role="status">
        {message}
      </p>
      {model.rows.length === 0 ? (
        <p>Keine Projekte entsprechen dieser Ansicht.</p>
      ) : (
        <ScheduleTimeline
          model={model}
          title={title}
          zoom={zoom}
          onZoomChange={onZoom}
          onOpen={(href) => void navigate(href)}
          onReschedule={onReschedule}
        />
      )}
      <DeadlineList model={model} />
      {dialog}
    </>
  );
}

/**
 * The chart, with its collapsed rows in the URL (read and written by useCollapsedParam) and its
 * position kept with the history entry (Back from a project returns to it).
 */
function ScheduleTimeline(props: Omit<TimelineViewProps, 'collapsed' | 'onCollapsedChange' | 'position' | 'positionKey' | 'onPositionChange'>) {
  const { collapsed, onCollapsedChange } = useCollapsedParam(props.model);
  const { position, positionKey, onPositionChange } = useChartPosition('portfolio');
  return (
    <TimelineView
      {...props}
      collapsed={collapsed}
      onCollapsedChange={onCollapsedChange}
      position={position}
      positionKey={positionKey}
      onPositionChange={onPositionChange}
    />
  );
}
