import { z } from 'zod';
import { ZId } from '../../../shared/schemas/common';
import { FILE_TOO_LARGE_MESSAGE, IMPORT_LIMITS } from '../../exchange/issues';

/** Base64 grows a file by a third: the limit on the text follows from the limit on the file. */
export const MAX_BASE64_LENGTH = Math.ceil(IMPORT_LIMITS.maxFileBytes / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const ZImportTarget = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('new') }), z.object({ kind: z.literal('existing'), programmeId: ZId })],
  { error: 'Bitte wählen, ob ein neues Programm angelegt oder ein bestehendes aktualisiert wird.' },
);

/** An uploaded exchange file: XLSX workbook or JSON document, as base64. */
export const ZExchangeUpload = z.object({
  fileName: z.string().trim().min(1, 'Bitte eine Datei wählen.').max(255, 'Der Dateiname ist zu lang.'),
  format: z.enum(['xlsx', 'json'], { error: 'Bitte eine XLSX- oder JSON-Datei wählen.' }),
  contentBase64: z
    .string({ error: 'Bitte eine Datei wählen.' })
    .min(1, 'Die Datei ist leer.')
    .max(MAX_BASE64_LENGTH, FILE_TOO_LARGE_MESSAGE)
    .regex(BASE64, 'Der Dateiinhalt ist nicht korrekt übertragen worden (Base64 erwartet).'),
  target: ZImportTarget,
});
export type TExchangeUpload = z.infer<typeof ZExchangeUpload>;
