import { resolve } from 'node:path';

/** Databases migrated (and seeded) once per test run, copied per test file. */
export const TMP_DIR = resolve('tests/.tmp');
export const EMPTY_TEMPLATE = resolve(TMP_DIR, 'template-empty.db');
export const SEEDED_TEMPLATE = resolve(TMP_DIR, 'template-seeded.db');
