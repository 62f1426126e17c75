/** `npm run backup -- FILE`: consistent online backup of the database at DATABASE_PATH. */
import { openDatabase } from '../db';
import { readConfig } from '../server/config';
import { backupDatabase } from '../server/services/backup';

const destination = process.argv[2];
if (!destination) {
  console.error('Aufruf: npm run backup -- ZIELDATEI   (usage: npm run backup -- FILE)');
  process.exit(2);
}
const { databasePath } = readConfig();
const db = openDatabase(databasePath, { migrate: false });
try {
  const { pages } = await backupDatabase(db, destination);
  console.log(`Sicherung erstellt / backup written: ${destination} (${pages} pages from ${databasePath})`);
} catch (error) {
  console.error(`Sicherung fehlgeschlagen / backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
