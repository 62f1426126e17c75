import { useEffect, useId, useState, type ReactNode } from 'react';
import { NO_UNIT_LABEL } from '../../../../shared/portfolio/view';
import { MATURITY_LABELS, type TMaturity } from '../../../../shared/schemas/domain';
import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { STATUS_SEVERITY_ORDER } from '../../../../shared/status';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProgrammeSelect } from '../overview/ProgrammeSelect';
import type { TimelineFilterOptions } from './types';

export type FilterChange = (patch: Partial<TPortfolioView>, options?: { replace?: boolean }) => void;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}

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
  onChange: FilterChange;
  onReset: () => void;
}) {
  const searchId = useId();
  const [search, setSearch] = useState(view.search);
  useEffect(() => setSearch(view.search), [view.search]);

  return (
    <div className="portfolio-controls no-print" role="search" aria-label="Zeitplan filtern">
      <ProgrammeSelect
        programmes={options.programmes}
        value={view.programmeId}
        onChange={(programmeId) => onChange({ programmeId, fieldOfActionIds: [] })}
      />
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
      <fieldset className="filter-group">
        <legend>Ampel</legend>
        {STATUS_SEVERITY_ORDER.map((status) => (
          <Check key={status} checked={view.statuses.includes(status)} onChange={(on) => onChange({ statuses: toggle(view.statuses, status, on) })}>
            <StatusBadge status={status} />
          </Check>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Umsetzungsstand (Reifegrad 1–3)</legend>
        {([1, 2, 3] as TMaturity[]).map((maturity) => (
          <Check
            key={maturity}
            checked={view.maturities.includes(maturity)}
            onChange={(on) => onChange({ maturities: toggle(view.maturities, maturity, on) })}
          >
            {maturity} – {MATURITY_LABELS[maturity]}
          </Check>
        ))}
      </fieldset>
      <div className="filter-group">
        <ChoiceDisclosure label="Handlungsfelder" chosen={view.fieldOfActionIds.length}>
          {options.fieldsOfAction.map((field) => (
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
          {options.units.map((unit) => (
            <Check key={unit} checked={view.units.includes(unit)} onChange={(on) => onChange({ units: toggle(view.units, unit, on) })}>
              {unit || NO_UNIT_LABEL}
            </Check>
          ))}
        </ChoiceDisclosure>
      </div>
      <div className="filter-group">
        <Check checked={view.topLevelOnly} onChange={(on) => onChange({ topLevelOnly: on })}>
          Nur Projekte (Teilprojekte ausblenden)
        </Check>
        <button type="button" className="button" onClick={onReset}>
          Filter zurücksetzen
        </button>
      </div>
    </div>
  );
}
