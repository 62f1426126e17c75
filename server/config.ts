/** Every setting comes from the environment; the README lists them. */
export interface ServerConfig {
  port: number;
  host: string;
  databasePath: string;
  /** Seed the demo municipalities and demo users into an empty database. */
  demoMode: boolean;
  adminPassword: string | null;
  secureCookies: boolean;
  logLevel: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a TCP port, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databasePath: env.DATABASE_PATH ?? './data/cockpit.db',
    demoMode: flag(env.DEMO_MODE, true),
    adminPassword: env.ADMIN_PASSWORD || null,
    secureCookies: flag(env.SECURE_COOKIES, false),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
