import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { goals, kpis, kpiValues } from '../../../db/schema';
import { formatNumber } from '../../../shared/dates/format';
import type { TKpiActual, TKpiCreate, TKpiUpdate, TKpiValue } from '../../../shared/schemas/kpi';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { assertVersion } from '../versioning';
import { diffFields, impactItem, isEmptyDiff, pick, requireOwned, requirePermission, type DeletionImpact } from './common';
import { requireProgramme } from './programme';

type KpiRow = typeof kpis.$inferSelect;

const NOT_FOUND = 'Die Kennzahl wurde nicht gefunden.';
const AUDIT_FIELDS = ['key', 'title', 'unit', 'goalId'] as const;

function valuesOf(tx: Tx, kpiId: number): TKpiValue[] {
  return tx
    .select({ year: kpiValues.year, plan: kpiValues.plan, actual: kpiValues.actual })
    .from(kpiValues)
    .where(eq(kpiValues.kpiId, kpiId))
    .all()
    .sort((a, b) => a.year - b.year);
}

function sortedValues(values: readonly TKpiValue[]): TKpiValue[] {
  return [...values].map((v) => ({ year: v.year, plan: v.plan, actual: v.actual })).sort((a, b) => a.year - b.year);
}

/** Yearly values are replaced as a whole; rows that stay keep their id and bump their version. */
function replaceValues(tx: Tx, actor: Actor, kpiId: number, values: readonly TKpiValue[]): void {
  const existing = tx.select().from(kpiValues).where(eq(kpiValues.kpiId, kpiId)).all();
  const byYear = new Map(existing.map((v) => [v.year, v]));
  const keep = new Set(values.map((v) => v.year));
  for (const old of existing) if (!keep.has(old.year)) tx.delete(kpiValues).where(eq(kpiValues.id, old.id)).run();
  for (const v of values) {
    const old = byYear.get(v.year);
    if (!old) tx.insert(kpiValues).values({ organisationId: actor.organisationId, kpiId, ...v }).run();
    else if (old.plan !== v.plan || old.actual !== v.actual) {
      tx.update(kpiValues).set({ plan: v.plan, actual: v.actual, version: old.version + 1 }).where(eq(kpiValues.id, old.id)).run();
    }
  }
}

function assertGoal(tx: Tx, actor: Actor, programmeId: number, goalId: number | null): void {
  if (goalId === null) return;
  const goal = requireOwned(tx.select().from(goals).where(eq(goals.id, goalId)).get(), actor, 'goal', goalId, 'Das Ziel wurde nicht gefunden.');
  if (goal.programmeId !== programmeId) {
    throw new AppError('INVALID_INPUT', `goal ${goalId} belongs to another programme`, {
      userMessage: 'Das Ziel gehört zu einem anderen Programm.',
    });
  }
}

function loadKpiForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): KpiRow {
  requirePermission(actor, 'editPortfolio');
  const kpi = requireOwned(tx.select().from(kpis).where(eq(kpis.id, id)).get(), actor, 'kpi', id, NOT_FOUND);
  assertVersion('kpi', kpi, expectedVersion, lastEditorOf(tx, 'kpi', id));
  return kpi;
}

export function createKpi(db: Db, actor: Actor, input: TKpiCreate): KpiRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const programme = requireProgramme(tx, actor, input.programmeId);
    assertGoal(tx, actor, programme.id, input.goalId);
    const sortOrder = tx.select({ sortOrder: kpis.sortOrder }).from(kpis).where(eq(kpis.programmeId, programme.id)).all()
      .reduce((m, k) => Math.max(m, k.sortOrder), -1) + 1;
    const { values, ...fields } = input;
    const created = tx
      .insert(kpis)
      .values({ ...fields, organisationId: actor.organisationId, sortOrder })
      .returning()
      .get();
    replaceValues(tx, actor, created.id, values);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'kpi',
      entityId: created.id,
      summary: `Kennzahl ${created.key} „${created.title}“ angelegt`,
      after: { ...pick(created, AUDIT_FIELDS), values: sortedValues(values) },
    });
    return created;
  });
}

export function updateKpi(db: Db, actor: Actor, input: TKpiUpdate): KpiRow {
  return db.transaction((tx) => {
    const current = loadKpiForEdit(tx, actor, input.id, input.version);
    const { id, version, values, ...fields } = input;
    if (fields.goalId !== current.goalId) assertGoal(tx, actor, current.programmeId, fields.goalId);
    const diff = diffFields({ ...current, values: valuesOf(tx, id) }, { ...fields, values: sortedValues(values) });
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(kpis)
      .set({ ...fields, version: version + 1 })
      .where(eq(kpis.id, id))
      .returning()
      .get();
    if ('values' in diff.after) replaceValues(tx, actor, id, values);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'kpi',
      entityId: id,
      summary: `Kennzahl ${updated.key} „${updated.title}“ geändert`,
      ...diff,
    });
    return updated;
  });
}

/** Quick path "Ist-Wert erfassen": one year's actual value; the KPI's version guards it. */
export function recordKpiActual(db: Db, actor: Actor, input: TKpiActual): KpiRow {
  return db.transaction((tx) => {
    const current = loadKpiForEdit(tx, actor, input.id, input.version);
    const existing = tx.select().from(kpiValues).where(and(eq(kpiValues.kpiId, current.id), eq(kpiValues.year, input.year))).get();
    if (existing) {
      tx.update(kpiValues).set({ actual: input.actual, version: existing.version + 1 }).where(eq(kpiValues.id, existing.id)).run();
    } else {
      tx.insert(kpiValues)
        .values({ organisationId: actor.organisationId, kpiId: current.id, year: input.year, plan: null, actual: input.actual })
        .run();
    }
    const updated = tx
      .update(kpis)
      .set({ version: input.version + 1 })
      .where(eq(kpis.id, current.id))
      .returning()
      .get();
    const shown = input.actual === null ? 'leer' : formatNumber(input.actual);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'kpi',
      entityId: current.id,
      summary: `Ist-Wert ${input.year} der Kennzahl ${current.key}: ${shown}`,
      before: { year: input.year, actual: existing?.actual ?? null },
      after: { year: input.year, actual: input.actual },
    });
    return updated;
  });
}

export function kpiDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const kpi = requireOwned(db.select().from(kpis).where(eq(kpis.id, id)).get(), actor, 'kpi', id, NOT_FOUND);
  return {
    subject: `der Kennzahl ${kpi.key} „${kpi.title}“`,
    deleted: impactItem('kpiValues', valuesOf(db, id).length, 'Jahreswert', 'Jahreswerte'),
    detached: [],
  };
}

export function deleteKpi(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadKpiForEdit(tx, actor, input.id, input.version);
    const values = valuesOf(tx, current.id);
    tx.delete(kpis).where(eq(kpis.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'kpi',
      entityId: current.id,
      summary: `Kennzahl ${current.key} „${current.title}“ gelöscht`,
      before: { ...pick(current, AUDIT_FIELDS), values },
    });
    return { id: current.id };
  });
}
