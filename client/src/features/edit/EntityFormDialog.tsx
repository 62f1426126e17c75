import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { Field, FieldGroup } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { conflictMessageOf, serverFieldErrors, userMessageOf } from './errors';
import type { FormValues, YearRow } from './form-values';

export interface Option {
  value: string;
  label: string;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export type FieldSpec = FieldBase &
  (
    | { kind: 'text' | 'textarea' | 'date' | 'number' | 'password'; autoComplete?: string; list?: Option[] }
    | { kind: 'select'; options: Option[] | ((values: FormValues) => Option[]); emptyLabel?: string }
    | { kind: 'radio'; options: Option[] }
    | { kind: 'checkboxes'; options: Option[] }
    | { kind: 'yearValues' }
  );

export interface FreshRecord {
  values: FormValues;
  version: number;
}

/** `reload` for a record found by id in a freshly fetched list (null when it was deleted). */
export function freshRecord<R extends { id: number; version: number }>(
  fetchList: () => Promise<readonly R[]>,
  id: number,
  valuesOf: (record: R) => FormValues,
): () => Promise<FreshRecord | null> {
  return async () => {
    const record = (await fetchList()).find((candidate) => candidate.id === id);
    return record ? { values: valuesOf(record), version: record.version } : null;
  };
}

/**
 * A dialog that edits one record through a shared zod schema: the same schema checks the input
 * here (errors at the fields, before anything is sent) and on the server (its field errors and
 * German message come back the same way). A save against a newer version shows the conflict
 * notice; "Neu laden" fetches the current record and reopens the form with it.
 */
export function EntityFormDialog<S extends z.ZodType>({
  title,
  fields,
  initial,
  version,
  schema,
  toInput,
  submit,
  reload,
  submitLabel = 'Speichern',
  onClose,
  intro,
  consequences,
}: {
  title: string;
  fields: readonly FieldSpec[];
  initial: FormValues;
  version?: number;
  schema: S;
  toInput: (values: FormValues, version: number | undefined) => z.input<S>;
  submit: (input: z.output<S>) => Promise<unknown>;
  /** Fetches the record afresh after a conflict (null: it was deleted meanwhile). */
  reload?: () => Promise<FreshRecord | null>;
  submitLabel?: string;
  onClose: () => void;
  intro?: ReactNode;
  /** What saving the current values will also change, said before saving (updated as they change). */
  consequences?: (values: FormValues) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>(initial);
  const [currentVersion, setCurrentVersion] = useState(version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const [reloading, setReloading] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);

  useEffect(() => {
    if (focusInvalid === 0) return;
    bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const set = (name: string, value: FormValues[string]) => setValues((v) => ({ ...v, [name]: value }));

  function showErrors(errors: Record<string, string>, message: string) {
    const known = new Set(fields.map((f) => f.name));
    const unplaced = Object.entries(errors).filter(([k]) => !known.has(k)).map(([, m]) => m);
    setFieldErrors(errors);
    setFormError(unplaced.length ? `${message} ${unplaced.join(' ')}` : message);
    setFocusInvalid((n) => n + 1);
  }

  async function save() {
    setStatus('');
    const parsed = schema.safeParse(toInput(values, currentVersion));
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      const errors = Object.fromEntries(
        Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)
          .filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0)
          .map(([k, v]) => [k, v[0]!]),
      );
      showErrors(errors, [flat.formErrors[0], 'Bitte prüfen Sie die markierten Angaben.'].filter(Boolean).join(' '));
      return;
    }
    setPending(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await submit(parsed.data);
      await queryClient.invalidateQueries();
      onClose();
    } catch (error) {
      const conflictMessage = conflictMessageOf(error);
      if (conflictMessage) setConflict(conflictMessage);
      else showErrors(serverFieldErrors(error), userMessageOf(error));
    } finally {
      setPending(false);
    }
  }

  async function reloadFresh() {
    if (!reload) return;
    setReloading(true);
    try {
      await queryClient.invalidateQueries();
      const fresh = await reload();
      if (!fresh) {
        setConflict(null);
        setFormError('Der Eintrag wurde inzwischen gelöscht. Bitte schließen Sie den Dialog.');
        return;
      }
      setValues(fresh.values);
      setCurrentVersion(fresh.version);
      setConflict(null);
      setFieldErrors({});
      setFormError(null);
      setStatus('Der aktuelle Stand wurde geladen. Sie können Ihre Änderung jetzt erneut eintragen.');
      bodyRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } catch (error) {
      setFormError(userMessageOf(error));
    } finally {
      setReloading(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} wide={fields.some((f) => f.kind === 'checkboxes' || f.kind === 'yearValues')}>
      <div ref={bodyRef}>
        {intro}
        {conflict && <ConflictNotice message={conflict} onReload={() => void reloadFresh()} reloading={reloading} />}
        <p role="status" className="form__status">
          {status}
        </p>
        <Form onSubmit={() => void save()} error={formError} pending={pending} submitLabel={submitLabel} onCancel={onClose} submitDisabled={conflict !== null}>
          {fields.map((field) => (
            <FormField key={field.name} field={field} values={values} error={fieldErrors[field.name]} onChange={(v) => set(field.name, v)} />
          ))}
          {consequences ? (
            <div className="form__consequences" aria-live="polite">
              {consequences(values)}
            </div>
          ) : null}
        </Form>
      </div>
    </Dialog>
  );
}

function FormField({
  field,
  values,
  error,
  onChange,
}: {
  field: FieldSpec;
  values: FormValues;
  error?: string;
  onChange: (value: FormValues[string]) => void;
}) {
  const value = values[field.name];
  const text = typeof value === 'string' ? value : '';
  const common = { name: field.name, label: field.label, hint: field.hint, error, required: field.required };
  switch (field.kind) {
    case 'text':
    case 'password':
    case 'date':
    case 'number': {
      const listId = field.kind === 'text' && field.list ? `${field.name}-vorschlaege` : undefined;
      return (
        <Field {...common}>
          {(control) => (
            <>
              <input
                {...control}
                type={field.kind === 'number' ? 'text' : field.kind}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                autoComplete={field.autoComplete ?? (field.kind === 'password' ? 'new-password' : 'off')}
                list={listId}
                value={text}
                onChange={(e) => onChange(e.target.value)}
              />
              {listId && field.kind === 'text' && (
                <datalist id={listId}>
                  {field.list!.map((o) => (
                    <option key={o.value} value={o.value} />
                  ))}
                </datalist>
              )}
            </>
          )}
        </Field>
      );
    }
    case 'textarea':
      return <Field {...common}>{(control) => <textarea {...control} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />}</Field>;
    case 'select':
      return (
        <Field {...common}>
          {(control) => (
            <select {...control} value={text} onChange={(e) => onChange(e.target.value)}>
              {field.emptyLabel !== undefined && <option value="">{field.emptyLabel}</option>}
              {(typeof field.options === 'function' ? field.options(values) : field.options).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'radio':
      return (
        <FieldGroup label={field.label} hint={field.hint} error={error} required={field.required}>
          {field.options.map((o) => (
            <label key={o.value} className="choice">
              <input type="radio" name={field.name} value={o.value} checked={text === o.value} onChange={() => onChange(o.value)} /> {o.label}
            </label>
          ))}
        </FieldGroup>
      );
    case 'checkboxes': {
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      return (
        <FieldGroup label={field.label} hint={field.hint} error={error} scroll={field.options.length > 8}>
          {field.options.length === 0 && <p className="muted">Keine Einträge zur Auswahl.</p>}
          {field.options.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="checkbox"
                name={field.name}
                value={o.value}
                checked={selected.has(o.value)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(o.value);
                  else next.delete(o.value);
                  onChange([...next]);
                }}
              />{' '}
              {o.label}
            </label>
          ))}
        </FieldGroup>
      );
    }
    case 'yearValues':
      return <YearValuesField label={field.label} hint={field.hint} error={error} rows={Array.isArray(value) ? (value as YearRow[]) : []} onChange={onChange} />;
  }
}

/** Yearly plan and actual values of a KPI: one row per year, added and removed as needed. */
function YearValuesField({
  label,
  hint,
  error,
  rows,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string;
  rows: YearRow[];
  onChange: (rows: YearRow[]) => void;
}) {
  const update = (index: number, change: Partial<YearRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const nextYear = rows.reduce((max, r) => Math.max(max, Number(r.year) || 0), new Date().getFullYear() - 1) + 1;
  return (
    <FieldGroup label={label} hint={hint} error={error}>
      {rows.length > 0 && (
        <table className="data-table year-values">
          <thead>
            <tr>
              <th scope="col">Jahr</th>
              <th scope="col">Plan</th>
              <th scope="col">Ist</th>
              <th scope="col">
                <span className="visually-hidden">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={`Jahr (Zeile ${i + 1})`} inputMode="numeric" value={row.year} onChange={(e) => update(i, { year: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Plan ${row.year}`} inputMode="decimal" value={row.plan} onChange={(e) => update(i, { plan: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Ist ${row.year}`} inputMode="decimal" value={row.actual} onChange={(e) => update(i, { actual: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    Jahr {row.year} entfernen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button--small" onClick={() => onChange([...rows, { year: String(nextYear), plan: '', actual: '' }])}>
        Jahr hinzufügen
      </button>
    </FieldGroup>
  );
}
