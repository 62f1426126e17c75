import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** Surrogate key used by every table. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });

/** Every domain row belongs to exactly one organisation; links must stay inside it. */
export const organisationId = () => integer('organisation_id').notNull();

/** Optimistic concurrency: an update names the version it edits. */
export const version = () => integer('version').notNull().default(1);

/** Moments (audit, sessions) are UTC timestamps in milliseconds. */
export const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
export const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

/** Calendar dates (deadlines, milestones) are ISO `YYYY-MM-DD` text. */
export const isoDate = (name: string) => text(name);

/** SQL CHECK body that accepts NULL or a real calendar date in ISO form. */
export function isoDateCheck(column: string) {
  return sql.raw(
    `${column} IS NULL OR (length(${column}) = 10 AND date(${column}) IS NOT NULL AND date(${column}) = ${column})`,
  );
}
