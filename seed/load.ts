import { and, eq, inArray, like, or } from 'drizzle-orm';
import type { Db } from '../db';
import { projects, users } from '../db/schema';
import type { TRole } from '../shared/schemas/domain';
import { systemActor } from '../server/services/actor';
import { importProgramme } from '../server/services/programme-import-run';
import { createOrganisation, createUser } from '../server/services/users';
import { unnaProgramme } from './data/unna';
import { werlProgramme } from './data/werl';
import type { TProgrammeExchangeInput } from '../shared/schemas/exchange';

export const DEMO_PASSWORD = 'cockpit-demo';

export const SEED_ORGANISATIONS = [
  { key: 'unna', name: 'Kreis Unna', kind: 'kreis', programme: unnaProgramme },
  { key: 'werl', name: 'Wallfahrtsstadt Werl', kind: 'kommune', programme: werlProgramme },
] as const satisfies readonly {
  key: string;
  name: string;
  kind: 'kreis' | 'kommune';
  programme: TProgrammeExchangeInput;
}[];

/** Demo user names `<role>.<org>` as listed in the README. */
export const DEMO_ROLES: readonly { prefix: string; role: TRole; label: string }[] = [
  { prefix: 'admin', role: 'admin', label: 'IT-Administration' },
  { prefix: 'steuerung', role: 'steering', label: 'Steuerungsdienst' },
  { prefix: 'projektleitung', role: 'lead', label: 'Projektleitung' },
  { prefix: 'vorstand', role: 'board', label: 'Verwaltungsvorstand' },
  { prefix: 'ausschuss', role: 'committee', label: 'Ausschussmitglied' },
];

export interface SeedOptions {
  /** Create the demo users with the demo password (demo mode only). */
  demoUsers: boolean;
}

/** Loads the two municipalities' plans through the same importer users use. */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<void> {
  for (const org of SEED_ORGANISATIONS) {
    const organisationId = createOrganisation(db, org.key, org.name, org.kind);
    const result = importProgramme(db, organisationId, org.programme, systemActor(organisationId, 'Seed'));
    if (!result.ok) {
      const lines = result.issues.map((i) => `${i.sheet} ${i.row ?? ''} ${i.column ?? ''}: ${i.message}`);
      throw new Error(`Seed data of ${org.key} is invalid:\n${lines.join('\n')}`);
    }
    if (!options.demoUsers) continue;
    for (const demo of DEMO_ROLES) {
      await createUser(db, systemActor(organisationId, 'Seed'), {
        organisationId,
        username: `${demo.prefix}.${org.key}`,
        displayName: `${demo.label} ${org.name}`,
        role: demo.role,
        password: DEMO_PASSWORD,
      });
    }
    assignDemoLead(db, organisationId, `projektleitung.${org.key}`);
  }
}

/**
 * The demo project lead leads the DMS / E-Akte projects of its organisation, so that the
 * `lead` role has something of its own to edit.
 */
function assignDemoLead(db: Db, organisationId: number, username: string): void {
  const lead = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!lead) return;
  const dms = db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.organisationId, organisationId),
        or(like(projects.title, '%DMS%'), like(projects.title, '%Dokumenten%'), like(projects.title, '%Akte%')),
      ),
    )
    .all()
    .map((p) => p.id);
  if (dms.length === 0) return;
  const withChildren = db
    .select({ id: projects.id })
    .from(projects)
    .where(or(inArray(projects.id, dms), inArray(projects.parentId, dms)))
    .all()
    .map((p) => p.id);
  db.update(projects).set({ leadUserId: lead.id }).where(inArray(projects.id, withChildren)).run();
}
