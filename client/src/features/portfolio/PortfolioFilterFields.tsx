import { useEffect, useId, useState, type ReactNode } from 'react';
import { NO_UNIT_LABEL } from '../../../../shared/portfolio/view';
import { MATURITY_LABELS, type TMaturity } from '../../../../shared/schemas/domain';
import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { STATUS_SEVERITY_ORDER } from '../../../../shared/status';
import { StatusBadge } from '../../ui/StatusBadge';

export type ViewChange = (patch: Partial<TPortfolioView>, options?: { replace?: boolean }) => void;

export type FilterOptions = {
  fieldsOfAction: readonly { id: number; title: string }[];
  units: readonly string[];
};

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

export function Check({ checked, onChange, children }: { checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}

/** Long lists (fields of action, units, columns) sit in a disclosure that names how many are chosen. */
export function ChoiceDisclosure({ label, chosen, children }: { label: string; chosen: number; children: ReactNode }) {
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
 * The filters the portfolio table and the Zeitplan share (same URL parameters, same meaning).
 * `moreChoices` joins the disclosures; `children` follow "Nur Projekte" in the last group.
 */
export function PortfolioFilterFields({
  view,
  options,
  onChange,
  moreChoices,
  children,
}: {
  view: TPortfolioView;
  options: FilterOptions;
  onChange: ViewChange;
  moreChoices?: ReactNode;
  children: ReactNode;
}) {
  const searchId = useId();
  const [search, setSearch] = useState(view.search);
  // A link or the back button changes the URL: the field follows.
  useEffect(() => setSearch(view.search), [view.search]);

  return (
    <>
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
        {moreChoices}
      </div>
      <div className="filter-group">
        <Check checked={view.topLevelOnly} onChange={(on) => onChange({ topLevelOnly: on })}>
          Nur Projekte (Teilprojekte ausblenden)
        </Check>
        {children}
      </div>
    </>
  );
}
