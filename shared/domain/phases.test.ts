import { describe, expect, it } from 'vitest';
import { describeFittedPhase, earliestProjectEnd, fitPhasesToSpan } from './phases';

// Werl 5.2: three half-year phases that tile the project's span.
const PHASES = [
  { name: 'Vorbereitung', start: '2017-07-01', end: '2017-12-31' },
  { name: 'Umsetzung', start: '2018-01-01', end: '2019-12-31' },
  { name: 'Start des neuen Internetauftritts', start: '2020-01-01', end: '2020-12-31' },
];
const SPAN = { start: '2017-07-01', end: '2020-12-31' };

describe('phases follow the planned span of their project', () => {
  it('ends a phase that would reach beyond an earlier end at that end, and leaves the others alone', () => {
    const fit = fitPhasesToSpan(PHASES, SPAN, { ...SPAN, end: '2020-10-17' });
    expect(fit).toEqual({ ok: true, changed: [{ phase: PHASES[2], start: '2020-01-01', end: '2020-10-17' }] });
  });

  it('moves the phase that ran to the old end along with a later end', () => {
    const fit = fitPhasesToSpan(PHASES, SPAN, { ...SPAN, end: '2021-06-30' });
    expect(fit).toEqual({ ok: true, changed: [{ phase: PHASES[2], start: '2020-01-01', end: '2021-06-30' }] });
  });

  it('does not stretch a phase that ended before the old end', () => {
    const phases = [{ name: 'Pilot', start: '2018-01-01', end: '2019-06-30' }];
    expect(fitPhasesToSpan(phases, SPAN, { ...SPAN, end: '2021-06-30' })).toEqual({ ok: true, changed: [] });
  });

  it('treats the start the same way, mirrored', () => {
    expect(fitPhasesToSpan(PHASES, SPAN, { ...SPAN, start: '2017-10-01' })).toEqual({
      ok: true,
      changed: [{ phase: PHASES[0], start: '2017-10-01', end: '2017-12-31' }],
    });
    expect(fitPhasesToSpan(PHASES, SPAN, { ...SPAN, start: '2017-01-01' })).toEqual({
      ok: true,
      changed: [{ phase: PHASES[0], start: '2017-01-01', end: '2017-12-31' }],
    });
  });

  it('refuses an end before the start of a phase, naming the phase and the earliest possible end', () => {
    const fit = fitPhasesToSpan(PHASES, SPAN, { ...SPAN, end: '2019-10-31' });
    expect(fit).toEqual({
      ok: false,
      message:
        'Die Phase „Start des neuen Internetauftritts“ beginnt erst am 01.01.2020. Das Ende kann frühestens auf diesen Tag gelegt werden.',
    });
    expect(earliestProjectEnd(SPAN.start, PHASES)?.date).toBe('2020-01-01');
    expect(fitPhasesToSpan(PHASES, SPAN, { ...SPAN, end: '2020-01-01' }).ok).toBe(true);
  });

  it('refuses a start after the end of a phase', () => {
    const fit = fitPhasesToSpan(PHASES, SPAN, { ...SPAN, start: '2018-02-01' });
    expect(fit).toEqual({
      ok: false,
      message: 'Die Phase „Vorbereitung“ endet bereits am 31.12.2017. Der Beginn kann spätestens auf diesen Tag gelegt werden.',
    });
  });

  it('leaves the phases alone when a side of the span is cleared', () => {
    expect(fitPhasesToSpan(PHASES, SPAN, { start: null, end: null })).toEqual({ ok: true, changed: [] });
  });

  it('describes a fitted phase with old and new dates', () => {
    expect(describeFittedPhase({ phase: PHASES[2]!, start: '2020-01-01', end: '2020-10-17' })).toBe(
      'Phase „Start des neuen Internetauftritts“: 01.01.2020 – 17.10.2020 (bisher 01.01.2020 – 31.12.2020)',
    );
  });

  it('names the earliest end a project may be moved to, and why', () => {
    expect(earliestProjectEnd('2017-07-01', PHASES)).toEqual({
      date: '2020-01-01',
      reason: 'Die Phase „Start des neuen Internetauftritts“ beginnt am 01.01.2020.',
    });
    expect(earliestProjectEnd('2017-07-01', [])).toEqual({ date: '2017-07-01', reason: 'Das Projekt beginnt am 01.07.2017.' });
    expect(earliestProjectEnd(null, [])).toBeNull();
    expect(earliestProjectEnd(null, PHASES)?.date).toBe('2020-01-01');
  });
});
