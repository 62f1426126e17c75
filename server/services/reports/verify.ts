import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { progressReports } from '../../../db/schema';
import { ZReportSnapshot } from '../../../shared/schemas/report';
import type { Actor } from '../actor';
import { requireReadableReport, requireVerifier } from './access';
import { docxContentFingerprint, pdfContentFingerprint } from './content-compare';
import { renderReportFiles, sha256Hex } from './render';

/**
 * Re-renders a stored report from its snapshot and compares it with the stored files: the
 * stored bytes against their recorded SHA-256 (nothing was altered), and the re-rendering
 * against the stored bytes (the snapshot still yields what the committee received). Equal
 * hashes are the rule; equal content with different compression is accepted and reported.
 */

export interface FileCheck {
  storedSha256: string;
  /** SHA-256 of the bytes in the database now. */
  actualSha256: string;
  /** The stored bytes still have their recorded hash. */
  intact: boolean;
  renderedSha256: string;
  /** The re-rendering is byte for byte the stored file. */
  identical: boolean;
  /** Same content, compression aside. */
  sameContent: boolean;
}

function check(stored: Buffer, storedSha256: string, rendered: Buffer, renderedSha256: string, fingerprint: (b: Buffer) => string): FileCheck {
  const actualSha256 = sha256Hex(stored);
  const identical = actualSha256 === renderedSha256;
  let sameContent = identical;
  if (!identical) {
    try {
      sameContent = fingerprint(stored) === fingerprint(rendered);
    } catch {
      sameContent = false;
    }
  }
  return { storedSha256, actualSha256, intact: actualSha256 === storedSha256, renderedSha256, identical, sameContent };
}

export async function verifyReport(db: Db, actor: Actor, id: number) {
  requireVerifier(actor);
  const row = requireReadableReport(db, actor, id);
  const stored = db
    .select({ pdf: progressReports.pdf, docx: progressReports.docx })
    .from(progressReports)
    .where(eq(progressReports.id, id))
    .get()!;
  const parsed = ZReportSnapshot.safeParse(row.snapshot);
  if (!parsed.success) {
    return { id, state: row.state, snapshotValid: false, pdf: null, docx: null, ok: false };
  }
  const rendered = await renderReportFiles(parsed.data);
  const pdf = check(stored.pdf, row.pdfSha256, rendered.pdf, rendered.pdfSha256, pdfContentFingerprint);
  const docx = check(stored.docx, row.docxSha256, rendered.docx, rendered.docxSha256, docxContentFingerprint);
  return {
    id,
    state: row.state,
    snapshotValid: true,
    pdf,
    docx,
    ok: pdf.intact && pdf.sameContent && docx.intact && docx.sameContent,
  };
}

export type ReportVerification = Awaited<ReturnType<typeof verifyReport>>;
