/** What the Gantt proposes when a bar end or a milestone is moved; the caller confirms and saves. */
export interface RescheduleRequest {
  kind: 'projectEnd' | 'milestone';
  /** Project id for 'projectEnd', milestone id for 'milestone'. */
  id: string;
  projectId: string;
  oldDate: string;
  newDate: string;
}
