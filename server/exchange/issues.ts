import { z } from 'zod';
import { formatNumber } from '../../shared/dates/format';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';

/** One problem of an import file, located so a user can find it in Excel or in the JSON. */
export interface ImportIssue {
  /** German sheet name, `'JSON'` for a JSON file, `'Datei'` for the XLSX file as a whole. */
  sheet: string;
  /** 1-based spreadsheet row including the header row; for JSON the array index + 1. */
  row: number | null;
  /** German column header; for JSON the path, e.g. `projects[3].plannedStart`. */
  column: string | null;
  /** German, for the user. */
  message: string;
}

/** What the readers of both formats return: all data, or every problem found. */
export type ExchangeReadResult =
  | { ok: true; data: TProgrammeExchange }
  | { ok: false; issues: ImportIssue[] };

/** A problem addressed by its path in the exchange object, before it is located in a file. */
export interface PathProblem {
  path: readonly PropertyKey[];
  message: string;
}

export const JSON_SHEET = 'JSON';
/** Sheet of problems that concern the XLSX file as a whole (not readable, too large). */
export const FILE_SHEET = 'Datei';

/** Bounds that keep a hostile or mistaken upload from exhausting the server. */
export const IMPORT_LIMITS = {
  maxRowsPerSheet: 50_000,
  maxFileBytes: 25 * 1024 * 1024,
} as const;

export const TOO_MANY_ROWS_MESSAGE = `Höchstens ${formatNumber(IMPORT_LIMITS.maxRowsPerSheet)} Zeilen je Tabellenblatt.`;
export const FILE_TOO_LARGE_MESSAGE = `Die Datei ist zu groß (höchstens ${formatNumber(
  IMPORT_LIMITS.maxFileBytes / 1024 / 1024,
)} MB).`;

const EXPECTED_TYPE: Record<string, string> = {
  string: 'Bitte einen Text angeben.',
  number: 'Bitte eine Zahl angeben.',
  int: 'Bitte eine ganze Zahl angeben.',
  boolean: 'Bitte ja oder nein angeben.',
  array: 'Bitte eine Liste angeben.',
  object: 'Bitte ein Objekt angeben.',
};

const SIZE_UNIT: Record<string, string> = { string: 'Zeichen', array: 'Einträge' };

function limitMessage(bound: 'mindestens' | 'höchstens', origin: string, limit: unknown): string | undefined {
  const value = typeof limit === 'bigint' ? Number(limit) : limit;
  if (typeof value !== 'number') return undefined;
  const unit = SIZE_UNIT[origin];
  if (unit) return `${bound === 'mindestens' ? 'Mindestens' : 'Höchstens'} ${formatNumber(value)} ${unit}.`;
  return `Der Wert muss ${bound} ${formatNumber(value)} betragen.`;
}

const germanLocale = z.locales.de();

/**
 * German messages for the zod checks that the shared schemas leave without one of their own
 * (a schema's own message always wins over this map); anything rare falls back to zod's German
 * locale.
 */
export const germanZodErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Bitte einen Wert angeben.';
      return EXPECTED_TYPE[issue.expected] ?? germanLocale.localeError(issue);
    case 'too_small':
      return limitMessage('mindestens', issue.origin, issue.minimum) ?? germanLocale.localeError(issue);
    case 'too_big':
      return limitMessage('höchstens', issue.origin, issue.maximum) ?? germanLocale.localeError(issue);
    case 'invalid_value':
      return `Ungültiger Wert – erlaubt: ${issue.values.map((v) => String(v)).join(', ')}.`;
    default:
      return germanLocale.localeError(issue);
  }
};

/** Issues in a stable order and without repeats (one cell can fail the same check twice). */
export function uniqueIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = JSON.stringify([issue.sheet, issue.row, issue.column, issue.message]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
