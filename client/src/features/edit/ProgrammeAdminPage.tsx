import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { hasPermission } from '../../../../shared/auth/permissions';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { DecisionsSection } from './programme/DecisionsSection';
import { FieldsOfActionSection } from './programme/FieldsOfActionSection';
import { GoalsSection } from './programme/GoalsSection';
import { KpisSection } from './programme/KpisSection';
import { ObligationsSection } from './programme/ObligationsSection';
import { ProgrammeBudgetSection } from './programme/ProgrammeBudgetSection';
import { ProgrammeInfoSection } from './programme/ProgrammeInfoSection';

/**
 * "Programmpflege": the steering office keeps the programme's structure here (fields of action,
 * goals, KPIs, obligations, decisions, budget); IT administration may edit the programme data.
 */
export function ProgrammeAdminPage() {
  usePageTitle('Programmpflege');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const programmes = useQuery(trpc.portfolio.programmes.queryOptions());
  const programmeId = Number(params.get('programm')) || programmes.data?.[0]?.id || 0;
  const structure = useQuery({ ...trpc.programmeInfo.structure.queryOptions({ programmeId }), enabled: programmeId > 0 });
  const canEdit = hasPermission(user.role, 'editPortfolio');
  const canEditInfo = hasPermission(user.role, 'editProgrammeSettings');
  const fresh = () => queryClient.fetchQuery({ ...trpc.programmeInfo.structure.queryOptions({ programmeId }), staleTime: 0 });

  return (
    <section aria-labelledby="programme-admin-heading">
      <h1 id="programme-admin-heading">Programmpflege</h1>
      <QueryState isPending={programmes.isPending} error={programmes.error}>
        {() =>
          programmes.data!.length === 0 ? (
            <p className="muted">Noch kein Programm vorhanden. Importieren Sie zuerst einen Plan.</p>
          ) : (
            <>
              {programmes.data!.length > 1 && (
                <p>
                  <label htmlFor={selectId}>Programm </label>
                  <select id={selectId} value={programmeId} onChange={(e) => setParams({ programm: e.target.value })}>
                    {programmes.data!.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title}
                      </option>
                    ))}
                  </select>
                </p>
              )}
              <QueryState isPending={structure.isPending} error={structure.error}>
                {() => {
                  const s = structure.data!;
                  const props = { structure: s, canEdit, fresh };
                  return (
                    <>
                      <ProgrammeInfoSection structure={s} canEditInfo={canEditInfo} fresh={fresh} />
                      <FieldsOfActionSection {...props} />
                      <GoalsSection {...props} />
                      <KpisSection {...props} />
                      <ObligationsSection {...props} />
                      <DecisionsSection {...props} />
                      <ProgrammeBudgetSection {...props} />
                    </>
                  );
                }}
              </QueryState>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
