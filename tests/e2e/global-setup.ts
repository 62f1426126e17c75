import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import integrationSetup from '../integration/global-setup';

/** Builds the client once and prepares the template databases the e2e servers copy. */
export default async function setup(project: TestProject): Promise<() => void> {
  const teardown = await integrationSetup(project);
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  return teardown;
}
