import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, organisationId, updatedAt, version } from './columns';

export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['kreis', 'kommune'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisations_key_unique').on(t.key),
    check('organisations_kind_check', sql`${t.kind} IN ('kreis', 'kommune')`),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: id(),
    organisationId: organisationId().references(() => organisations.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['admin', 'steering', 'lead', 'board', 'committee'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /**
     * The installation's operator (the `admin` created at first start). A database backup holds
     * every organisation, so only the operator may download one when there are several.
     */
    isOperator: integer('is_operator', { mode: 'boolean' }).notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_unique').on(t.username),
    uniqueIndex('users_org_id_unique').on(t.organisationId, t.id),
    check('users_role_check', sql`${t.role} IN ('admin', 'steering', 'lead', 'board', 'committee')`),
    check('users_username_check', sql`length(${t.username}) BETWEEN 1 AND 64`),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself is only in the cookie. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Committees (Gremien) are data: Kreistag, Hauptausschuss, Digitalisierungsausschuss … */
export const committees = sqliteTable(
  'committees',
  {
    id: id(),
    organisationId: organisationId().references(() => organisations.id),
    name: text('name').notNull(),
    version: version(),
  },
  (t) => [
    uniqueIndex('committees_org_name_unique').on(t.organisationId, t.name),
    uniqueIndex('committees_org_id_unique').on(t.organisationId, t.id),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action', {
      enum: ['create', 'update', 'delete', 'import', 'export', 'login', 'logout', 'release', 'backup', 'restore'],
    }).notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    projectId: integer('project_id'),
    summary: text('summary').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_org_at_idx').on(t.organisationId, t.at),
    index('audit_log_project_idx').on(t.projectId),
    uniqueIndex('audit_log_hash_unique').on(t.hash),
  ],
);

