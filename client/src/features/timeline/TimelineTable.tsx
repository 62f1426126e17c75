import { useMemo, useState, type MouseEvent } from 'react';
import { daysBetween } from '../../../../shared/dates/iso-date';
import { projectDependencies } from '../../../../shared/timeline/dependencies';
import {
  dependencyTexts,
  formatDate,
  maturityText,
  milestoneStateText,
  statusText,
  projectStatus,
} from '../../../../shared/timeline/labels';
import { layoutTimelineRows, type LayoutRow } from '../../../../shared/timeline/layout';
import type { TimelineMilestone, TimelineModel, TimelineProject } from '../../../../shared/timeline/model';
import { StatusIcon } from './StatusIcon';

/**
 * The timeline as a table: the same data as the Gantt for people who prefer or need text
 * (screen readers, copying into minutes). Grouped by field of action, sub-projects indented.
 * Long portfolios are shown in pages of PAGE_SIZE rows to keep the DOM small.
 */

export interface TimelineTableProps {
  model: TimelineModel;
  onOpen: (href: string) => void;
  caption?: string;
}

const PAGE_SIZE = 200;

function milestoneText(milestone: TimelineMilestone, today: string): string {
  const dates = [
    milestone.plannedDate ? `geplant ${formatDate(milestone.plannedDate)}` : null,
    milestone.forecastDate ? `Prognose ${formatDate(milestone.forecastDate)}` : null,
    milestone.actualDate ? `Ist ${formatDate(milestone.actualDate)}` : null,
    milestone.baselineDate ? `Basis ${formatDate(milestone.baselineDate)}` : null,
  ].filter((part): part is string => part !== null);
  return `${milestone.title} – ${milestoneStateText(milestone, today)}${dates.length > 0 ? ` (${dates.join(', ')})` : ''}`;
}

function slipDays(project: TimelineProject): string {
  if (!project.plannedEnd || !project.baselineEnd) return '–';
  const days = daysBetween(project.baselineEnd, project.plannedEnd);
  if (days === 0) return '0 Tage';
  return `${days > 0 ? '+' : '−'}${Math.abs(days)} ${Math.abs(days) === 1 ? 'Tag' : 'Tage'}`;
}

const COLUMNS = [
  'Nr.',
  'Projekt',
  'Status',
  'Reifegrad',
  'Beginn (Plan)',
  'Ende (Plan)',
  'Beginn (Basisplan)',
  'Ende (Basisplan)',
  'Abweichung Ende',
  'Phasen',
  'Meilensteine',
  'Abhängigkeiten',
] as const;

export function TimelineTable({ model, onOpen, caption = 'Zeitplan als Tabelle' }: TimelineTableProps) {
  const rows = useMemo(() => layoutTimelineRows(model).rows, [model]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const projectTotal = model.rows.length;

  // Cut after `limit` project rows, keeping each group header before its projects.
  const shown: LayoutRow[] = [];
  let projects = 0;
  for (const row of rows) {
    if (row.kind === 'project') {
      if (projects >= limit) break;
      projects += 1;
    }
    shown.push(row);
  }
  while (shown.length > 0 && shown[shown.length - 1]?.kind === 'group' && projects < projectTotal) shown.pop();

  const open = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    event.preventDefault();
    onOpen(href);
  };

  return (
    <div className="tl-table-wrapper">
      <table className="tl-table">
        <caption>
          {caption}
          {projects < projectTotal ? ` – ${projects} von ${projectTotal} Projekten` : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            if (row.kind === 'group') {
              return (
                <tr key={row.key} className="tl-table-group">
                  <th scope="colgroup" colSpan={COLUMNS.length}>
                    {`Handlungsfeld: ${row.group.title} (${row.projectCount === 1 ? '1 Projekt' : `${row.projectCount} Projekte`})`}
                  </th>
                </tr>
              );
            }
            const { project } = row;
            const dependencies = dependencyTexts(project, projectDependencies(model, project.id));
            return (
              <tr key={row.key}>
                <td>{project.code ?? ''}</td>
                <th scope="row" style={{ paddingLeft: `${0.4 + (row.depth - 1) * 1.2}rem` }}>
                  {row.depth > 1 ? <span className="tl-sr-only">Teilprojekt: </span> : null}
                  {project.href ? (
                    <a href={project.href} onClick={(event) => open(event, project.href as string)}>
                      {project.title}
                    </a>
                  ) : (
                    project.title
                  )}
                </th>
                <td>
                  <span className="tl-status">
                    <StatusIcon status={projectStatus(project)} />
                    <span>{statusText(project)}</span>
                  </span>
                </td>
                <td>{maturityText(project.maturity)}</td>
                <td>{formatDate(project.plannedStart)}</td>
                <td>{formatDate(project.plannedEnd)}</td>
                <td>{formatDate(project.baselineStart)}</td>
                <td>{formatDate(project.baselineEnd)}</td>
                <td>{slipDays(project)}</td>
                <td>
                  {project.phases.length > 0 ? (
                    <ul className="tl-table-list">
                      {project.phases.map((phase, index) => (
                        <li key={index}>{`${phase.name}: ${formatDate(phase.start)} – ${formatDate(phase.end)}`}</li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {project.milestones.length > 0 ? (
                    <ul className="tl-table-list">
                      {project.milestones.map((milestone) => (
                        <li key={milestone.id}>{milestoneText(milestone, model.today)}</li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {dependencies.length > 0 ? (
                    <ul className="tl-table-list">
                      {dependencies.map((text, index) => (
                        <li key={index}>{text}</li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {projects < projectTotal ? (
        <button type="button" className="tl-button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
          {`Weitere ${Math.min(PAGE_SIZE, projectTotal - projects)} Projekte anzeigen`}
        </button>
      ) : null}
    </div>
  );
}
