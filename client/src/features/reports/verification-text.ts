import type {
  TFileVerification,
  TRenderingComparison,
  TReportVerification,
} from '../../../../shared/schemas/report-verification';

/** The verification result in words; the outcome is always said first, never by colour alone. */

const FILES = [
  ['PDF', 'pdf'],
  ['DOCX', 'docx'],
] as const;

function integrityText(result: TReportVerification): string {
  if (result.pdf.intact && result.docx.intact) return 'Unverändert (Prüfsummen stimmen).';
  return FILES.map(([label, key]) =>
    result[key].intact ? `${label}: unverändert (Prüfsumme stimmt).` : `${label}: gespeicherte Datei beschädigt (Prüfsumme stimmt nicht).`,
  ).join(' ');
}

const RENDERING_TEXT: Record<TRenderingComparison, string> = {
  identical: 'Neuerstellung byte-genau gleich.',
  'same-content': 'Neuerstellung inhaltlich gleich (andere Kompression).',
  different: 'Neuerstellung weicht vom gespeicherten Bericht ab.',
};

function renderingText(file: TFileVerification): string {
  return file.rendering ? RENDERING_TEXT[file.rendering.comparison] : 'nicht neu erstellt.';
}

function comparisonText(result: TReportVerification): string {
  const { stored, current } = result.renderer;
  switch (result.comparison) {
    case null:
      return 'Der gespeicherte Stand des Berichts ist nicht lesbar; eine Neuerstellung ist nicht möglich.';
    case 'earlier-renderer':
      return stored === null
        ? `Mit einer früheren Version des Berichtsgenerators erstellt (vor der Versionsangabe, aktuell Version ${current}): eine Neuerstellung ist nicht vergleichbar.`
        : `Mit einer früheren Version des Berichtsgenerators erstellt (Version ${stored}, aktuell ${current}): eine Neuerstellung ist nicht vergleichbar.`;
    case 'later-renderer':
      return `Mit einer neueren Version des Berichtsgenerators erstellt (Version ${stored ?? '?'}, aktuell ${current}): eine Neuerstellung ist nicht vergleichbar.`;
    case 'identical':
      return 'Neuerstellung aus dem gespeicherten Stand byte-genau gleich.';
    default:
      return FILES.map(([label, key]) => `${label}: ${renderingText(result[key])}`).join(' ');
  }
}

export function verificationText(result: TReportVerification): string {
  return [result.ok ? 'Prüfung bestanden.' : 'Prüfung nicht bestanden.', integrityText(result), comparisonText(result)].join(' ');
}

/** Which report generator made a report's files, for the report's facts. */
export function rendererVersionText(version: number | null): string {
  return version === null ? 'frühere Version (vor der Versionsangabe)' : `Version ${version}`;
}
