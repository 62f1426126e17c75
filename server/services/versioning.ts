import { AppError } from '../errors';

/**
 * Optimistic concurrency: the client sends the version it edited; if the row moved on in the
 * meantime the update is refused and the client is told who changed it.
 */
export function assertVersion(
  entity: string,
  current: { id: number; version: number },
  expectedVersion: number,
  lastEditor: string | null,
): void {
  if (current.version === expectedVersion) return;
  const who = lastEditor ? `von ${lastEditor} ` : '';
  throw new AppError(
    'CONFLICT',
    `${entity} ${current.id}: version ${expectedVersion} is stale, current is ${current.version}`,
    {
      userMessage: `Inzwischen ${who}geändert. Bitte laden Sie den aktuellen Stand neu und wiederholen Sie Ihre Änderung.`,
      details: { currentVersion: current.version, lastEditor },
    },
  );
}
