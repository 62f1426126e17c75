import { z } from 'zod';
import { LIMITS, ZId, ZKey, ZTitle, ZVersion, ZYear } from './common';
import { ZKpiUnit } from './domain';

const ZKpiNumber = z
  .number({ error: 'Bitte eine Zahl angeben.' })
  .finite('Bitte eine gültige Zahl angeben.')
  .min(-LIMITS.amountMax, 'Der Wert ist zu klein.')
  .max(LIMITS.amountMax, 'Der Wert ist zu groß.');

export const ZKpiValue = z.object({ year: ZYear, plan: ZKpiNumber.nullable(), actual: ZKpiNumber.nullable() });
export type TKpiValue = z.infer<typeof ZKpiValue>;

const ZKpiValues = z
  .array(ZKpiValue)
  .max(LIMITS.yearMax - LIMITS.yearMin + 1)
  .refine((values) => new Set(values.map((v) => v.year)).size === values.length, {
    message: 'Jedes Jahr darf nur einmal vorkommen.',
  });

const kpiFields = {
  key: ZKey,
  title: ZTitle,
  unit: ZKpiUnit,
  goalId: ZId.nullable(),
  /** The yearly plan and actual values, replaced as a whole. */
  values: ZKpiValues,
};

export const ZKpiCreate = z.object({ programmeId: ZId, ...kpiFields });
export type TKpiCreate = z.infer<typeof ZKpiCreate>;

export const ZKpiUpdate = z.object({ id: ZId, version: ZVersion, ...kpiFields });
export type TKpiUpdate = z.infer<typeof ZKpiUpdate>;

/** Quick path "Ist-Wert erfassen": one year's actual value (null clears it). */
export const ZKpiActual = z.object({ id: ZId, version: ZVersion, year: ZYear, actual: ZKpiNumber.nullable() });
export type TKpiActual = z.infer<typeof ZKpiActual>;
