/**
 * The version of the report renderer (content.ts, pdf.ts, docx.ts, the figure pages and the
 * timeline drawing they embed). Each generated report stores the version that produced its files
 * (`progress_reports.renderer_version`); verification re-renders a stored report and compares the
 * result with its files only when that version is the current one.
 *
 * Rule: bump it by one in the commit that changes what a stored snapshot renders to — wording,
 * layout, figure, PDF structure, DOCX markup — and note the change below. A change that leaves
 * every rendering as it was (a refactoring, a faster path) keeps the number. An upgrade of zlib,
 * resvg or the fonts may change bytes, not content; verification accepts that (same content).
 * Without the bump, every report generated before the change fails verification as if altered.
 *
 * 1 — the renderer before the version was recorded (stored as NULL: version unknown).
 * 2 — timeline figure: phase names in the bars, cut with "…" where short, the whole names listed
 *     after the figure, an alternative text that says what the figure shows (2026-11-23).
 */
export const REPORT_RENDERER_VERSION = 2;
