import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { hasPermission } from '../../../../shared/auth/permissions';
import { ROW_HEIGHT } from '../../../../shared/timeline/layout';
import { hasChartDates } from '../../../../shared/timeline/scene';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { TimelineView } from '../timeline';
import { DeadlineList } from './DeadlineList';
import { decodeProjectTimeline, type ProjectTimeline } from './types';
import { useReschedule } from './useReschedule';
import { useChartPosition } from './useChartPosition';
import { useZoomParam } from './useZoomParam';

/** Room for the date header and the scrollbar below the rows. */
const CHROME_HEIGHT = 140;
const MAX_HEIGHT = 520;

/**
 * Zeitplan section of the project page: the project, its sub-projects and their milestones. Its
 * zoom level is in the page's URL (?zoom=jahr), as on the portfolio Zeitplan.
 */
export function ProjectTimelineSection({ projectId, title }: { projectId: number; title: string }) {
  const trpc = useTRPC();
  const timeline = useQuery({ ...trpc.timeline.project.queryOptions({ projectId }), select: decodeProjectTimeline });
  return (
    <section aria-labelledby="project-timeline-heading" className="project-timeline">
      <h2 id="project-timeline-heading">Zeitplan</h2>
      <QueryState isPending={timeline.isPending} error={timeline.error}>
        {() => (
          <ProjectTimeline
            data={timeline.data!}
            title={`Zeitplan ${title}`}
            refetch={() => timeline.refetch()}
          />
        )}
      </QueryState>
    </section>
  );
}

function ProjectTimeline({
  data,
  title,
  refetch,
}: {
  data: ProjectTimeline;
  title: string;
  refetch: () => Promise<unknown>;
}) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [zoom, onZoom] = useZoomParam();
  const { position, positionKey, onPositionChange } = useChartPosition('project');
  const { model, versions } = data;
  const { onReschedule, dialog, message } = useReschedule({
    model,
    versions,
    enabled: hasPermission(user.role, 'editOwnProjects') && model.rows.some((row) => row.editable),
    refetch,
  });
  const dated = model.rows.some(hasChartDates);
  const note = dated ? null : (
    <p className="muted">Für dieses Projekt{model.rows.length > 1 ? ' und seine Teilprojekte' : ''} sind noch keine Termine erfasst.</p>
  );
  // Without dates the chart is worth showing only for the legal deadlines it marks.
  if (!dated && model.deadlines.length === 0) return note;
  // One group row plus the projects: the chart is as high as its rows, up to a limit.
  const height = Math.min(MAX_HEIGHT, (model.rows.length + 1) * ROW_HEIGHT + CHROME_HEIGHT);
  return (
    <>
      {note}
      <p className="schedule-saved no-print" role="status">
        {message}
      </p>
      <TimelineView
        model={model}
        title={title}
        zoom={zoom}
        onZoomChange={onZoom}
        // The project's own row opens the page it is on: no second history entry for it, and the
        // query (the zoom level) stays.
        onOpen={(href) =>
          void (href === location.pathname
            ? navigate({ pathname: href, search: location.search }, { replace: true })
            : navigate(href))
        }
        onReschedule={onReschedule}
        height={height}
        position={position}
        positionKey={positionKey}
        onPositionChange={onPositionChange}
      />
      <DeadlineList model={model} />
      {dialog}
    </>
  );
}
