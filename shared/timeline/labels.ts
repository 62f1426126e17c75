import { daysBetween } from '../dates/iso-date';
import { MATURITY_LABELS, STATUS_LABELS, type TStatus } from '../domain/vocabulary';
import { isDependencyViolated, NO_DEPENDENCIES, type ProjectDependencies } from './dependencies';
import type { TimelineDeadline, TimelineMilestone, TimelinePhase, TimelineProject } from './model';

/**
 * German texts of the timeline: accessible names of every drawn element, tooltip lines and the
 * table view. Parts are joined with "; " so that a tooltip can show them line by line.
 */

export const LABEL_SEPARATOR = '; ';

/**
 * "2020-04-01" → "01.04.2020", the same text as formatDate from shared/dates but by string
 * slicing: the labels of a scrolled-in window need hundreds of dates per frame and
 * Intl.DateTimeFormat costs several microseconds each.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
}

export function projectStatus(project: TimelineProject): TStatus {
  return project.status ?? 'none';
}

export function statusText(project: TimelineProject): string {
  return project.statusLabel ?? STATUS_LABELS[projectStatus(project)];
}

/** "Reifegrad 2 (in Bearbeitung)": the project scale 1–3, never the OZG-Reifegrad. */
export function maturityText(maturity: 1 | 2 | 3): string {
  return `Reifegrad ${maturity} (${MATURITY_LABELS[maturity]})`;
}

export function projectName(project: TimelineProject): string {
  return project.code ? `${project.code} ${project.title}` : project.title;
}

export function dateRangeText(start: string | null, end: string | null): string {
  return `${start ? formatDate(start) : 'offen'} bis ${end ? formatDate(end) : 'offen'}`;
}

function dayCount(days: number): string {
  return days === 1 ? '1 Tag' : `${days} Tagen`;
}

function plural(days: number): string {
  return days === 1 ? '1 Tag' : `${days} Tage`;
}

/** Slip of the planned end against the baseline end: "Ende 92 Tage später als Basisplan". */
export function slipText(project: TimelineProject): string | null {
  if (!project.plannedEnd || !project.baselineEnd) return null;
  const slip = daysBetween(project.baselineEnd, project.plannedEnd);
  if (slip === 0) return 'Ende wie Basisplan';
  return slip > 0
    ? `Ende ${plural(slip)} später als Basisplan`
    : `Ende ${plural(-slip)} früher als Basisplan`;
}

/** The short reference inside a sentence about two projects: the code, else the title. */
function projectRef(project: TimelineProject): string {
  return project.code ?? project.title;
}

/**
 * "verletzt: 5.4 beginnt am 01.07.2017, vor dem Ende von 5.2 am 31.12.2020", or null when the
 * dependency of `to` on `from` is kept (the chart's rule, isDependencyViolated).
 */
export function dependencyViolationText(from: TimelineProject, to: TimelineProject): string | null {
  if (!isDependencyViolated(from, to)) return null;
  return `verletzt: ${projectRef(to)} beginnt am ${formatDate(to.plannedStart)}, vor dem Ende von ${projectRef(from)} am ${formatDate(from.plannedEnd)}`;
}

/**
 * One text per dependency of `project`, first the projects it depends on, then the projects that
 * depend on it: "abhängig von 5.2 Neugestaltung …", "Voraussetzung für 5.4 Einführung …", each
 * followed by its violation when the dates break it. Shared by the bar's name, its tooltip and
 * the table; contains no LABEL_SEPARATOR, so each is one tooltip line.
 */
export function dependencyTexts(project: TimelineProject, dependencies: ProjectDependencies): string[] {
  const texts: string[] = [];
  for (const from of dependencies.dependsOn) {
    const violation = dependencyViolationText(from, project);
    texts.push(`abhängig von ${projectName(from)}${violation ? `, ${violation}` : ''}`);
  }
  for (const to of dependencies.prerequisiteFor) {
    const violation = dependencyViolationText(project, to);
    texts.push(`Voraussetzung für ${projectName(to)}${violation ? `, ${violation}` : ''}`);
  }
  return texts;
}

export function projectBarLabel(project: TimelineProject, dependencies: ProjectDependencies = NO_DEPENDENCIES): string {
  const parts = [`Projekt ${projectName(project)}: geplant ${dateRangeText(project.plannedStart, project.plannedEnd)}`];
  if (project.baselineStart || project.baselineEnd) {
    parts.push(`Basisplan ${dateRangeText(project.baselineStart, project.baselineEnd)}`);
  }
  const slip = slipText(project);
  if (slip) parts.push(slip);
  parts.push(...dependencyTexts(project, dependencies));
  if (project.phases.length > 0) parts.push(`Phasen: ${project.phases.map((phase) => phase.name).join(', ')}`);
  parts.push(`Status: ${statusText(project)}`);
  parts.push(maturityText(project.maturity));
  return parts.join(LABEL_SEPARATOR);
}

export function baselineLabel(project: TimelineProject): string {
  return [
    `Basisplan ${projectName(project)}: ${dateRangeText(project.baselineStart, project.baselineEnd)}`,
    `aktuell geplant ${dateRangeText(project.plannedStart, project.plannedEnd)}`,
    ...(slipText(project) ? [slipText(project) as string] : []),
    `Status: ${statusText(project)}`,
  ].join(LABEL_SEPARATOR);
}

export function phaseLabel(project: TimelineProject, phase: TimelinePhase): string {
  return [
    `Phase ${phase.name}: ${dateRangeText(phase.start, phase.end)}`,
    `Projekt ${projectName(project)}`,
    `Status: ${statusText(project)}`,
  ].join(LABEL_SEPARATOR);
}

/** The date the diamond of a milestone is drawn at when only one is shown. */
export function milestoneMainDate(milestone: TimelineMilestone): string | null {
  return milestone.actualDate ?? milestone.forecastDate ?? milestone.plannedDate ?? milestone.baselineDate;
}

/** "erreicht am 05.06.2020", "überfällig seit 12 Tagen", "offen". */
export function milestoneStateText(milestone: TimelineMilestone, today: string): string {
  if (milestone.actualDate) return `erreicht am ${formatDate(milestone.actualDate)}`;
  const due = milestone.plannedDate ?? milestone.forecastDate;
  if (due && due < today) return `überfällig seit ${dayCount(daysBetween(due, today))}`;
  return 'offen';
}

export function milestoneLabel(project: TimelineProject, milestone: TimelineMilestone, today: string): string {
  // Concatenated rather than joined from arrays: built for every milestone scrolled into view.
  const sep = LABEL_SEPARATOR;
  let label = `Meilenstein ${milestone.title}: ${milestoneStateText(milestone, today)}`;
  if (milestone.plannedDate) label += `${sep}geplant ${formatDate(milestone.plannedDate)}`;
  if (milestone.forecastDate) label += `${sep}Prognose ${formatDate(milestone.forecastDate)}`;
  if (milestone.actualDate) label += `${sep}Ist ${formatDate(milestone.actualDate)}`;
  if (milestone.baselineDate) label += `${sep}Basis ${formatDate(milestone.baselineDate)}`;
  if (milestone.phase) label += `${sep}Phase ${milestone.phase}`;
  return `${label}${sep}Projekt ${projectName(project)}${sep}Projektstatus: ${statusText(project)}`;
}

/** Name of a dependency arrow; its violation in the same words as the bars' names. */
export function dependencyLabel(from: TimelineProject, to: TimelineProject): string {
  const parts = [
    `Abhängigkeit: ${projectName(from)} (Ende ${formatDate(from.plannedEnd) || 'nicht geplant'}) vor ${projectName(to)} ` +
      `(Beginn ${formatDate(to.plannedStart) || 'nicht geplant'})`,
  ];
  const violation = dependencyViolationText(from, to);
  if (violation) parts.push(violation);
  return parts.join(LABEL_SEPARATOR);
}

export function deadlineLabel(deadline: TimelineDeadline, today: string): string {
  const parts = [`Rechtliche Frist ${deadline.label}: ${deadline.title}`, `Frist ${formatDate(deadline.date)}`];
  if (deadline.date < today) parts.push('abgelaufen');
  return parts.join(LABEL_SEPARATOR);
}

/**
 * Short name of a deadline's marker line, "§ 7a EGovG NRW, Frist 01.04.2020": the chart names
 * its lines with these in the grid's description (see Gantt.tsx).
 */
export function deadlineMarkerName(deadline: TimelineDeadline): string {
  return `${deadline.label}, Frist ${formatDate(deadline.date)}`;
}

/** The name of the line at the model's `today`: "Heute", or what the model calls it (a report: "Stichtag"). */
export function todayName(model: { todayName?: string }): string {
  return model.todayName ?? 'Heute';
}

export function todayLabel(today: string, name = 'Heute'): string {
  return `${name}: ${formatDate(today)}`;
}

export function groupLabel(title: string, projectCount: number, start: string | null, end: string | null): string {
  const parts = [`Handlungsfeld ${title}: ${projectCount === 1 ? '1 Projekt' : `${projectCount} Projekte`}`];
  if (start && end) parts.push(`Laufzeit ${dateRangeText(start, end)}`);
  return parts.join(LABEL_SEPARATOR);
}

export function rowLabelText(project: TimelineProject): string {
  return [projectName(project), `Status: ${statusText(project)}`, maturityText(project.maturity)].join(
    LABEL_SEPARATOR,
  );
}
