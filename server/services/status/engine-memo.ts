import { computeProjectStatus, type StatusInput, type StatusResult, type TStatusThresholds } from '../../../shared/status';

/**
 * `computeProjectStatus` is a pure function of (input, asOf, thresholds), so its results can be
 * kept across snapshots: after a write only the projects whose data changed are computed again,
 * the others are found by the content of their input. The key holds the whole input (shared
 * parts by a number per distinct JSON content, milestones as JSON, which escapes the newline
 * separating them), so a hit is the engine's own answer; only memory is bounded.
 */
const MAX_ENTRIES = 60_000;
const results = new Map<string, StatusResult>();

/**
 * Obligations, KPIs and thresholds are shared by many projects: each distinct content gets a
 * short number once, so keys stay short (long keys cost hashing on every lookup).
 */
const idOfContent = new Map<string, number>();
const idOfObject = new WeakMap<object, number>();
/** Ids are never reused, so a forgotten content can only cause a miss, never a wrong hit. */
let lastId = 0;
function contentId(value: object): number {
  let id = idOfObject.get(value);
  if (id === undefined) {
    const text = JSON.stringify(value);
    id = idOfContent.get(text);
    if (id === undefined) {
      id = ++lastId;
      idOfContent.set(text, id);
      if (idOfContent.size > MAX_ENTRIES) idOfContent.delete(idOfContent.keys().next().value!);
    }
    idOfObject.set(value, id);
  }
  return id;
}

/**
 * True when both objects have the same JSON content. Equal ids mean equal content (ids are never
 * reused); a forgotten content only makes equal objects look different, which costs a recompute.
 */
export function sameContent(a: object, b: object): boolean {
  return a === b || contentId(a) === contentId(b);
}

function keyOf(input: StatusInput, asOf: string, thresholds: TStatusThresholds): string {
  let key = `${asOf} ${contentId(thresholds)} ${input.maturity} ${input.override ? contentId(input.override) : 0} o`;
  for (const o of input.obligations) key += ` ${contentId(o)}`;
  key += ' k';
  for (const k of input.kpis) key += ` ${contentId(k)}`;
  for (const m of input.milestones) key += `\n${JSON.stringify(m)}`;
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
  idOfContent.clear();
}
