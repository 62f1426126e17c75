/** `npm run restore -- FILE`: replaces the database at DATABASE_PATH with a backup (server stopped). */
import { readConfig } from '../server/config';
import { restoreDatabase } from '../server/services/backup';

const backupPath = process.argv[2];
if (!backupPath) {
  console.error('Aufruf: npm run restore -- SICHERUNGSDATEI   (usage: npm run restore -- FILE)');
  process.exit(2);
}
const { databasePath } = readConfig();
try {
  await restoreDatabase(backupPath, databasePath);
  console.log(`Wiederhergestellt / restored: ${databasePath} from ${backupPath}`);
} catch (error) {
  console.error(`Wiederherstellung fehlgeschlagen / restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
