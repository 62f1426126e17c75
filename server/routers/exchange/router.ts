import type { Context, SessionUser } from '../../context';
import type { ImportIssue } from '../../exchange/issues';
import { actorOf } from '../../procedures/actor';
import { permittedProcedure } from '../../procedures/authed';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportCounter, type ImportKind } from '../../services/programme-import';
import { importProgrammeFile } from '../../services/programme-import-run';
import { router } from '../../trpc';
import { ZExchangeUpload, type TExchangeUpload } from './input';

const importProcedure = permittedProcedure('importExport');

export type ExchangeUploadResult =
  | { ok: false; fileName: string; issues: ImportIssue[] }
  | {
      ok: true;
      fileName: string;
      applied: boolean;
      programme: { id: number; key: string; title: string; created: boolean };
      /** One row per kind, in the order of the workbook's sheets, with its German name. */
      changes: ({ kind: ImportKind; label: string } & ImportCounter)[];
    };

async function runImport(
  ctx: Context & { user: SessionUser },
  input: TExchangeUpload,
  dryRun: boolean,
): Promise<ExchangeUploadResult> {
  const result = await importProgrammeFile(
    ctx.db,
    ctx.user.organisationId,
    { format: input.format, content: Buffer.from(input.contentBase64, 'base64') },
    actorOf(ctx.user),
    { dryRun, target: input.target },
  );
  if (!result.ok) return { ok: false, fileName: input.fileName, issues: result.issues };
  const { summary } = result;
  return {
    ok: true,
    fileName: input.fileName,
    applied: result.applied,
    programme: { id: summary.programmeId, key: summary.programmeKey, title: summary.programmeTitle, created: summary.created },
    changes: IMPORT_KINDS.map((kind) => ({ kind, label: IMPORT_KIND_LABELS[kind], ...summary.counts[kind] })),
  };
}

/**
 * Import of a whole programme from the exchange format. Problems with the file are a normal
 * answer (`ok: false` with every issue located), not an error. The export is a plain GET
 * download (server/http/exchange-downloads.ts), so the browser saves the file itself.
 */
export const exchangeRouter = router({
  /** Runs the import and rolls it back: every problem, or what would change per kind of row. */
  preview: importProcedure.input(ZExchangeUpload).mutation(({ ctx, input }) => runImport(ctx, input, true)),
  /** Validates again and applies all or nothing; the importer writes the audit row. (Not `apply`: tRPC reserves the name.) */
  applyImport: importProcedure.input(ZExchangeUpload).mutation(({ ctx, input }) => runImport(ctx, input, false)),
});
