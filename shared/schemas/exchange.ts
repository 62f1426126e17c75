import { z } from 'zod';
import { ZAmount, ZIsoDate, ZKey, ZOptionalText, ZName, ZText, ZTitle, ZYear } from './common';
import { ZBindingness, ZBudgetKind, ZGoalKind, ZKpiUnit, ZManualStatus, ZMaturity } from './domain';

/**
 * The exchange format of a whole programme (JSON, and the XLSX workbook with one sheet per
 * array). Rows reference each other by business keys, never by database ids, so a file can be
 * written by hand in Excel. The seed data are documents of this format, loaded by the importer.
 */
export const EXCHANGE_FORMAT_VERSION = 1;

const nullableDate = ZIsoDate.nullable().default(null);
const nullableText = ZOptionalText.transform((v) => v ?? null);
const nullableName = ZName.nullable()
  .optional()
  .transform((v) => (v ? v : null));
const keyList = z.array(ZKey).default([]);

export const ZExchangeProgramme = z.object({
  key: ZKey,
  title: ZTitle,
  version: nullableName,
  asOfDate: nullableDate,
  description: nullableText,
  leadUnit: nullableName,
});

export const ZExchangeFieldOfAction = z.object({
  key: ZKey,
  title: ZTitle,
  description: nullableText,
});

export const ZExchangeProject = z.object({
  key: ZKey,
  code: nullableName,
  parentKey: ZKey.nullable().default(null),
  fieldOfActionKey: ZKey,
  title: ZTitle,
  description: nullableText,
  responsibleUnit: nullableName,
  responsiblePerson: nullableName,
  involvedParties: nullableName,
  plannedStart: nullableDate,
  plannedEnd: nullableDate,
  maturity: ZMaturity,
  dependsOn: keyList,
  goalKeys: keyList,
});

export const ZExchangePhase = z.object({
  projectKey: ZKey,
  name: ZTitle,
  start: ZIsoDate,
  end: ZIsoDate,
});

export const ZExchangeMilestone = z.object({
  key: ZKey,
  projectKey: ZKey,
  title: ZTitle,
  plannedDate: nullableDate,
  baselineDate: nullableDate,
  forecastDate: nullableDate,
  actualDate: nullableDate,
  phase: nullableName,
});

export const ZExchangeGoal = z.object({
  key: ZKey,
  kind: ZGoalKind,
  parentKey: ZKey.nullable().default(null),
  text: ZText.min(1, 'Bitte einen Text angeben.'),
  dueDate: nullableDate,
});

export const ZExchangeKpi = z.object({
  key: ZKey,
  title: ZTitle,
  unit: ZKpiUnit,
  goalKey: ZKey.nullable().default(null),
});

export const ZExchangeKpiValue = z.object({
  kpiKey: ZKey,
  year: ZYear,
  plan: z.number().finite().nullable().default(null),
  actual: z.number().finite().nullable().default(null),
});

export const ZExchangeObligation = z.object({
  key: ZKey,
  law: ZName.min(1, 'Bitte das Gesetz angeben.'),
  paragraph: ZName.min(1, 'Bitte den Paragraphen angeben.'),
  title: ZTitle,
  description: nullableText,
  deadline: nullableDate,
  bindingness: ZBindingness,
  projectKeys: keyList,
});

export const ZExchangeBudgetLine = z.object({
  projectKey: ZKey.nullable().default(null),
  year: ZYear,
  kind: ZBudgetKind,
  fundingSource: nullableName,
  description: nullableText,
  plan: ZAmount.nullable().default(null),
  actual: ZAmount.nullable().default(null),
  positions: z.number().finite().min(0).max(10_000).nullable().default(null),
});

export const ZExchangeDecision = z.object({
  key: ZKey,
  committee: ZName.min(1, 'Bitte das Gremium angeben.'),
  date: ZIsoDate,
  subject: ZTitle,
  outcome: nullableText,
  projectKeys: keyList,
});

export const ZExchangeStatusUpdate = z.object({
  projectKey: ZKey,
  date: ZIsoDate,
  status: ZManualStatus,
  text: ZText.min(1, 'Bitte einen Text angeben.'),
  author: ZName.min(1, 'Bitte einen Verfasser angeben.'),
});

export const ZProgrammeExchange = z.object({
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  programme: ZExchangeProgramme,
  fieldsOfAction: z.array(ZExchangeFieldOfAction).default([]),
  projects: z.array(ZExchangeProject).default([]),
  phases: z.array(ZExchangePhase).default([]),
  milestones: z.array(ZExchangeMilestone).default([]),
  goals: z.array(ZExchangeGoal).default([]),
  kpis: z.array(ZExchangeKpi).default([]),
  kpiValues: z.array(ZExchangeKpiValue).default([]),
  obligations: z.array(ZExchangeObligation).default([]),
  budgetLines: z.array(ZExchangeBudgetLine).default([]),
  decisions: z.array(ZExchangeDecision).default([]),
  statusUpdates: z.array(ZExchangeStatusUpdate).default([]),
});

/** What a file contains once parsed and defaulted. */
export type TProgrammeExchange = z.infer<typeof ZProgrammeExchange>;
/** What a hand-written document (the seed) may omit: defaults fill the rest. */
export type TProgrammeExchangeInput = z.input<typeof ZProgrammeExchange>;
