import { resolve } from 'node:path';
import { inject } from 'vitest';

/** Scratch space of the tests (git-ignored). */
export const TMP_DIR = resolve('tests/.tmp');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's template databases; one per run, so parallel runs never collide. */
    templateDir: string;
  }
}

/** A database migrated once per test run, copied per test file. */
export function emptyTemplate(): string {
  return resolve(inject('templateDir'), 'template-empty.db');
}

/** The same, with the demo seed (both municipalities, demo users) loaded. */
export function seededTemplate(): string {
  return resolve(inject('templateDir'), 'template-seeded.db');
}
