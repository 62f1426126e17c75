import { z } from 'zod';
import { ZAmount, ZId, ZVersion, ZYear } from './common';
import { ZBudgetKind } from './domain';
import { ZNullableName, ZNullableText } from './project';

const ZPositions = z
  .number({ error: 'Bitte eine Zahl angeben.' })
  .finite('Bitte eine gültige Zahl angeben.')
  .min(0, 'Stellen können nicht negativ sein.')
  .max(10_000, 'Höchstens 10.000 Stellen.');

const budgetFields = {
  /** null: a line of the programme as a whole, not of one project. */
  projectId: ZId.nullable(),
  year: ZYear,
  kind: ZBudgetKind,
  fundingSource: ZNullableName,
  description: ZNullableText,
  plan: ZAmount.nullable(),
  actual: ZAmount.nullable(),
  positions: ZPositions.nullable(),
};

export const ZBudgetLineCreate = z.object({ programmeId: ZId, ...budgetFields });
export type TBudgetLineCreate = z.infer<typeof ZBudgetLineCreate>;

export const ZBudgetLineUpdate = z.object({ id: ZId, version: ZVersion, ...budgetFields });
export type TBudgetLineUpdate = z.infer<typeof ZBudgetLineUpdate>;
