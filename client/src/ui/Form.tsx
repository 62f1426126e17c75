import { useId, type FormEvent, type ReactNode } from 'react';

/**
 * A form with a summary error at the top (announced as an alert), the fields, and the actions.
 * Validation is ours (zod, the same schemas as the server), so the browser's is switched off.
 */
export function Form({
  onSubmit,
  error,
  pending,
  submitLabel = 'Speichern',
  onCancel,
  children,
  submitDisabled = false,
}: {
  onSubmit: () => void;
  error?: string | null;
  pending: boolean;
  submitLabel?: string;
  onCancel: () => void;
  children: ReactNode;
  submitDisabled?: boolean;
}) {
  const errorId = useId();
  return (
    <form
      className="form"
      noValidate
      aria-describedby={error ? errorId : undefined}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!pending) onSubmit();
      }}
    >
      {error && (
        <p id={errorId} role="alert" className="form-error form__error">
          {error}
        </p>
      )}
      {children}
      <p className="form__note muted">Mit * markierte Felder sind Pflichtfelder.</p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending || submitDisabled}>
          {pending ? 'Wird gespeichert …' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
