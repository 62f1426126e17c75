import { computeProjectStatus, type StatusInput, type StatusResult, type TStatusThresholds } from '../../../shared/status';

/**
 * `computeProjectStatus` is a pure function of (input, asOf, thresholds), so its results can be
 * kept across snapshots: after a write only the projects whose data changed are computed again,
 * the others are found by the content of their input. The key is the JSON of the whole input
 * (JSON escapes control characters, so the newline separators cannot be forged by a title), so
 * a hit is the engine's own answer; only memory is bounded (oldest entries go first).
 */
const MAX_ENTRIES = 60_000;
const results = new Map<string, StatusResult>();

/** Obligations, KPIs and thresholds are shared by many projects: their JSON is made once. */
const jsonOf = new WeakMap<object, string>();
function json(value: object): string {
  let text = jsonOf.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    jsonOf.set(value, text);
  }
  return text;
}

function keyOf(input: StatusInput, asOf: string, thresholds: TStatusThresholds): string {
  let key = `${asOf}\n${json(thresholds)}\n${input.maturity}\n${input.override ? JSON.stringify(input.override) : ''}`;
  for (const m of input.milestones) key += `\nm${json(m)}`;
  for (const o of input.obligations) key += `\no${json(o)}`;
  for (const k of input.kpis) key += `\nk${json(k)}`;
  return key;
}

export function memoisedProjectStatus(input: StatusInput, asOf: string, thresholds: TStatusThresholds): StatusResult {
  const key = keyOf(input, asOf, thresholds);
  const hit = results.get(key);
  if (hit) return hit;
  const result = computeProjectStatus(input, asOf, thresholds);
  results.set(key, result);
  if (results.size > MAX_ENTRIES) results.delete(results.keys().next().value!);
  return result;
}

/** Forgets every result (the benchmark's "first load" starts from nothing). */
export function clearStatusMemo(): void {
  results.clear();
}
