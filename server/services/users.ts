import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { organisations, users } from '../../db/schema';
import type { TRole } from '../../shared/schemas/domain';
import { hashPassword } from '../auth/passwords';
import type { Actor } from './actor';
import { appendAudit } from './audit';

export interface NewUser {
  organisationId: number;
  username: string;
  displayName: string;
  role: TRole;
  password: string;
  isOperator?: boolean;
}

export async function createUser(db: Db, actor: Actor | null, input: NewUser): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({
        organisationId: input.organisationId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        isOperator: input.isOperator ?? false,
      })
      .returning({ id: users.id })
      .get();
    appendAudit(tx, actor, input.organisationId, {
      action: 'create',
      entity: 'user',
      entityId: row.id,
      summary: `Benutzer „${input.username}“ (${input.role}) angelegt`,
      after: { username: input.username, displayName: input.displayName, role: input.role },
    });
    return row.id;
  });
}

export function findOrganisationByKey(db: Db, key: string) {
  return db.select().from(organisations).where(eq(organisations.key, key)).get() ?? null;
}

export function createOrganisation(db: Db, key: string, name: string, kind: 'kreis' | 'kommune'): number {
  return db.transaction((tx) => {
    const row = tx.insert(organisations).values({ key, name, kind }).returning({ id: organisations.id }).get();
    appendAudit(tx, null, row.id, {
      action: 'create',
      entity: 'organisation',
      entityId: row.id,
      summary: `Organisation „${name}“ angelegt`,
      after: { key, name, kind },
    });
    return row.id;
  });
}
