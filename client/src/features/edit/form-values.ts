/**
 * Form state is text (what the inputs hold); these turn it into the values the shared zod
 * schemas expect and back. Numbers are written the German way: "1.234,5".
 */
export interface YearRow {
  year: string;
  plan: string;
  actual: string;
}

export type FormValue = string | boolean | string[] | YearRow[];
export type FormValues = Record<string, FormValue>;

export function str(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v : '';
}

/** Trimmed text, or null when empty. */
export function textOrNull(values: FormValues, name: string): string | null {
  const v = str(values, name).trim();
  return v ? v : null;
}

/** An ISO date from `<input type="date">`, or null when empty. */
export function dateOrNull(values: FormValues, name: string): string | null {
  return str(values, name) || null;
}

/** "1.234,5" → 1234.5; "2.5" → 2.5; "" → null; garbage → NaN (the schema then says what is wrong). */
export function parseGermanNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  let normalised: string;
  if (t.includes(',')) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) normalised = t.replace(/\./g, '');
  else normalised = t;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export function numberOrNull(values: FormValues, name: string): number | null {
  return parseGermanNumber(str(values, name));
}

/** An id from a `<select>`, or null for the empty choice. */
export function idOrNull(values: FormValues, name: string): number | null {
  const v = str(values, name);
  return v ? Number(v) : null;
}

export function ids(values: FormValues, name: string): number[] {
  const v = values[name];
  return Array.isArray(v) ? (v as string[]).map(Number) : [];
}

/** 1234.5 → "1234,5" (no grouping, so it reads back unambiguously). */
export function numberToText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 6 });
}

export function idsToValue(list: readonly number[]): string[] {
  return list.map(String);
}

export function yearRows(values: FormValues, name: string): YearRow[] {
  const v = values[name];
  return Array.isArray(v) ? (v as YearRow[]).filter((r) => typeof r === 'object') : [];
}
