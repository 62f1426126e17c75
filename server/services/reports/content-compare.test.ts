import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previousReportSnapshot, reportSnapshot } from '../../../tests/fixtures/report-snapshot';
import { renderReportDocx } from '../../reports/docx';
import { renderReportPdf } from '../../reports/pdf';
import { readZip, writeZip } from '../../reports/zip';
import { docxContentFingerprint, docxText, pdfContentFingerprint } from './content-compare';

/** A minimal PDF with one deflated content stream, compressed at the given level. */
function tinyPdf(content: string, level: number): Buffer {
  const stream = deflateSync(Buffer.from(content, 'latin1'), { level });
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'),
    Buffer.from(`3 0 obj\n<<\n/Length ${stream.length}\n/Filter /FlateDecode\n>>\nstream\n`, 'latin1'),
    stream,
    Buffer.from('\nendstream\nendobj\nxref\n0 4\ntrailer\n<< /Size 4 >>\nstartxref\n123\n%%EOF\n', 'latin1'),
  ]);
}

describe('[REPORT] content fingerprints for report.verify', () => {
  const text = 'BT /F1 12 Tf 72 712 Td (Sachstandsbericht Digitalisierung) Tj ET '.repeat(40);

  it('a PDF compressed differently has another hash but the same content', () => {
    const fast = tinyPdf(text, 1);
    const best = tinyPdf(text, 9);
    expect(fast.equals(best)).toBe(false);
    expect(pdfContentFingerprint(fast)).toBe(pdfContentFingerprint(best));
    expect(pdfContentFingerprint(tinyPdf(`${text}(Änderung)`, 9))).not.toBe(pdfContentFingerprint(best));
  });

  it('fingerprints a rendered report and tells two reports apart', async () => {
    const [current, previous] = await Promise.all([renderReportPdf(reportSnapshot), renderReportPdf(previousReportSnapshot)]);
    expect(pdfContentFingerprint(current)).toBe(pdfContentFingerprint(Buffer.from(current)));
    expect(pdfContentFingerprint(current)).not.toBe(pdfContentFingerprint(previous));
  }, 30_000);

  it('a DOCX re-packed with other timestamps has the same content and text', async () => {
    const docx = await renderReportDocx(reportSnapshot);
    const repacked = writeZip(readZip(docx), new Date('2031-01-01T00:00:00Z'));
    expect(repacked.equals(docx)).toBe(false);
    expect(docxContentFingerprint(repacked)).toBe(docxContentFingerprint(docx));
    expect(docxText(docx)).toContain('Beschlussvorschlag');
    expect(docxText(docx)).toContain('Der Kreisausschuss nimmt den Sachstandsbericht zur Kenntnis.');
  }, 30_000);
});
