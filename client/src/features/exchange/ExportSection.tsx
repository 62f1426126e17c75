import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../../shared/dates/format';
import { useTRPC } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';

/** Download links of every programme as XLSX and JSON (plain GET downloads, audited by the server). */
export function ExportSection() {
  const trpc = useTRPC();
  const programmes = useQuery(trpc.portfolio.programmes.queryOptions());
  return (
    <section aria-labelledby="export-heading" className="exchange-section">
      <h2 id="export-heading">Programm exportieren</h2>
      <p>
        Der Export enthält das ganze Programm – Handlungsfelder, Projekte, Phasen, Meilensteine, Ziele, Kennzahlen,
        Fristen, Budget, Beschlüsse und Statusmeldungen – als Excel-Arbeitsmappe oder als JSON-Dokument. Jeder Export
        wird im Änderungsprotokoll vermerkt.
      </p>
      <QueryState isPending={programmes.isPending} error={programmes.error}>
        {() =>
          programmes.data!.length === 0 ? (
            <p>Es gibt noch kein Programm.</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Programme zum Export</caption>
              <thead>
                <tr>
                  <th scope="col">Programm</th>
                  <th scope="col">Schlüssel</th>
                  <th scope="col">Stand</th>
                  <th scope="col">Herunterladen</th>
                </tr>
              </thead>
              <tbody>
                {programmes.data!.map((programme) => (
                  <tr key={programme.id}>
                    <th scope="row">{programme.title}</th>
                    <td>
                      <code>{programme.key}</code>
                    </td>
                    <td>{formatDate(programme.asOfDate) || '–'}</td>
                    <td className="exchange-downloads">
                      <a className="button" href={`/api/exchange/${programme.id}.xlsx`} download>
                        XLSX herunterladen<span className="visually-hidden"> ({programme.title})</span>
                      </a>
                      <a className="button" href={`/api/exchange/${programme.id}.json`} download>
                        JSON herunterladen<span className="visually-hidden"> ({programme.title})</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
