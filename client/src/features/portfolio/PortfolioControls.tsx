import { useEffect, useId, useState, type ReactNode } from 'react';
import { PORTFOLIO_COLUMNS } from '../../../../shared/portfolio/columns';
import { GROUPING_LABELS, NO_UNIT_LABEL } from '../../../../shared/portfolio/view';
import {
  PORTFOLIO_COLUMN_IDS,
  PORTFOLIO_GROUPINGS,
  type TPortfolioGrouping,
  type TPortfolioView,
} from '../../../../shared/schemas/portfolio-view';
import { MATURITY_LABELS, type TMaturity } from '../../../../shared/schemas/domain';
import { STATUS_SEVERITY_ORDER } from '../../../../shared/status';
import { StatusBadge } from '../../ui/StatusBadge';
import type { Portfolio } from './types';

export type ViewChange = (patch: Partial<TPortfolioView>, options?: { replace?: boolean }) => void;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function CheckboxGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}

/** Long lists (fields of action, units, columns) sit in a disclosure that names how many are chosen. */
function ChoiceDisclosure({ label, chosen, children }: { label: string; chosen: number; children: ReactNode }) {
  return (
    <details className="disclosure filter-disclosure">
      <summary>
        {label}
        {chosen > 0 && ` (${chosen} gewählt)`}
      </summary>
      <div className="filter-disclosure__body">{children}</div>
    </details>
  );
}

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
  const searchId = useId();
  const groupId = useId();
  const [search, setSearch] = useState(view.search);
  // A link or the back button changes the URL: the field follows.
  useEffect(() => setSearch(view.search), [view.search]);

  return (
    <div className="portfolio-controls" role="search" aria-label="Portfolio filtern">
      <p className="portfolio-controls__search">
        <label htmlFor={searchId}>Suche (Titel, Nr., Stelle, Gründe)</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            onChange({ search: event.target.value }, { replace: true });
          }}
        />
      </p>
      <CheckboxGroup legend="Ampel">
        {STATUS_SEVERITY_ORDER.map((status) => (
          <Check
            key={status}
            checked={view.statuses.includes(status)}
            onChange={(on) => onChange({ statuses: toggle(view.statuses, status, on) })}
          >
            <StatusBadge status={status} />
          </Check>
        ))}
      </CheckboxGroup>
      <CheckboxGroup legend="Umsetzungsstand (Reifegrad 1–3)">
        {([1, 2, 3] as TMaturity[]).map((maturity) => (
          <Check
            key={maturity}
            checked={view.maturities.includes(maturity)}
            onChange={(on) => onChange({ maturities: toggle(view.maturities, maturity, on) })}
          >
            {maturity} – {MATURITY_LABELS[maturity]}
          </Check>
        ))}
      </CheckboxGroup>
      <div className="filter-group">
        <ChoiceDisclosure label="Handlungsfelder" chosen={view.fieldOfActionIds.length}>
          {portfolio.fieldsOfAction.map((field) => (
            <Check
              key={field.id}
              checked={view.fieldOfActionIds.includes(field.id)}
              onChange={(on) => onChange({ fieldOfActionIds: toggle(view.fieldOfActionIds, field.id, on) })}
            >
              {field.title}
            </Check>
          ))}
        </ChoiceDisclosure>
        <ChoiceDisclosure label="Verantwortliche Stellen" chosen={view.units.length}>
          {portfolio.units.map((unit) => (
            <Check key={unit} checked={view.units.includes(unit)} onChange={(on) => onChange({ units: toggle(view.units, unit, on) })}>
              {unit || NO_UNIT_LABEL}
            </Check>
          ))}
        </ChoiceDisclosure>
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
      </div>
      <div className="filter-group">
        <Check checked={view.topLevelOnly} onChange={(on) => onChange({ topLevelOnly: on })}>
          Nur Projekte (Teilprojekte ausblenden)
        </Check>
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
      </div>
    </div>
  );
}
