import { deadlineLabel, LABEL_SEPARATOR } from '../../../../shared/timeline/labels';
import type { TimelineModel } from '../../../../shared/timeline/model';

/**
 * The legal deadlines drawn as vertical markers, as text: the chart draws them for the eye
 * only, so screen-reader users (and whoever copies them into minutes) read them here.
 */
export function DeadlineList({ model }: { model: TimelineModel }) {
  if (model.deadlines.length === 0) return null;
  return (
    <details className="disclosure schedule-deadlines">
      <summary>Rechtliche Fristen im Zeitplan ({model.deadlines.length})</summary>
      <ul className="plain-list">
        {model.deadlines.map((deadline) => (
          <li key={deadline.id}>{deadlineLabel(deadline, model.today).split(LABEL_SEPARATOR).join(' – ')}</li>
        ))}
      </ul>
    </details>
  );
}
