import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import type { ReportVerification } from './types';

/** Re-renders the stored snapshot on the server and says whether it still yields the stored files. */
export function VerifyReport({ id }: { id: number }) {
  const trpc = useTRPC();
  const [requested, setRequested] = useState(false);
  const check = useQuery({ ...trpc.report.verify.queryOptions({ id }), enabled: requested, staleTime: 0, gcTime: 0 });
  return (
    <div className="report-verify">
      <button type="button" className="button" onClick={() => (requested ? void check.refetch() : setRequested(true))} disabled={check.isFetching}>
        {check.isFetching ? 'Wird geprüft …' : 'Dateien prüfen'}
      </button>
      <div role="status" className="report-verify__result">
        {check.error && <span className="form-error">{userMessageOf(check.error)}</span>}
        {check.data && !check.isFetching && <VerificationResult result={check.data} />}
      </div>
    </div>
  );
}

function VerificationResult({ result }: { result: ReportVerification }) {
  if (!result.snapshotValid || !result.pdf || !result.docx) {
    return <span className="form-error">Der gespeicherte Stand des Berichts ist nicht lesbar.</span>;
  }
  const describe = (label: string, file: NonNullable<ReportVerification['pdf']>) => {
    if (!file.intact) return `${label}: gespeicherte Datei beschädigt (Prüfsumme stimmt nicht).`;
    if (file.identical) return `${label}: unverändert, Neuerzeugung byte-genau gleich.`;
    if (file.sameContent) return `${label}: unverändert, Neuerzeugung inhaltlich gleich (andere Kompression).`;
    return `${label}: Neuerzeugung weicht vom gespeicherten Bericht ab.`;
  };
  return (
    <span className={result.ok ? 'verify-ok' : 'form-error'}>
      {result.ok ? 'Prüfung bestanden. ' : 'Prüfung nicht bestanden. '}
      {describe('PDF', result.pdf)} {describe('DOCX', result.docx)}
    </span>
  );
}
