import { z } from 'zod';
import { REPORT_STATES } from './report-request';

/**
 * The result of checking a stored Sachstandsbericht (server/services/reports/verify.ts): the
 * stored files against their recorded SHA-256 (integrity, always), and a re-rendering of the
 * stored snapshot against the stored files — made only when the report was produced by the
 * current renderer version, since another version renders differently by design.
 */

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** How a re-rendering compares with a stored file. */
export const ZRenderingComparison = z.enum(['identical', 'same-content', 'different']);
export type TRenderingComparison = z.infer<typeof ZRenderingComparison>;

/**
 * The report as a whole: the worse of its two files' comparisons, or why none was made (its
 * files come from an earlier or a later renderer version than the current one).
 */
export const ZVerificationComparison = z.enum([...ZRenderingComparison.options, 'earlier-renderer', 'later-renderer']);
export type TVerificationComparison = z.infer<typeof ZVerificationComparison>;

export const ZFileVerification = z.object({
  storedSha256: ZSha256,
  /** SHA-256 of the bytes in the database now. */
  actualSha256: ZSha256,
  /** The stored bytes still have their recorded hash. */
  intact: z.boolean(),
  /** null: not re-rendered (unreadable snapshot, or another renderer version). */
  rendering: z.object({ sha256: ZSha256, comparison: ZRenderingComparison }).nullable(),
});
export type TFileVerification = z.infer<typeof ZFileVerification>;

const ZRendererVersion = z.number().int().min(1);

export const ZReportVerification = z.object({
  id: z.number().int(),
  state: z.enum(REPORT_STATES),
  renderer: z.object({
    /** The version that produced the stored files; null: before versions were recorded (earlier). */
    stored: ZRendererVersion.nullable(),
    current: ZRendererVersion,
  }),
  snapshotValid: z.boolean(),
  /** null when the snapshot is not readable, so nothing could be rendered. */
  comparison: ZVerificationComparison.nullable(),
  pdf: ZFileVerification,
  docx: ZFileVerification,
  /** Both files intact, the snapshot readable, and a re-rendering, where one was made, not different. */
  ok: z.boolean(),
});
export type TReportVerification = z.infer<typeof ZReportVerification>;
