import type { TStatus } from '../domain/vocabulary';

/**
 * Input of the timeline renderer. Built by the caller (client page or report generator) from the
 * portfolio; everything the Gantt shows is in here, so browser and server render the same picture.
 * Dates are ISO `YYYY-MM-DD` strings.
 */
export interface TimelineMilestone {
  id: string;
  title: string;
  plannedDate: string | null;
  baselineDate: string | null;
  forecastDate: string | null;
  actualDate: string | null;
  phase: string | null;
}

export interface TimelinePhase {
  name: string;
  start: string;
  end: string;
}

export interface TimelineProject {
  id: string;
  groupId: string;
  parentId: string | null;
  code: string | null;
  title: string;
  status: TStatus | null;
  /** Overrides the default status text, e.g. "rot (manuell)". */
  statusLabel?: string;
  maturity: 1 | 2 | 3;
  plannedStart: string | null;
  plannedEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  phases: TimelinePhase[];
  milestones: TimelineMilestone[];
  href: string | null;
  editable: boolean;
}

export interface TimelineGroup {
  id: string;
  title: string;
}

export interface TimelineDependency {
  fromId: string;
  toId: string;
}

export interface TimelineDeadline {
  id: string;
  /** Short legal reference shown at the marker, e.g. "§ 7a EGovG NRW". */
  label: string;
  title: string;
  date: string;
}

export interface TimelineModel {
  rows: TimelineProject[];
  groups: TimelineGroup[];
  dependencies: TimelineDependency[];
  deadlines: TimelineDeadline[];
  /** ISO date of "today": explicit so that a report shows the Stichtag, not the server clock. */
  today: string;
  /**
   * What the line at `today` is called: "Heute" (the default) on screen; a report, whose `today`
   * is its Stichtag, calls it "Stichtag". Not sent to the browser (see wire.ts).
   */
  todayName?: string;
  /**
   * Phase name → colour index (phaseColour), as the organisation numbers its phases on all its
   * timelines (numberPhases in theme.ts over the organisation's phase order), for the phases this
   * timeline uses: so a phase has the same colour whichever of the organisation's projects a
   * timeline shows. A phase not listed gets a colour after the listed ones, in order of first use;
   * without the field (a model built by hand) every phase does. Read it with Object.entries: a
   * phase may be called "constructor".
   */
  phaseIndex?: Record<string, number>;
}

/** Calls `visit` with every date a project carries: plan, Basisplan, phases, milestones (null where none). */
export function visitProjectDates(project: TimelineProject, visit: (date: string | null) => void): void {
  visit(project.plannedStart);
  visit(project.plannedEnd);
  visit(project.baselineStart);
  visit(project.baselineEnd);
  for (const phase of project.phases) {
    visit(phase.start);
    visit(phase.end);
  }
  for (const milestone of project.milestones) {
    visit(milestone.plannedDate);
    visit(milestone.baselineDate);
    visit(milestone.forecastDate);
    visit(milestone.actualDate);
  }
}
