import { useId, useState, type ReactNode } from 'react';
import { ConflictNotice } from './ConflictNotice';
import { Dialog } from './Dialog';

/**
 * Asks before something irreversible (deleting, deactivating). The question is the dialog's
 * description; the safe choice ("Abbrechen") has the initial focus.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = true,
  onConfirm,
  onClose,
  errorOf,
  conflictOf,
  onConflictReload,
  confirmDisabled = false,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** The German message of a failure. */
  errorOf: (error: unknown) => string;
  /** The conflict message, when the failure was a stale version. */
  conflictOf?: (error: unknown) => string | null;
  onConflictReload?: () => Promise<void>;
  confirmDisabled?: boolean;
}) {
  const questionId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      const c = conflictOf?.(e) ?? null;
      if (c) setConflict(c);
      else setError(errorOf(e));
    } finally {
      setPending(false);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      await onConflictReload?.();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} describedBy={questionId}>
      <div id={questionId} className="confirm__question">
        {children}
      </div>
      {conflict && <ConflictNotice message={conflict} onReload={() => void reload()} reloading={reloading} />}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={() => void confirm()}
          disabled={pending || confirmDisabled || conflict !== null}
        >
          {pending ? 'Bitte warten …' : confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Abbrechen
        </button>
      </div>
    </Dialog>
  );
}
