import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatNumber } from '../../../../shared/dates/format';
import { STATUS_THRESHOLD_LABELS, ZStatusThresholds, type TStatusThresholds } from '../../../../shared/status';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { QueryState } from '../../ui/QueryState';

const KEYS = Object.keys(STATUS_THRESHOLD_LABELS) as (keyof TStatusThresholds)[];
const UNITS: Record<keyof TStatusThresholds, string> = {
  milestoneRedOverdueDays: 'Tage',
  forecastSlipAmberDays: 'Tage',
  deadlineAmberDays: 'Tage',
  kpiRedBelowPercent: '%',
  kpiAmberBelowPercent: '%',
};

function ThresholdField({
  name,
  value,
  fallback,
  error,
  onChange,
}: {
  name: keyof TStatusThresholds;
  value: string;
  fallback: number;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{STATUS_THRESHOLD_LABELS[name]}</label>
      <p id={hintId} className="field__hint">
        Standard: {formatNumber(fallback)} {UNITS[name]}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The Ampel thresholds of one programme (admin / steering); version-checked on save. */
export function ThresholdsForm({ programmeId }: { programmeId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.programme.thresholds.queryOptions({ programmeId }));
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof TStatusThresholds, string>>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const errorId = useId();

  useEffect(() => {
    if (current.data) setValues(Object.fromEntries(KEYS.map((k) => [k, String(current.data.thresholds[k])])));
  }, [current.data]);

  const save = useMutation(
    trpc.programme.updateThresholds.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.programme.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
        ]);
        setMessage({ kind: 'saved', text: 'Die Schwellenwerte wurden gespeichert. Alle Ampeln sind neu berechnet.' });
      },
      onError: (error) => setMessage({ kind: 'error', text: userMessageOf(error) }),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = Object.fromEntries(KEYS.map((k) => [k, values[k] === '' ? Number.NaN : Number(values[k])]));
    const parsed = ZStatusThresholds.safeParse(candidate);
    if (!parsed.success) {
      const errors: Partial<Record<keyof TStatusThresholds, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof TStatusThresholds;
        errors[key] ??= issue.message;
      }
      setFieldErrors(errors);
      setMessage({ kind: 'error', text: 'Bitte die markierten Felder korrigieren.' });
      return;
    }
    setFieldErrors({});
    setMessage(null);
    save.mutate({ programmeId, version: current.data!.version, thresholds: parsed.data });
  }

  return (
    <QueryState isPending={current.isPending} error={current.error}>
      {() => (
        <form className="thresholds-form" onSubmit={submit} noValidate aria-describedby={message?.kind === 'error' ? errorId : undefined}>
          <p className="muted">
            {current.data!.custom ? 'Für dieses Programm gelten eigene Schwellenwerte.' : 'Es gelten die Standardwerte.'} Eine Änderung
            wirkt sofort auf alle Ampeln des Programms.
          </p>
          {message &&
            (message.kind === 'error' ? (
              <p id={errorId} role="alert" className="form-error">
                {message.text}
              </p>
            ) : (
              <p role="status" className="notice">
                {message.text}
              </p>
            ))}
          {KEYS.map((key) => (
            <ThresholdField
              key={key}
              name={key}
              value={values[key] ?? ''}
              fallback={current.data!.defaults[key]}
              error={fieldErrors[key]}
              onChange={(value) => setValues({ ...values, [key]: value })}
            />
          ))}
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Wird gespeichert …' : 'Schwellenwerte speichern'}
          </button>
        </form>
      )}
    </QueryState>
  );
}
