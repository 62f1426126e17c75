import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../../../shared/dates/format';
import { REPORT_CHANGE_KIND_LABELS } from '../../../../shared/schemas/report';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { fileSize, reportFileUrl, SECTION_LABELS } from './labels';
import { ReportStateBadge } from './StateBadge';
import type { ReportDetail } from './types';
import { rendererVersionText } from './verification-text';
import { VerifyReport } from './VerifyReport';

/** /berichte/:reportId — one report: what it is, what changed since the last one, its files. */
export function ReportPage() {
  const { reportId } = useParams();
  const id = Number(reportId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.report.detail.queryOptions({ id }), enabled: valid });
  usePageTitle(detail.data ? `Bericht zum Stichtag ${formatDate(detail.data.asOfDate)}` : 'Bericht');

  if (!valid) {
    return (
      <p role="alert" className="form-error">
        Ungültige Berichtsnummer.
      </p>
    );
  }
  return (
    <QueryState isPending={detail.isPending} error={detail.error}>
      {() => <ReportView report={detail.data!} />}
    </QueryState>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const name = `Bericht zum Stichtag ${formatDate(report.asOfDate)} an ${report.committee}`;
  return (
    <article aria-labelledby="report-heading" className="report">
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link to="/berichte">Berichte</Link> › {report.committee}
      </nav>
      <h1 id="report-heading">
        {report.subject} <span className="muted">– Stichtag {formatDate(report.asOfDate)}</span>
      </h1>
      <p>
        <ReportStateBadge state={report.state} />{' '}
        {report.state === 'draft' && <span className="muted">Nur für die Verwaltung sichtbar, bis er freigegeben ist.</span>}
        {report.state === 'superseded' && report.supersededById !== null && (
          <span>
            Ersetzt durch den <Link to={`/berichte/${report.supersededById}`}>neueren Bericht</Link>.
          </span>
        )}
      </p>
      <ReportActions report={report} />

      <dl className="facts">
        <Fact label="Gremium" value={report.committee} />
        <Fact label="Sitzung" value={report.meetingDate ? formatDate(report.meetingDate) : 'noch nicht terminiert'} />
        <Fact label="Stichtag" value={formatDate(report.asOfDate)} />
        <Fact label="Betreff" value={report.subject} />
        <Fact label="Federführung" value={report.leadUnit ?? '–'} />
        <Fact label="Vorlage-Nr." value={report.vorlageNumber ?? '–'} />
        <Fact label="Programm" value={report.programmeTitle} />
        <Fact label="Projekte im Bericht" value={report.projectCount.toLocaleString('de-DE')} />
        <Fact label="Erstellt" value={`${report.createdByName}, ${formatDateTime(report.createdAt)}`} />
        <Fact label="Freigegeben" value={report.releasedAt ? `${report.releasedByName ?? ''}, ${formatDateTime(report.releasedAt)}` : '–'} />
        <Fact label="Berichtsgenerator" value={rendererVersionText(report.rendererVersion)} />
        <Fact
          label="Abschnitte"
          value={report.sections
            .filter((s) => s.enabled)
            .map((s) => SECTION_LABELS[s.key])
            .join(', ')}
        />
      </dl>

      <section aria-labelledby="report-files-heading">
        <h2 id="report-files-heading">Dateien</h2>
        <table className="data-table report-files">
          <caption className="visually-hidden">Dateien des Berichts mit Prüfsumme</caption>
          <thead>
            <tr>
              <th scope="col">Datei</th>
              <th scope="col">Größe</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                <a href={reportFileUrl(report.id, 'pdf')} download aria-label={`PDF herunterladen: ${name}`}>
                  PDF herunterladen
                </a>
              </th>
              <td className="num">{fileSize(report.files.pdf.bytes)}</td>
              <td>
                <code className="sha">{report.files.pdf.sha256}</code>
              </td>
            </tr>
            <tr>
              <th scope="row">
                <a href={reportFileUrl(report.id, 'docx')} download aria-label={`DOCX herunterladen: ${name}`}>
                  DOCX herunterladen
                </a>
              </th>
              <td className="num">{fileSize(report.files.docx.bytes)}</td>
              <td>
                <code className="sha">{report.files.docx.sha256}</code>
              </td>
            </tr>
            <tr>
              <th scope="row">
                <a href={reportFileUrl(report.id, 'html')} target="_blank" rel="noopener">
                  Druckansicht öffnen <span className="visually-hidden">(neues Fenster)</span>
                </a>
              </th>
              <td className="num">–</td>
              <td className="muted">aus dem gespeicherten Stand erzeugt</td>
            </tr>
          </tbody>
        </table>
        {report.rights.verify && <VerifyReport id={report.id} />}
      </section>

      <section aria-labelledby="report-changes-heading">
        <h2 id="report-changes-heading">Seit dem letzten Bericht</h2>
        <Changes report={report} />
      </section>

      {report.resolution && (
        <section aria-labelledby="report-resolution-heading">
          <h2 id="report-resolution-heading">Beschlussvorschlag</h2>
          <p className="report-resolution">{report.resolution}</p>
        </section>
      )}
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Changes({ report }: { report: ReportDetail }) {
  const { changes, previousReport } = report;
  if (!previousReport || changes.previousAsOfDate === null) {
    return <p>Erster Bericht an dieses Gremium: es gibt keinen früheren Bericht, mit dem er verglichen wird.</p>;
  }
  const since = (
    <>
      Verglichen mit dem <Link to={`/berichte/${previousReport.id}`}>Bericht zum Stichtag {formatDate(previousReport.asOfDate)}</Link>
    </>
  );
  if (changes.entries.length === 0) return <p>{since}: keine Veränderungen.</p>;
  return (
    <>
      <p>
        {since}: {changes.entries.length === 1 ? '1 Veränderung' : `${changes.entries.length.toLocaleString('de-DE')} Veränderungen`}.
      </p>
      <ul className="report-changes">
        {changes.entries.map((entry, index) => (
          <li key={index}>
            <span className="report-change__kind">{REPORT_CHANGE_KIND_LABELS[entry.kind]}:</span> {entry.sentence}
          </li>
        ))}
      </ul>
    </>
  );
}

type Action = 'release' | 'delete' | 'supersede' | null;

function ReportActions({ report }: { report: ReportDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Action>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.report.pathFilter());
  const release = useMutation(trpc.report.release.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.report.deleteDraft.mutationOptions({
      onSuccess: async () => {
        queryClient.removeQueries(trpc.report.detail.queryFilter({ id: report.id }));
        await refresh();
        await navigate('/berichte', { replace: true });
      },
    }),
  );
  const supersede = useMutation(
    trpc.report.supersede.mutationOptions({
      onSuccess: async (created) => {
        await refresh();
        await navigate(`/berichte/${created.id}`);
      },
    }),
  );
  const { rights } = report;
  if (!rights.release && !rights.delete && !rights.supersede) return null;
  const close = () => setOpen(null);

  return (
    <div className="report-actions no-print">
      {rights.release && (
        <button type="button" className="button button--primary" onClick={() => setOpen('release')}>
          Freigeben …
        </button>
      )}
      {rights.supersede && (
        <button type="button" className="button" onClick={() => setOpen('supersede')}>
          Neue Fassung erzeugen …
        </button>
      )}
      {rights.delete && (
        <button type="button" className="button" onClick={() => setOpen('delete')}>
          Entwurf löschen …
        </button>
      )}
      {open === 'release' && (
        <ConfirmDialog
          title="Bericht freigeben?"
          confirmLabel="Freigeben"
          danger={false}
          onConfirm={() => release.mutateAsync({ id: report.id })}
          onClose={close}
          errorOf={userMessageOf}
        >
          <p>
            Der Bericht zum Stichtag {formatDate(report.asOfDate)} wird für „{report.committee}“ freigegeben. Danach kann er nicht
            mehr geändert oder gelöscht werden; Korrekturen sind nur durch einen neuen Bericht möglich.
          </p>
          {report.previousReport && (
            <p>
              Der bisher freigegebene Bericht zum Stichtag {formatDate(report.previousReport.asOfDate)} wird als „ersetzt“
              gekennzeichnet.
            </p>
          )}
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title="Entwurf löschen?"
          confirmLabel="Löschen"
          onConfirm={() => remove.mutateAsync({ id: report.id })}
          onClose={close}
          errorOf={userMessageOf}
        >
          <p>Der Entwurf zum Stichtag {formatDate(report.asOfDate)} wird mit seinen Dateien gelöscht.</p>
        </ConfirmDialog>
      )}
      {open === 'supersede' && (
        <ConfirmDialog
          title="Neue Fassung erzeugen?"
          confirmLabel="Entwurf erzeugen"
          danger={false}
          onConfirm={() => supersede.mutateAsync({ id: report.id })}
          onClose={close}
          errorOf={userMessageOf}
        >
          <p>
            Es wird ein neuer Entwurf mit demselben Gremium, Stichtag und denselben Texten aus dem heutigen Datenstand erzeugt.
            Dieser Bericht bleibt unverändert; er wird erst mit der Freigabe des neuen Berichts als „ersetzt“ gekennzeichnet.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
