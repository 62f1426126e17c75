/**
 * `npm run seed`: resets the database file to the seed (both demo municipalities, demo users).
 * Stop the server first: the file is replaced, not merged.
 */
import { rmSync } from 'node:fs';
import { openDatabase } from '../db';
import { readConfig } from '../server/config';
import { bootstrapDatabase } from '../server/services/bootstrap';

const config = readConfig();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.databasePath}${suffix}`, { force: true });
const db = openDatabase(config.databasePath);
const { generatedAdminPassword } = await bootstrapDatabase(db, { demoMode: true, adminPassword: config.adminPassword });
const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(
  `Seeded ${config.databasePath}: ${count('organisations')} organisations, ${count('projects')} projects, ` +
    `${count('milestones')} milestones, ${count('legal_obligations')} legal obligations, ${count('users')} users.`,
);
if (generatedAdminPassword) console.log(`Initial administrator: admin / ${generatedAdminPassword} (shown once)`);
db.$client.close();
