import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/dates/format';
import { exportFileName, portfolioExportTable, toCsv } from '../../../../shared/portfolio/export';
import { searchParamsFromView, viewFromSearchParams } from '../../../../shared/portfolio/url';
import { applyPortfolioView } from '../../../../shared/portfolio/view';
import { useTRPC, useTRPCClient, userMessageOf } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { scheduleHref } from '../schedule/schedule-url';
import { base64ToBlob, saveBlob, XLSX_TYPE } from './download';
import { PortfolioControls } from './PortfolioControls';
import type { ViewChange } from './PortfolioFilterFields';
import { PortfolioTable } from './PortfolioTable';
import type { Portfolio } from './types';

/** The portfolio table; its whole view state (filters, grouping, sorting, columns) is the URL. */
export function PortfolioPage() {
  usePageTitle('Portfolio');
  const trpc = useTRPC();
  const portfolio = useQuery(trpc.board.portfolio.queryOptions());
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams), [searchParams]);
  const onChange = useCallback<ViewChange>(
    (patch, options) => setSearchParams(searchParamsFromView({ ...view, ...patch }), { replace: options?.replace ?? false }),
    [view, setSearchParams],
  );

  return (
    <section aria-labelledby="portfolio-heading">
      <h1 id="portfolio-heading">Portfolio</h1>
      <QueryState isPending={portfolio.isPending} error={portfolio.error}>
        {() => <PortfolioView portfolio={portfolio.data!} onChange={onChange} onReset={() => setSearchParams({})} view={view} />}
      </QueryState>
    </section>
  );
}

function PortfolioView({
  portfolio,
  view,
  onChange,
  onReset,
}: {
  portfolio: Portfolio;
  view: ReturnType<typeof viewFromSearchParams>;
  onChange: ViewChange;
  onReset: () => void;
}) {
  const trpcClient = useTRPCClient();
  // Typing in the search field stays responsive with 10,000 rows: the table follows a beat later.
  const deferredView = useDeferredValue(view);
  const result = useMemo(() => applyPortfolioView(portfolio.rows, deferredView), [portfolio.rows, deferredView]);
  const xlsx = useMutation({
    mutationFn: () => trpcClient.board.portfolioXlsx.query(view),
    onSuccess: (file) => saveBlob(base64ToBlob(file.base64, XLSX_TYPE), file.fileName),
  });

  function downloadCsv() {
    const csv = toCsv(portfolioExportTable(applyPortfolioView(portfolio.rows, view), view));
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(portfolio.asOf, 'csv'));
  }

  return (
    <>
      <p className="muted">
        Stand {formatDate(portfolio.asOf)}. Die Ansicht steht in der Adresse dieser Seite: ein kopierter Link zeigt dieselben Zeilen.
      </p>
      <PortfolioControls view={view} portfolio={portfolio} onChange={onChange} onReset={onReset} />
      <div className="toolbar">
        <p className="toolbar__count" aria-live="polite" aria-atomic="true">
          {formatNumber(result.rows.length)} von {formatNumber(portfolio.rows.length)} Einträgen
        </p>
        <button type="button" className="button" onClick={downloadCsv} disabled={result.rows.length === 0}>
          CSV herunterladen
        </button>
        <button type="button" className="button" onClick={() => xlsx.mutate()} disabled={xlsx.isPending || result.rows.length === 0}>
          {xlsx.isPending ? 'Excel-Datei wird erstellt …' : 'Excel (XLSX) herunterladen'}
        </button>
        <Link className="button schedule-link" to={scheduleHref(view)}>
          Im Zeitplan zeigen
        </Link>
        {xlsx.error && (
          <p role="alert" className="form-error">
            {userMessageOf(xlsx.error)}
          </p>
        )}
      </div>
      {result.rows.length === 0 ? (
        <p>Keine Projekte entsprechen dieser Ansicht.</p>
      ) : (
        <PortfolioTable result={result} view={deferredView} onSortChange={(sortBy, sortDesc) => onChange({ sortBy, sortDesc })} />
      )}
    </>
  );
}
