import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { ThresholdsForm } from './ThresholdsForm';

/** Verwaltung › Ampelregeln: one form per programme. */
export function ThresholdsFormPage() {
  usePageTitle('Ampelregeln');
  const trpc = useTRPC();
  const programmes = useQuery(trpc.portfolio.programmes.queryOptions());
  const [chosen, setChosen] = useState<number | null>(null);
  const selectId = useId();
  return (
    <section aria-labelledby="thresholds-heading">
      <h1 id="thresholds-heading">Ampelregeln</h1>
      <QueryState isPending={programmes.isPending} error={programmes.error}>
        {() => {
          const list = programmes.data!;
          if (list.length === 0) return <p className="muted">Noch kein Programm angelegt.</p>;
          const programmeId = chosen ?? list[0]!.id;
          return (
            <>
              {list.length > 1 && (
                <p>
                  <label htmlFor={selectId}>Programm</label>{' '}
                  <select id={selectId} value={programmeId} onChange={(event) => setChosen(Number(event.target.value))}>
                    {list.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title}
                      </option>
                    ))}
                  </select>
                </p>
              )}
              <ThresholdsForm key={programmeId} programmeId={programmeId} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
