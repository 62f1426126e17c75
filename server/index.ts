import { openDatabase } from '../db';
import { buildApp } from './app';
import { readConfig } from './config';
import { bootstrapDatabase } from './services/bootstrap';

const config = readConfig();
const db = openDatabase(config.databasePath);
const { seeded, generatedAdminPassword } = await bootstrapDatabase(db, {
  demoMode: config.demoMode,
  adminPassword: config.adminPassword,
});
if (seeded) console.log(`Database ${config.databasePath} initialised${config.demoMode ? ' with the demo seed' : ''}.`);
if (generatedAdminPassword) {
  console.log('----------------------------------------------------------------');
  console.log(`Initial administrator: admin / ${generatedAdminPassword}`);
  console.log('This password is shown once. Change it after the first login.');
  console.log('----------------------------------------------------------------');
}

const app = await buildApp({
  db,
  secureCookies: config.secureCookies,
  logger: { level: config.logLevel },
  databasePath: config.databasePath,
});
await app.listen({ port: config.port, host: config.host });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => {
      db.$client.close();
      process.exit(0);
    });
  });
}
