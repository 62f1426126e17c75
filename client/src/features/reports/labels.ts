import type { TReportSectionKey } from '../../../../shared/schemas/report';
import type { TReportState } from '../../../../shared/schemas/report-request';

/** The section names as the Vorlage prints them (server/reports/content.ts). */
export const SECTION_LABELS: Record<TReportSectionKey, string> = {
  legalFrame: 'Rechtlicher Rahmen',
  projects: 'Handlungsfelder und Projekte',
  statusSummary: 'Ampelübersicht',
  changes: 'Veränderungen seit dem letzten Bericht',
  kpis: 'Kennzahlen',
  timeline: 'Zeitplan',
  finances: 'Darstellung der finanziellen Auswirkungen',
  resolution: 'Beschlussvorschlag',
};

export const STATE_LABELS: Record<TReportState, string> = {
  draft: 'Entwurf',
  released: 'freigegeben',
  superseded: 'ersetzt',
};

export function reportFileUrl(id: number, kind: 'pdf' | 'docx' | 'html'): string {
  return `/api/reports/${id}/${kind}`;
}

/** "253 KB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('de-DE')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}
