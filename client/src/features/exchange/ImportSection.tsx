import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../../shared/dates/format';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChangeTable, describeChanges } from './ChangeTable';
import { IssueTable } from './IssueTable';
import type { ImportTarget, UploadInput, UploadResult } from './types';
import { fileProblem, formatOfFile, readAsBase64 } from './upload-file';

type Outcome = { stage: 'preview' | 'apply'; result: UploadResult };

const NEW_PROGRAMME = 'neu';

/** The web server refuses a request body above its limit before the application sees it. */
function uploadErrorMessage(error: unknown): string {
  const status = error instanceof TRPCClientError ? (error.meta?.response as Response | undefined)?.status : undefined;
  if (status === 413) return 'Die Datei ist zu groß für das Hochladen. Bitte eine kleinere Datei wählen oder den Import über die Kommandozeile ausführen.';
  return userMessageOf(error);
}

function announce(outcome: Outcome | null): string {
  if (!outcome) return '';
  const { stage, result } = outcome;
  if (!result.ok) {
    const count = `${formatNumber(result.issues.length)} ${result.issues.length === 1 ? 'Problem' : 'Probleme'}`;
    return stage === 'preview'
      ? `Die Datei „${result.fileName}“ enthält ${count}. Es wurde nichts übernommen.`
      : `Die Übernahme wurde abgelehnt: ${count}. Es wurde nichts geändert.`;
  }
  return stage === 'preview'
    ? `Vorschau für „${result.programme.title}“: ${describeChanges(result.changes)}. Noch ist nichts übernommen.`
    : `Import abgeschlossen: „${result.programme.title}“ – ${describeChanges(result.changes)}.`;
}

/** Upload of an XLSX or JSON file: preview of every change or every problem, then "Übernehmen". */
export function ImportSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programmes = useQuery(trpc.portfolio.programmes.queryOptions());
  const fileInputId = useId();
  const fileHintId = useId();
  const targetId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [targetChoice, setTargetChoice] = useState<string | null>(null);
  const [upload, setUpload] = useState<UploadInput | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);

  const preview = useMutation(trpc.exchange.preview.mutationOptions());
  const apply = useMutation(trpc.exchange.applyImport.mutationOptions());

  const programmeList = programmes.data ?? [];
  const choice = targetChoice ?? (programmeList[0] ? String(programmeList[0].id) : NEW_PROGRAMME);
  const target: ImportTarget = choice === NEW_PROGRAMME ? { kind: 'new' } : { kind: 'existing', programmeId: Number(choice) };

  const reset = () => {
    setUpload(null);
    setOutcome(null);
    preview.reset();
    apply.reset();
  };

  const chooseFile = (chosen: File | null) => {
    reset();
    setFile(chosen);
    setFileError(chosen ? fileProblem(chosen) : null);
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    if (!file) {
      setFileError('Bitte eine Datei wählen.');
      fileInput.current?.focus();
      return;
    }
    const problem = fileProblem(file);
    if (problem) {
      setFileError(problem);
      fileInput.current?.focus();
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setFileError('Die Datei ließ sich nicht lesen.');
      return;
    }
    const input: UploadInput = { fileName: file.name, format: formatOfFile(file)!, contentBase64, target };
    const result = await preview.mutateAsync(input).catch(() => null);
    if (!result) return;
    setUpload(input);
    setOutcome({ stage: 'preview', result });
  };

  const confirmApply = async () => {
    if (!upload) return;
    const result = await apply.mutateAsync(upload);
    setOutcome({ stage: 'apply', result });
    if (result.ok) {
      setUpload(null);
      setFile(null);
      // Choosing the same file again must count as a new choice.
      if (fileInput.current) fileInput.current.value = '';
      await queryClient.invalidateQueries();
    }
  };

  const busy = preview.isPending || apply.isPending;
  const requestError = preview.error ?? null;
  const previewed = outcome?.stage === 'preview' && outcome.result.ok ? outcome.result : null;
  const hasDeletions = previewed?.changes.some((row) => row.deleted > 0) ?? false;

  return (
    <section aria-labelledby="import-heading" className="exchange-section">
      <h2 id="import-heading">Programm importieren</h2>
      <p>
        Eine Excel-Arbeitsmappe oder ein JSON-Dokument im Austauschformat wird zuerst vollständig geprüft. Die Vorschau
        zeigt jede Änderung oder jedes Problem mit Tabellenblatt, Zeile und Spalte. Übernommen wird erst nach Ihrer
        Bestätigung – alles oder nichts. Was im Programm, aber nicht mehr in der Datei steht, wird gelöscht;
        Statusmeldungen bleiben erhalten.
      </p>
      <p>
        <a href="/api/exchange/template.xlsx" download>
          Leere Vorlage (XLSX) herunterladen
        </a>{' '}
        <span className="muted">– mit allen Tabellenblättern, Spaltenüberschriften, Hinweisen und Auswahllisten.</span>
      </p>

      <form className="exchange-form" onSubmit={(event) => void check(event)} noValidate>
        <div className="exchange-form__field">
          <label htmlFor={fileInputId}>Datei (XLSX oder JSON)</label>
          <input
            ref={fileInput}
            id={fileInputId}
            type="file"
            accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileHintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          <span id={fileHintId} className="muted">
            Höchstens 25 MB.
          </span>
          {fileError && (
            <p role="alert" className="form-error">
              {fileError}
            </p>
          )}
        </div>
        <div className="exchange-form__field">
          <label htmlFor={targetId}>Ziel des Imports</label>
          <select
            id={targetId}
            value={choice}
            onChange={(event) => {
              reset();
              setTargetChoice(event.target.value);
            }}
          >
            {programmeList.map((programme) => (
              <option key={programme.id} value={String(programme.id)}>
                Bestehendes Programm aktualisieren: {programme.title} ({programme.key})
              </option>
            ))}
            <option value={NEW_PROGRAMME}>Neues Programm anlegen</option>
          </select>
        </div>
        <div className="exchange-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {preview.isPending ? 'Wird geprüft …' : 'Datei prüfen'}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" aria-atomic="true" className="exchange-status">
        {announce(outcome)}
      </div>
      {requestError && (
        <p role="alert" className="form-error">
          {uploadErrorMessage(requestError)}
        </p>
      )}

      {outcome && !outcome.result.ok && (
        <IssueTable
          issues={outcome.result.issues}
          caption={`Probleme in „${outcome.result.fileName}“ (${formatNumber(outcome.result.issues.length)})`}
        />
      )}

      {previewed && (
        <>
          <ChangeTable changes={previewed.changes} caption={`Vorschau: was die Übernahme ändern würde – „${previewed.programme.title}“`} />
          <div className="exchange-actions">
            <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={busy}>
              Übernehmen
            </button>
          </div>
        </>
      )}

      {outcome?.stage === 'apply' && outcome.result.ok && (
        <>
          <ChangeTable changes={outcome.result.changes} caption={`Übernommen: „${outcome.result.programme.title}“`} />
          <p>
            <Link to="/portfolio">Zum Portfolio</Link>
          </p>
        </>
      )}

      {confirming && previewed && (
        <ConfirmDialog
          title="Import übernehmen?"
          confirmLabel="Ja, übernehmen"
          danger={hasDeletions}
          onConfirm={confirmApply}
          onClose={() => setConfirming(false)}
          errorOf={uploadErrorMessage}
        >
          <p>
            „{previewed.fileName}“ wird in das Programm „{previewed.programme.title}“ übernommen:{' '}
            {describeChanges(previewed.changes)}.
          </p>
          {hasDeletions && <p className="form-error">Dabei werden Einträge gelöscht.</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
