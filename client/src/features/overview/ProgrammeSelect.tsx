import { useId } from 'react';

/** `?programm=ID` — the same parameter the portfolio uses, so links keep the programme. */
export function useProgrammeParam(searchParams: URLSearchParams): number | null {
  const value = Number(searchParams.get('programm'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Shown only when the organisation keeps more than one programme. */
export function ProgrammeSelect({
  programmes,
  value,
  onChange,
}: {
  programmes: readonly { id: number; title: string }[];
  value: number | null;
  onChange: (programmeId: number | null) => void;
}) {
  const id = useId();
  if (programmes.length < 2) return null;
  return (
    <p className="programme-select">
      <label htmlFor={id}>Programm</label>{' '}
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
        <option value="">alle Programme</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </p>
  );
}
