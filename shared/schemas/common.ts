import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

/** Limits a user can understand, used by forms, API and importer alike. */
export const LIMITS = {
  titleMax: 300,
  textMax: 20_000,
  keyMax: 64,
  nameMax: 200,
  yearMin: 1990,
  yearMax: 2100,
  amountMax: 1_000_000_000_000,
} as const;

export const ZIsoDate = z
  .string({ error: 'Bitte ein Datum angeben.' })
  .refine(isIsoDate, { message: 'Kein gültiges Datum (erwartet TT.MM.JJJJ bzw. JJJJ-MM-TT).' });

export const ZOptionalIsoDate = ZIsoDate.nullable().optional();

export const ZTitle = z
  .string({ error: 'Bitte einen Titel angeben.' })
  .trim()
  .min(1, 'Bitte einen Titel angeben.')
  .max(LIMITS.titleMax, `Höchstens ${LIMITS.titleMax} Zeichen.`);

export const ZText = z.string().max(LIMITS.textMax, `Höchstens ${LIMITS.textMax} Zeichen.`);
export const ZOptionalText = ZText.nullable().optional();

export const ZName = z.string().trim().max(LIMITS.nameMax, `Höchstens ${LIMITS.nameMax} Zeichen.`);

/** Business keys used in the exchange format to reference rows across sheets. */
export const ZKey = z
  .string({ error: 'Bitte einen Schlüssel angeben.' })
  .trim()
  .min(1, 'Bitte einen Schlüssel angeben.')
  .max(LIMITS.keyMax, `Höchstens ${LIMITS.keyMax} Zeichen.`)
  .regex(/^[A-Za-z0-9ÄÖÜäöüß._\-/]+$/, 'Nur Buchstaben, Ziffern und . _ - / erlaubt.');

export const ZYear = z
  .number({ error: 'Bitte ein Jahr angeben.' })
  .int('Das Jahr muss eine ganze Zahl sein.')
  .min(LIMITS.yearMin, `Jahr ab ${LIMITS.yearMin}.`)
  .max(LIMITS.yearMax, `Jahr bis ${LIMITS.yearMax}.`);

export const ZAmount = z
  .number({ error: 'Bitte einen Betrag angeben.' })
  .finite('Bitte einen gültigen Betrag angeben.')
  .min(-LIMITS.amountMax)
  .max(LIMITS.amountMax);

export const ZId = z.number().int().positive();
export const ZVersion = z.number().int().nonnegative();
