import { resolve } from 'node:path';
import { build } from 'vite';
import integrationSetup from '../integration/global-setup';

/** Builds the client once and prepares the template databases the e2e servers copy. */
export default async function setup(): Promise<void> {
  await integrationSetup();
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}
