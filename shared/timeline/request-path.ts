/**
 * Where the Zeitplan's data request goes, without anything else: the tRPC client of every page
 * imports this, and it must not pull the portfolio's URL parsing (and zod) into the first chunk.
 */
export const TRPC_BASE_PATH = '/trpc';
export const TIMELINE_PORTFOLIO_PROCEDURE = 'timeline.portfolio';
