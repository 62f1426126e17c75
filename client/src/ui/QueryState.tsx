import type { ReactNode } from 'react';
import { userMessageOf } from '../lib/trpc';

/** Loading and error states look and sound the same on every page. */
export function QueryState({ isPending, error, children }: { isPending: boolean; error: unknown; children: () => ReactNode }) {
  if (isPending) {
    return (
      <p className="loading" role="status">
        Wird geladen …
      </p>
    );
  }
  if (error) {
    return (
      <p className="form-error" role="alert">
        {userMessageOf(error)}
      </p>
    );
  }
  return <>{children()}</>;
}
