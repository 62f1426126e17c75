import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { ProgrammeSelect } from '../overview/ProgrammeSelect';
import { PortfolioFilterFields, type ViewChange } from '../portfolio/PortfolioFilterFields';
import type { TimelineFilterOptions } from './types';

/**
 * The portfolio's filters (same parameters, same meaning) for the timeline; grouping, sorting
 * and columns do not apply here: the Zeitplan is always grouped by Handlungsfeld.
 */
export function ScheduleFilters({
  view,
  options,
  onChange,
  onReset,
}: {
  view: TPortfolioView;
  options: TimelineFilterOptions;
  onChange: ViewChange;
  onReset: () => void;
}) {
  return (
    <div className="portfolio-controls no-print" role="search" aria-label="Zeitplan filtern">
      <ProgrammeSelect
        programmes={options.programmes}
        value={view.programmeId}
        onChange={(programmeId) => onChange({ programmeId, fieldOfActionIds: [] })}
      />
      <PortfolioFilterFields view={view} options={options} onChange={onChange}>
        <button type="button" className="button" onClick={onReset}>
          Filter zurücksetzen
        </button>
      </PortfolioFilterFields>
    </div>
  );
}
