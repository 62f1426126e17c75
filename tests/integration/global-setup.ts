import { mkdirSync, rmSync } from 'node:fs';
import { openDatabase } from '../../db';
import { seedDatabase } from '../../seed/load';
import { EMPTY_TEMPLATE, SEEDED_TEMPLATE, TMP_DIR } from './template-paths';

function closeAsSingleFile(db: ReturnType<typeof openDatabase>): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.pragma('journal_mode = DELETE');
  db.$client.close();
}

export default async function setup(): Promise<void> {
  mkdirSync(TMP_DIR, { recursive: true });
  for (const file of [EMPTY_TEMPLATE, SEEDED_TEMPLATE]) rmSync(file, { force: true });
  closeAsSingleFile(openDatabase(EMPTY_TEMPLATE));
  const seeded = openDatabase(SEEDED_TEMPLATE);
  await seedDatabase(seeded, { demoUsers: true });
  closeAsSingleFile(seeded);
}
