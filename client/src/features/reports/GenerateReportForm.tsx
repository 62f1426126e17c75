import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/dates/format';
import { isIsoDate } from '../../../../shared/dates/iso-date';
import { defaultResolution, REPORT_SECTIONS, type TReportSectionKey } from '../../../../shared/schemas/report';
import { REPORT_FORM_LIMITS, type TReportGenerateInput } from '../../../../shared/schemas/report-request';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { Field } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { fieldErrorsOf } from './form-errors';
import { SECTION_LABELS } from './labels';

const NEW_COMMITTEE = 'new';

interface FormState {
  programmeId: string;
  committee: string;
  newCommitteeName: string;
  asOfDate: string;
  meetingDate: string;
  subject: string;
  leadUnit: string;
  vorlageNumber: string;
  sections: Record<TReportSectionKey, { enabled: boolean; text: string }>;
  resolution: string;
}

type Options = {
  today: string;
  defaultSubject: string;
  programmes: { id: number; title: string; leadUnit: string | null }[];
  committees: { id: number; name: string }[];
  lastReleased: { id: number; programmeId: number; committeeId: number; asOfDate: string }[];
};

function initialState(options: Options): FormState {
  const programme = options.programmes[0];
  return {
    programmeId: programme ? String(programme.id) : '',
    committee: options.committees[0] ? String(options.committees[0].id) : NEW_COMMITTEE,
    newCommitteeName: '',
    asOfDate: options.today,
    meetingDate: '',
    subject: options.defaultSubject,
    leadUnit: programme?.leadUnit ?? '',
    vorlageNumber: '',
    sections: Object.fromEntries(REPORT_SECTIONS.map((key) => [key, { enabled: true, text: '' }])) as FormState['sections'],
    resolution: '',
  };
}

/** Checks in the browser what can be checked there; the server checks everything again. */
function validate(state: FormState, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!state.programmeId) errors.programmeId = 'Bitte ein Programm wählen.';
  if (state.committee === NEW_COMMITTEE && !state.newCommitteeName.trim()) errors.committee = 'Bitte den Namen des Gremiums angeben.';
  if (!isIsoDate(state.asOfDate)) errors.asOfDate = 'Bitte einen gültigen Stichtag angeben.';
  else if (state.asOfDate > today) errors.asOfDate = 'Der Stichtag darf nicht in der Zukunft liegen.';
  if (state.meetingDate && !isIsoDate(state.meetingDate)) errors.meetingDate = 'Bitte ein gültiges Datum angeben.';
  else if (state.meetingDate && isIsoDate(state.asOfDate) && state.meetingDate < state.asOfDate) {
    errors.meetingDate = 'Die Sitzung kann nicht vor dem Stichtag liegen.';
  }
  if (!state.subject.trim()) errors.subject = 'Bitte einen Betreff angeben.';
  return errors;
}

function toRequest(state: FormState): TReportGenerateInput {
  return {
    programmeId: Number(state.programmeId),
    committee:
      state.committee === NEW_COMMITTEE
        ? { kind: 'new', name: state.newCommitteeName.trim() }
        : { kind: 'existing', committeeId: Number(state.committee) },
    asOfDate: state.asOfDate,
    meetingDate: state.meetingDate || null,
    subject: state.subject.trim(),
    leadUnit: state.leadUnit.trim() || null,
    vorlageNumber: state.vorlageNumber.trim() || null,
    sections: Object.fromEntries(
      REPORT_SECTIONS.map((key) => [key, { enabled: state.sections[key].enabled, text: state.sections[key].text || null }]),
    ),
    resolution: state.resolution.trim() || null,
  };
}

export function GenerateReportForm() {
  const trpc = useTRPC();
  const options = useQuery(trpc.report.formOptions.queryOptions());
  return (
    <QueryState isPending={options.isPending} error={options.error}>
      {() => <GenerateReportFormFields options={options.data!} />}
    </QueryState>
  );
}

function GenerateReportFormFields({ options }: { options: Options }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const id = useId();
  const [state, setState] = useState<FormState>(() => initialState(options));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const generate = useMutation(
    trpc.report.generate.mutationOptions({
      onSuccess: async (report) => {
        await queryClient.invalidateQueries(trpc.report.pathFilter());
        await navigate(`/berichte/${report.id}`);
      },
    }),
  );

  const errors = { ...fieldErrorsOf(generate.error), ...clientErrors };
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    const field = key === 'newCommitteeName' ? 'committee' : key;
    if (clientErrors[field]) setClientErrors(({ [field]: _fixed, ...rest }) => rest);
  };
  const setSection = (key: TReportSectionKey, change: Partial<FormState['sections'][TReportSectionKey]>) =>
    setState((s) => ({ ...s, sections: { ...s.sections, [key]: { ...s.sections[key], ...change } } }));

  const committeeName =
    state.committee === NEW_COMMITTEE
      ? state.newCommitteeName.trim() || 'Ausschuss'
      : (options.committees.find((c) => String(c.id) === state.committee)?.name ?? 'Ausschuss');
  const previous = options.lastReleased.find(
    (r) => String(r.programmeId) === state.programmeId && String(r.committeeId) === state.committee,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(state, options.today);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0]!;
      const name = first === 'committee' && state.committee === NEW_COMMITTEE ? 'newCommitteeName' : first;
      document.querySelector<HTMLElement>(`.report-form [name="${name}"]`)?.focus();
      return;
    }
    generate.mutate(toRequest(state));
  }

  return (
    <form className="report-form" onSubmit={submit} noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="muted">
        Der Bericht zeigt das Programm zum Stichtag und nennt die Veränderungen seit dem letzten freigegebenen Bericht an
        dasselbe Gremium. Er wird als Entwurf gespeichert und erst mit der Freigabe für das Gremium sichtbar.
      </p>
      <div className="report-form__grid">
        <Field name="programmeId" label="Programm" error={errors.programmeId} required>
          {(control) => (
            <select
              {...control}
              value={state.programmeId}
              onChange={(e) => {
                const programme = options.programmes.find((p) => String(p.id) === e.target.value);
                setState((s) => ({ ...s, programmeId: e.target.value, leadUnit: programme?.leadUnit ?? s.leadUnit }));
              }}
            >
              {options.programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="committee"
          label="Gremium"
          required
          error={state.committee === NEW_COMMITTEE ? undefined : errors.committee}
          hint={
            state.committee === NEW_COMMITTEE
              ? 'Das Gremium wird mit dem Bericht angelegt.'
              : previous
                ? `Vergleich mit dem freigegebenen Bericht zum Stichtag ${formatDate(previous.asOfDate)}.`
                : 'Erster Bericht an dieses Gremium: kein Vergleich.'
          }
        >
          {(control) => (
            <select {...control} value={state.committee} onChange={(e) => set('committee', e.target.value)}>
              {options.committees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value={NEW_COMMITTEE}>Neues Gremium …</option>
            </select>
          )}
        </Field>
        {state.committee === NEW_COMMITTEE && (
          <Field name="newCommitteeName" label="Name des neuen Gremiums" required error={errors.committee}>
            {(control) => (
              <input
                {...control}
                value={state.newCommitteeName}
                maxLength={REPORT_FORM_LIMITS.committeeNameMax}
                autoComplete="off"
                onChange={(e) => set('newCommitteeName', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field name="asOfDate" label="Stichtag" required error={errors.asOfDate}>
          {(control) => (
            <input type="date" {...control} max={options.today} value={state.asOfDate} onChange={(e) => set('asOfDate', e.target.value)} />
          )}
        </Field>
        <Field name="meetingDate" label="Sitzungsdatum (optional)" error={errors.meetingDate}>
          {(control) => <input type="date" {...control} value={state.meetingDate} onChange={(e) => set('meetingDate', e.target.value)} />}
        </Field>
        <div className="report-form__wide">
          <Field name="subject" label="Betreff" required error={errors.subject}>
            {(control) => (
              <input {...control} maxLength={REPORT_FORM_LIMITS.titleMax} value={state.subject} onChange={(e) => set('subject', e.target.value)} />
            )}
          </Field>
        </div>
        <Field name="leadUnit" label="Federführung" error={errors.leadUnit}>
          {(control) => (
            <input {...control} maxLength={REPORT_FORM_LIMITS.nameMax} value={state.leadUnit} onChange={(e) => set('leadUnit', e.target.value)} />
          )}
        </Field>
        <Field name="vorlageNumber" label="Vorlage-Nr. (optional)" error={errors.vorlageNumber}>
          {(control) => (
            <input
              {...control}
              maxLength={REPORT_FORM_LIMITS.nameMax}
              value={state.vorlageNumber}
              onChange={(e) => set('vorlageNumber', e.target.value)}
            />
          )}
        </Field>
      </div>

      <fieldset className="report-sections">
        <legend>Abschnitte des Berichts</legend>
        <p className="field__hint">Ein Freitext steht am Anfang seines Abschnitts; Absätze durch eine Leerzeile trennen.</p>
        {REPORT_SECTIONS.filter((key) => key !== 'resolution').map((key) => (
          <div key={key} className="report-section">
            <input
              type="checkbox"
              id={`${id}-section-${key}`}
              checked={state.sections[key].enabled}
              onChange={(e) => setSection(key, { enabled: e.target.checked })}
            />
            <label htmlFor={`${id}-section-${key}`}>{SECTION_LABELS[key]}</label>
            {state.sections[key].enabled && (
              <>
                <label htmlFor={`${id}-section-${key}-text`} className="visually-hidden">
                  Freitext zu „{SECTION_LABELS[key]}“
                </label>
                <textarea
                  id={`${id}-section-${key}-text`}
                  rows={2}
                  maxLength={REPORT_FORM_LIMITS.sectionTextMax}
                  placeholder="Freitext (optional)"
                  value={state.sections[key].text}
                  onChange={(e) => setSection(key, { text: e.target.value })}
                />
              </>
            )}
          </div>
        ))}
      </fieldset>

      <fieldset className="report-sections">
        <legend>Beschlussvorschlag</legend>
        <div className="report-section">
          <input
            type="checkbox"
            id={`${id}-section-resolution`}
            checked={state.sections.resolution.enabled}
            onChange={(e) => setSection('resolution', { enabled: e.target.checked })}
          />
          <label htmlFor={`${id}-section-resolution`}>Beschlussvorschlag aufnehmen</label>
        </div>
        {state.sections.resolution.enabled && (
          <Field name="resolution" label="Text des Beschlussvorschlags" hint={`Leer lassen für: „${defaultResolution(committeeName)}“`}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={REPORT_FORM_LIMITS.resolutionMax}
                value={state.resolution}
                onChange={(e) => set('resolution', e.target.value)}
              />
            )}
          </Field>
        )}
      </fieldset>

      {generate.error && Object.keys(fieldErrorsOf(generate.error)).length === 0 && (
        <p role="alert" className="form-error">
          {userMessageOf(generate.error)}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="form-error">
          Bitte prüfen Sie die markierten Angaben.
        </p>
      )}
      <div className="report-form__actions">
        <button type="submit" className="button button--primary" disabled={generate.isPending}>
          {generate.isPending ? 'Bericht wird erzeugt …' : 'Bericht erzeugen'}
        </button>
        <span role="status" className="muted">
          {generate.isPending ? 'PDF und DOCX werden erstellt; das dauert einige Sekunden.' : ''}
        </span>
      </div>
    </form>
  );
}
