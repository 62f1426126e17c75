import { createHash } from 'node:crypto';
import type { TReportSnapshot } from '../../../shared/schemas/report';
import { renderReportDocx } from '../../reports/docx';
import { renderReportPdf } from '../../reports/pdf';

export interface RenderedReport {
  pdf: Buffer;
  pdfSha256: string;
  docx: Buffer;
  docxSha256: string;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** PDF and DOCX of one snapshot; both renderers are deterministic in the snapshot. */
export async function renderReportFiles(snapshot: TReportSnapshot): Promise<RenderedReport> {
  const [pdf, docx] = await Promise.all([renderReportPdf(snapshot), renderReportDocx(snapshot)]);
  return { pdf, pdfSha256: sha256Hex(pdf), docx, docxSha256: sha256Hex(docx) };
}
