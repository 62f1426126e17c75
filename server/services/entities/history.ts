import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db';
import { auditLog, users } from '../../../db/schema';
import type { TProjectHistoryQuery } from '../../../shared/schemas/audit';
import type { Actor } from '../actor';
import { requireProjectInOrganisation } from '../portfolio-read';

/**
 * The change history ("Verlauf") of one project: changes of the project itself and of what
 * hangs on it (milestones, budget lines, sub-projects created under it), dependencies naming
 * it, and obligations, decisions or goals whose project links gained or lost it.
 */
export function projectHistory(db: Db, actor: Actor, input: TProjectHistoryQuery) {
  const project = requireProjectInOrganisation(db, actor.organisationId, input.projectId);
  const id = project.id;
  const linkedIn = (column: 'before' | 'after') =>
    sql`EXISTS (SELECT 1 FROM json_each(${sql.identifier(column)}, '$.projectIds') WHERE value = ${id})`;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      username: auditLog.username,
      displayName: users.displayName,
      action: auditLog.action,
      entity: auditLog.entity,
      summary: auditLog.summary,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.organisationId, actor.organisationId),
        or(
          eq(auditLog.projectId, id),
          and(eq(auditLog.entity, 'project'), eq(auditLog.entityId, id)),
          and(
            eq(auditLog.entity, 'dependency'),
            or(
              sql`json_extract(coalesce(${auditLog.after}, ${auditLog.before}), '$.predecessorId') = ${id}`,
              sql`json_extract(coalesce(${auditLog.after}, ${auditLog.before}), '$.successorId') = ${id}`,
            ),
          ),
          and(inArray(auditLog.entity, ['obligation', 'decision', 'goal']), or(linkedIn('before'), linkedIn('after'))),
        ),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(input.limit)
    .all();
  return rows.map((r) => ({
    ...r,
    before: (r.before ?? null) as Record<string, unknown> | null,
    after: (r.after ?? null) as Record<string, unknown> | null,
  }));
}
