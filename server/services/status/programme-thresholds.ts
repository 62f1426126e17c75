import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { programmes } from '../../../db/schema';
import type { TProgrammeThresholdsUpdate } from '../../../shared/schemas/programme';
import { DEFAULT_STATUS_THRESHOLDS } from '../../../shared/status';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { assertPermission } from '../authorization';
import { assertVersion } from '../versioning';
import { parseThresholds } from './board-data';

function programmeNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `programme ${id} not found`, { userMessage: 'Das Programm wurde nicht gefunden.' });
}

function loadProgramme(tx: Tx, organisationId: number, programmeId: number) {
  const row = tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, organisationId)))
    .get();
  if (!row) throw programmeNotFound(programmeId);
  return row;
}

export function getProgrammeThresholds(db: Db, organisationId: number, programmeId: number) {
  const row = loadProgramme(db, organisationId, programmeId);
  const { thresholds, custom } = parseThresholds(row.statusThresholds);
  return {
    programmeId: row.id,
    title: row.title,
    version: row.version,
    thresholds,
    custom,
    defaults: { ...DEFAULT_STATUS_THRESHOLDS },
  };
}

/** Stores the programme's Ampel thresholds (admin / steering); version-checked and audited. */
export function updateProgrammeThresholds(db: Db, actor: Actor, input: TProgrammeThresholdsUpdate) {
  assertPermission(actor, 'editProgrammeSettings');
  return db.transaction((tx) => {
    const current = loadProgramme(tx, actor.organisationId, input.programmeId);
    assertVersion('programme', current, input.version, lastEditorOf(tx, 'programme', current.id));
    const before = parseThresholds(current.statusThresholds).thresholds;
    const updated = tx
      .update(programmes)
      .set({ statusThresholds: input.thresholds, version: input.version + 1, updatedAt: new Date() })
      .where(eq(programmes.id, current.id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'programme',
      entityId: current.id,
      summary: `Ampelschwellen des Programms „${current.title}“ geändert`,
      before: { statusThresholds: before },
      after: { statusThresholds: input.thresholds },
    });
    return { programmeId: updated.id, version: updated.version, thresholds: input.thresholds };
  });
}
