import { describe, expect, it } from 'vitest';
import type { TFileVerification, TReportVerification } from '../../../../shared/schemas/report-verification';
import { rendererVersionText, verificationText } from './verification-text';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function file(over: Partial<TFileVerification> = {}): TFileVerification {
  return { storedSha256: A, actualSha256: A, intact: true, rendering: { sha256: A, comparison: 'identical' }, ...over };
}

function result(over: Partial<TReportVerification> = {}): TReportVerification {
  return {
    id: 1,
    state: 'released',
    renderer: { stored: 4, current: 4 },
    snapshotValid: true,
    comparison: 'identical',
    pdf: file(),
    docx: file(),
    ok: true,
    ...over,
  };
}

describe('[REPORT] verification result in words', () => {
  it('a report of an earlier renderer version: unchanged by its checksums, re-rendering not comparable, versions named', () => {
    const earlier = result({
      renderer: { stored: 3, current: 4 },
      comparison: 'earlier-renderer',
      pdf: file({ rendering: null }),
      docx: file({ rendering: null }),
    });
    expect(verificationText(earlier)).toBe(
      'Prüfung bestanden. Unverändert (Prüfsummen stimmen). Mit einer früheren Version des Berichtsgenerators erstellt (Version 3, aktuell 4): eine Neuerstellung ist nicht vergleichbar.',
    );
    expect(verificationText({ ...earlier, renderer: { stored: null, current: 4 } })).toContain(
      'Mit einer früheren Version des Berichtsgenerators erstellt (vor der Versionsangabe, aktuell Version 4)',
    );
  });

  it('a damaged file of an earlier renderer version fails and names the file', () => {
    const text = verificationText(
      result({
        ok: false,
        renderer: { stored: 3, current: 4 },
        comparison: 'earlier-renderer',
        pdf: file({ actualSha256: B, intact: false, rendering: null }),
        docx: file({ rendering: null }),
      }),
    );
    expect(text).toMatch(/^Prüfung nicht bestanden\. PDF: gespeicherte Datei beschädigt \(Prüfsumme stimmt nicht\)\. DOCX: unverändert/);
    expect(text).toContain('eine Neuerstellung ist nicht vergleichbar.');
  });

  it('the current renderer version compares the re-rendering per file', () => {
    expect(verificationText(result())).toBe('Prüfung bestanden. Unverändert (Prüfsummen stimmen). Neuerstellung aus dem gespeicherten Stand byte-genau gleich.');
    const text = verificationText(
      result({
        ok: false,
        comparison: 'different',
        pdf: file({ rendering: { sha256: B, comparison: 'same-content' } }),
        docx: file({ rendering: { sha256: B, comparison: 'different' } }),
      }),
    );
    expect(text).toBe(
      'Prüfung nicht bestanden. Unverändert (Prüfsummen stimmen). PDF: Neuerstellung inhaltlich gleich (andere Kompression). DOCX: Neuerstellung weicht vom gespeicherten Bericht ab.',
    );
  });
});

describe('[REPORT] report generator version in the report’s facts', () => {
  it('names the version that made the files, or that an earlier, unrecorded one did', () => {
    expect(rendererVersionText(2)).toBe('Version 2');
    expect(rendererVersionText(null)).toBe('frühere Version (vor der Versionsangabe)');
  });
});
