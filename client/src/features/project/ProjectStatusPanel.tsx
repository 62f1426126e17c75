import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../../shared/dates/format';
import { STATUS_LABELS } from '../../../../shared/schemas/domain';
import { ZStatusOverrideSet, ZStatusUpdateCreate } from '../../../../shared/schemas/status';
import { STATUS_PRESENTATION, type ManualStatus } from '../../../../shared/status';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';

const MANUAL_STATUSES: readonly ManualStatus[] = ['red', 'amber', 'green'];

function useInvalidateBoard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() }),
    ]);
}

function StatusRadios({ name, value, onChange }: { name: string; value: ManualStatus | null; onChange: (s: ManualStatus) => void }) {
  return (
    <fieldset className="filter-group">
      <legend>Ampel</legend>
      {MANUAL_STATUSES.map((status) => (
        <label key={status} className="check">
          <input type="radio" name={name} value={status} checked={value === status} onChange={() => onChange(status)} />
          <StatusBadge status={status} />
        </label>
      ))}
    </fieldset>
  );
}

function FormError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="form-error">
      {message}
    </p>
  );
}

function OverrideForm({ projectId, onDone }: { projectId: number; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateBoard();
  const ids = { justification: useId(), expires: useId(), error: useId() };
  const [status, setStatus] = useState<ManualStatus | null>(null);
  const [justification, setJustification] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const setOverride = useMutation(
    trpc.status.setOverride.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone();
      },
      onError: (error) => setProblem(userMessageOf(error)),
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZStatusOverrideSet.safeParse({ projectId, status, justification, expiresAt: expiresAt || null });
    if (!parsed.success) {
      setProblem(status === null ? 'Bitte eine Ampelfarbe wählen.' : (parsed.error.issues[0]?.message ?? 'Die Eingabe ist ungültig.'));
      return;
    }
    setProblem(null);
    setOverride.mutate(parsed.data);
  }
  return (
    <form className="status-form" onSubmit={submit} noValidate aria-describedby={problem ? ids.error : undefined}>
      <FormError id={ids.error} message={problem} />
      <StatusRadios name={`override-status-${projectId}`} value={status} onChange={setStatus} />
      <p>
        <label htmlFor={ids.justification}>Begründung (Pflicht)</label>
        <textarea
          id={ids.justification}
          value={justification}
          required
          rows={3}
          onChange={(event) => setJustification(event.target.value)}
        />
      </p>
      <p>
        <label htmlFor={ids.expires}>Gilt bis (optional, erster Tag ohne manuelle Ampel)</label>
        <input id={ids.expires} type="date" value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} />
      </p>
      <button type="submit" className="button button--primary" disabled={setOverride.isPending}>
        {setOverride.isPending ? 'Wird gespeichert …' : 'Ampel manuell setzen'}
      </button>
    </form>
  );
}

function StatusUpdateForm({ projectId, onDone }: { projectId: number; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateBoard();
  const ids = { text: useId(), error: useId() };
  const [status, setStatus] = useState<ManualStatus | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.statusUpdate.create.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setText('');
        setStatus(null);
        onDone();
      },
      onError: (error) => setProblem(userMessageOf(error)),
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZStatusUpdateCreate.safeParse({ projectId, status, text });
    if (!parsed.success) {
      setProblem(status === null ? 'Bitte eine Ampelfarbe wählen.' : (parsed.error.issues[0]?.message ?? 'Die Eingabe ist ungültig.'));
      return;
    }
    setProblem(null);
    create.mutate(parsed.data);
  }
  return (
    <form className="status-form" onSubmit={submit} noValidate aria-describedby={problem ? ids.error : undefined}>
      <FormError id={ids.error} message={problem} />
      <StatusRadios name={`update-status-${projectId}`} value={status} onChange={setStatus} />
      <p>
        <label htmlFor={ids.text}>Sachstand (Pflicht)</label>
        <textarea id={ids.text} value={text} required rows={4} onChange={(event) => setText(event.target.value)} />
      </p>
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? 'Wird gespeichert …' : 'Statusmeldung speichern'}
      </button>
    </form>
  );
}

/**
 * The project's traffic light: computed status with its reasons, a manual override beside it
 * (justification, author, validity), and for steering or the project's lead the forms to set or
 * withdraw an override and to write a Statusmeldung.
 */
export function ProjectStatusPanel({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateBoard();
  const status = useQuery(trpc.board.projectStatus.queryOptions({ projectId }));
  const [open, setOpen] = useState<'override' | 'update' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.status.revokeOverride.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setNotice('Die manuelle Ampel wurde zurückgenommen.');
      },
    }),
  );

  return (
    <section aria-labelledby="project-status-heading" className="status-panel">
      <h2 id="project-status-heading">Ampel</h2>
      <QueryState isPending={status.isPending} error={status.error}>
        {() => {
          const s = status.data!;
          const override = s.override;
          return (
            <>
              <p className="status-panel__status">
                <StatusBadge
                  status={s.status}
                  detail={override?.active ? `(manuell gesetzt, berechnet: ${STATUS_PRESENTATION[s.computed].label})` : undefined}
                />
              </p>
              {s.hasSubProjects && (
                <p className="muted">
                  Einschließlich der Teilprojekte (es zählt der schlechteste Wert). Ohne Teilprojekte:{' '}
                  {STATUS_PRESENTATION[s.own.computed].label}.
                </p>
              )}
              {s.reasons.length > 0 ? (
                <>
                  <h3 className="status-panel__subheading">Gründe der berechneten Ampel</h3>
                  <ul className="reason-list">
                    {s.reasons.map((reason, index) => (
                      <li key={index} className={`reason reason--${reason.level}`}>
                        <span className="visually-hidden">{STATUS_LABELS[reason.level]}: </span>
                        {reason.projectId === s.projectId ? (
                          reason.message
                        ) : (
                          <Link to={`/projekte/${reason.projectId}`}>{reason.message}</Link>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">{STATUS_PRESENTATION[s.computed].description}</p>
              )}
              {override && (
                <div className="override-box">
                  <h3 className="status-panel__subheading">Manuelle Ampel</h3>
                  <p>
                    <StatusBadge status={override.status} /> {override.active ? 'gilt' : 'gilt nicht mehr'} seit{' '}
                    {formatDate(override.validFrom)}
                    {override.expiresAt && ` bis ${formatDate(override.expiresAt)} (ausschließlich)`}
                    {!override.active && s.maturity === 3 && ' – Reifegrad 3: abgeschlossen geht vor'}
                  </p>
                  <p>
                    Begründung: „{override.justification}“ <span className="muted">– {override.authorName}</span>
                  </p>
                  <p>Berechnet wäre: {STATUS_PRESENTATION[s.computed].label}.</p>
                  {s.canEdit && (
                    <button
                      type="button"
                      className="button"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ overrideId: override.id })}
                    >
                      Manuelle Ampel zurücknehmen
                    </button>
                  )}
                  {revoke.error && (
                    <p role="alert" className="form-error">
                      {userMessageOf(revoke.error)}
                    </p>
                  )}
                </div>
              )}
              <p role="status" className="status-panel__notice">
                {notice}
              </p>
              {s.canEdit && (
                <div className="status-panel__actions">
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === 'override'}
                    onClick={() => setOpen(open === 'override' ? null : 'override')}
                  >
                    Ampel manuell setzen …
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === 'update'}
                    onClick={() => setOpen(open === 'update' ? null : 'update')}
                  >
                    Statusmeldung schreiben …
                  </button>
                  {open === 'override' && (
                    <OverrideForm
                      projectId={projectId}
                      onDone={() => {
                        setOpen(null);
                        setNotice('Die manuelle Ampel wurde gespeichert.');
                      }}
                    />
                  )}
                  {open === 'update' && (
                    <StatusUpdateForm
                      projectId={projectId}
                      onDone={() => {
                        setOpen(null);
                        setNotice('Die Statusmeldung wurde gespeichert.');
                      }}
                    />
                  )}
                </div>
              )}
              {s.overrideHistory.length > (override ? 1 : 0) && (
                <details className="disclosure">
                  <summary>Verlauf der manuellen Ampeln ({s.overrideHistory.length})</summary>
                  <ul className="plain-list">
                    {s.overrideHistory.map((h) => (
                      <li key={h.id}>
                        {STATUS_LABELS[h.status]} ab {formatDate(h.validFrom)}
                        {h.expiresAt && ` bis ${formatDate(h.expiresAt)}`}: „{h.justification}“ ({h.authorName})
                        {h.revokedAt && <span className="muted"> – zurückgenommen am {formatDateTime(h.revokedAt)}</span>}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
