import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { progressReports } from '../../../db/schema';
import { ZReportSnapshot } from '../../../shared/schemas/report';
import type {
  TFileVerification,
  TRenderingComparison,
  TReportVerification,
  TVerificationComparison,
} from '../../../shared/schemas/report-verification';
import { REPORT_RENDERER_VERSION } from '../../reports/renderer-version';
import type { Actor } from '../actor';
import { requireReadableReport, requireVerifier } from './access';
import { docxContentFingerprint, pdfContentFingerprint } from './content-compare';
import { renderReportFiles, sha256Hex } from './render';

/**
 * Checks a stored report. Integrity, always: the stored bytes against their recorded SHA-256
 * (nothing was altered). Reproduction, when the report was produced by the current renderer
 * version: the snapshot re-rendered against the stored bytes (the snapshot still yields what the
 * committee received); equal hashes are the rule, equal content with different compression is
 * accepted and reported. A report from another renderer version renders differently by design
 * (reports/renderer-version.ts), so comparing would raise a false alarm; its result says so.
 */

type Fingerprint = (bytes: Buffer) => string;

function compareRendering(stored: Buffer, actualSha256: string, rendered: Buffer, renderedSha256: string, fingerprint: Fingerprint): TRenderingComparison {
  if (actualSha256 === renderedSha256) return 'identical';
  try {
    return fingerprint(stored) === fingerprint(rendered) ? 'same-content' : 'different';
  } catch {
    return 'different';
  }
}

function checkFile(
  stored: Buffer,
  storedSha256: string,
  rendered: { bytes: Buffer; sha256: string } | null,
  fingerprint: Fingerprint,
): TFileVerification {
  const actualSha256 = sha256Hex(stored);
  return {
    storedSha256,
    actualSha256,
    intact: actualSha256 === storedSha256,
    rendering: rendered && {
      sha256: rendered.sha256,
      comparison: compareRendering(stored, actualSha256, rendered.bytes, rendered.sha256, fingerprint),
    },
  };
}

const COMPARISON_ORDER: readonly TRenderingComparison[] = ['identical', 'same-content', 'different'];

function worse(a: TRenderingComparison, b: TRenderingComparison): TRenderingComparison {
  return COMPARISON_ORDER.indexOf(a) >= COMPARISON_ORDER.indexOf(b) ? a : b;
}

export async function verifyReport(db: Db, actor: Actor, id: number): Promise<TReportVerification> {
  requireVerifier(actor);
  const row = requireReadableReport(db, actor, id);
  const stored = db
    .select({ pdf: progressReports.pdf, docx: progressReports.docx, rendererVersion: progressReports.rendererVersion })
    .from(progressReports)
    .where(eq(progressReports.id, id))
    .get()!;
  const renderer = { stored: stored.rendererVersion, current: REPORT_RENDERER_VERSION };
  const parsed = ZReportSnapshot.safeParse(row.snapshot);
  const comparable = renderer.stored === renderer.current;
  const rendered = parsed.success && comparable ? await renderReportFiles(parsed.data) : null;
  const pdf = checkFile(stored.pdf, row.pdfSha256, rendered && { bytes: rendered.pdf, sha256: rendered.pdfSha256 }, pdfContentFingerprint);
  const docx = checkFile(stored.docx, row.docxSha256, rendered && { bytes: rendered.docx, sha256: rendered.docxSha256 }, docxContentFingerprint);

  let comparison: TVerificationComparison | null = null;
  if (parsed.success) {
    if (pdf.rendering && docx.rendering) comparison = worse(pdf.rendering.comparison, docx.rendering.comparison);
    else comparison = renderer.stored === null || renderer.stored < renderer.current ? 'earlier-renderer' : 'later-renderer';
  }
  return {
    id,
    state: row.state,
    renderer,
    snapshotValid: parsed.success,
    comparison,
    pdf,
    docx,
    ok: pdf.intact && docx.intact && comparison !== null && comparison !== 'different',
  };
}
