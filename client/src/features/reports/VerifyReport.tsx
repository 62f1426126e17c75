import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { verificationText } from './verification-text';

/**
 * Checks the stored files on the server: their checksums, and for a report of the current
 * renderer version whether the stored snapshot still yields them.
 */
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
        {check.data && !check.isFetching && (
          <span className={check.data.ok ? 'verify-ok' : 'form-error'}>{verificationText(check.data)}</span>
        )}
      </div>
    </div>
  );
}
