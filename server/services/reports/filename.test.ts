import { describe, expect, it } from 'vitest';
import { contentDisposition, reportFileName } from './filename';

describe('[REPORT] download file names', () => {
  it('names subject, committee and Stichtag, and marks drafts', () => {
    expect(reportFileName('Kreistag', '2026-11-23', 'released', 'pdf')).toBe('Sachstandsbericht-Kreistag-2026-11-23.pdf');
    expect(reportFileName('Kreistag', '2026-11-23', 'draft', 'docx')).toBe('Sachstandsbericht-Kreistag-2026-11-23-Entwurf.docx');
    expect(reportFileName('Ausschuss für Digitalisierung / IT', '2026-06-30', 'superseded', 'pdf')).toBe(
      'Sachstandsbericht-Ausschuss-für-Digitalisierung-IT-2026-06-30.pdf',
    );
  });

  it('gives an ASCII fallback beside the UTF-8 name, without quotes that would end the header value', () => {
    expect(contentDisposition('attachment', 'Sachstandsbericht-Ausschuss-für-Digitalisierung-2026-06-30.pdf')).toBe(
      `attachment; filename="Sachstandsbericht-Ausschuss-fuer-Digitalisierung-2026-06-30.pdf"; filename*=UTF-8''Sachstandsbericht-Ausschuss-f%C3%BCr-Digitalisierung-2026-06-30.pdf`,
    );
    expect(contentDisposition('inline', 'a"b.html')).toBe(`inline; filename="ab.html"; filename*=UTF-8''a%22b.html`);
  });
});
