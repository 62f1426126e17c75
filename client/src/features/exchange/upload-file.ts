/**
 * The server's limit for an exchange file (server/exchange/issues.ts, IMPORT_LIMITS): checked
 * here as well so that a user does not wait for an upload the server refuses.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export type UploadFormat = 'xlsx' | 'json';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** XLSX or JSON by the file's ending (browsers report types unreliably), else by its type. */
export function formatOfFile(file: { name: string; type: string }): UploadFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.json')) return 'json';
  if (file.type === XLSX_TYPE) return 'xlsx';
  if (file.type === 'application/json') return 'json';
  return null;
}

/** German message why a chosen file cannot be uploaded, or null. */
export function fileProblem(file: { name: string; type: string; size: number }): string | null {
  if (formatOfFile(file) === null) return 'Bitte eine XLSX-Arbeitsmappe (.xlsx) oder ein JSON-Dokument (.json) wählen.';
  if (file.size === 0) return 'Die Datei ist leer.';
  if (file.size > MAX_UPLOAD_BYTES) return 'Die Datei ist zu groß (höchstens 25 MB).';
  return null;
}

/** The file's bytes as base64 (a data URL without its prefix), read by the browser. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.readAsDataURL(file);
  });
}
