/** What the Gantt proposes when a bar end or a milestone is moved; the caller confirms and saves. */
export interface RescheduleRequest {
  kind: 'projectEnd' | 'milestone';
  /** Project id for 'projectEnd', milestone id for 'milestone'. */
  id: string;
  projectId: string;
  oldDate: string;
  newDate: string;
}

/**
 * Where the Gantt stands: the vertical scroll position of its rows (px) and the date at the left
 * edge of its chart area. A date rather than pixels, so the position means the same period in a
 * window of another width.
 */
export interface ChartPosition {
  top: number;
  date: string;
  /**
   * The item keyboard focus returns to (WCAG 2.4.3): the one that opened a project, or the one
   * that had the focus when the position was taken. Absent when the chart did not have the focus.
   */
  focus?: { rowKey: string; target: string };
}
