import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { organisations, users } from '../../db/schema';
import { seedDatabase } from '../../seed/load';
import { createOrganisation, createUser } from './users';

export const INITIAL_ADMIN_USERNAME = 'admin';

/**
 * First start: an empty database gets the seed (demo mode) or one empty organisation, and an
 * `admin` whose password comes from ADMIN_PASSWORD or is generated and returned to be printed once.
 */
export async function bootstrapDatabase(
  db: Db,
  options: { demoMode: boolean; adminPassword: string | null; organisationName?: string },
): Promise<{ seeded: boolean; generatedAdminPassword: string | null }> {
  const organisationCount = db.select({ n: count() }).from(organisations).get()!.n;
  let seeded = false;
  if (organisationCount === 0) {
    if (options.demoMode) await seedDatabase(db, { demoUsers: true });
    else createOrganisation(db, 'kommune', options.organisationName ?? 'Meine Kommune', 'kommune');
    seeded = true;
  }
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, INITIAL_ADMIN_USERNAME)).get();
  if (admin) return { seeded, generatedAdminPassword: null };
  const firstOrganisation = db.select({ id: organisations.id }).from(organisations).orderBy(organisations.id).get()!;
  const password = options.adminPassword ?? randomBytes(18).toString('base64url');
  await createUser(db, null, {
    organisationId: firstOrganisation.id,
    username: INITIAL_ADMIN_USERNAME,
    displayName: 'Administrator',
    role: 'admin',
    password,
    isOperator: true,
  });
  return { seeded, generatedAdminPassword: options.adminPassword ? null : password };
}
