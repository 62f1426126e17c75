import { useId } from 'react';
import { PORTFOLIO_COLUMNS } from '../../../../shared/portfolio/columns';
import { GROUPING_LABELS } from '../../../../shared/portfolio/view';
import {
  PORTFOLIO_COLUMN_IDS,
  PORTFOLIO_GROUPINGS,
  type TPortfolioGrouping,
  type TPortfolioView,
} from '../../../../shared/schemas/portfolio-view';
import { Check, ChoiceDisclosure, PortfolioFilterFields, type ViewChange } from './PortfolioFilterFields';
import type { Portfolio } from './types';

export function PortfolioControls({
  view,
  portfolio,
  onChange,
  onReset,
}: {
  view: TPortfolioView;
  portfolio: Portfolio;
  onChange: ViewChange;
  onReset: () => void;
}) {
  const groupId = useId();

  return (
    <div className="portfolio-controls" role="search" aria-label="Portfolio filtern">
      <PortfolioFilterFields
        view={view}
        options={portfolio}
        onChange={onChange}
        moreChoices={
          <ChoiceDisclosure label="Spalten" chosen={0}>
            {PORTFOLIO_COLUMN_IDS.map((id) => (
              <Check
                key={id}
                checked={view.columns.includes(id)}
                onChange={(on) => {
                  const next = PORTFOLIO_COLUMN_IDS.filter((c) => (c === id ? on : view.columns.includes(c)));
                  if (next.length > 0) onChange({ columns: next });
                }}
              >
                {PORTFOLIO_COLUMNS[id].header}
              </Check>
            ))}
          </ChoiceDisclosure>
        }
      >
        <p>
          <label htmlFor={groupId}>Gruppieren nach</label>{' '}
          <select
            id={groupId}
            value={view.groupBy}
            onChange={(event) => onChange({ groupBy: event.target.value as TPortfolioGrouping })}
          >
            {PORTFOLIO_GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {GROUPING_LABELS[grouping]}
              </option>
            ))}
          </select>
        </p>
        <button type="button" className="button" onClick={onReset}>
          Ansicht zurücksetzen
        </button>
      </PortfolioFilterFields>
    </div>
  );
}
