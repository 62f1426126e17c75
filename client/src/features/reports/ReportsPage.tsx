import { useQuery } from '@tanstack/react-query';
import { hasPermission } from '../../../../shared/auth/permissions';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { GenerateReportForm } from './GenerateReportForm';
import { ReportList } from './ReportList';

/** /berichte: the reports the user may read and, for the steering office, the generation form. */
export function ReportsPage() {
  usePageTitle('Berichte');
  const user = useCurrentUser();
  const trpc = useTRPC();
  const reports = useQuery(trpc.report.list.queryOptions({}));
  const mayGenerate = hasPermission(user.role, 'generateReports');
  const committeeOnly = !hasPermission(user.role, 'readDraftReports');

  return (
    <section aria-labelledby="reports-heading" className="reports">
      <h1 id="reports-heading">Sachstandsberichte</h1>
      {committeeOnly && <p className="muted">Hier finden Sie die freigegebenen Sachstandsberichte zur Digitalisierung.</p>}
      <section aria-labelledby="reports-list-heading">
        <h2 id="reports-list-heading">{committeeOnly ? 'Freigegebene Berichte' : 'Berichte'}</h2>
        <QueryState isPending={reports.isPending} error={reports.error}>
          {() => <ReportList reports={reports.data!} />}
        </QueryState>
      </section>
      {mayGenerate && (
        <section aria-labelledby="reports-generate-heading">
          <h2 id="reports-generate-heading">Neuen Bericht erzeugen</h2>
          <GenerateReportForm />
        </section>
      )}
    </section>
  );
}
