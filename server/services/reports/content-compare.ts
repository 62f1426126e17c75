import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { readZip } from '../../reports/zip';

/**
 * Content fingerprints that do not depend on how the bytes were compressed. The renderers are
 * deterministic, so a re-rendering normally has the stored file's SHA-256; a different zlib build
 * may compress differently (ADR 006), and then the content is compared instead: the PDF's
 * objects with their streams inflated, the DOCX's package entries unpacked.
 */

const STREAM_START = /(>>\s*)stream\r?\n/;

function digest(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Every indirect object in file order, `/Length` left out and FlateDecode streams inflated;
 * the cross-reference table and trailer (byte offsets) are not content.
 */
export function pdfContentFingerprint(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const parts: (string | Buffer)[] = [];
  const header = /(\d+) (\d+) obj\s/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const bodyStart = match.index + match[0].length;
    const end = text.indexOf('endobj', bodyStart);
    if (end < 0) break;
    // A stream's dictionary ends before its data, so its marker lies before the first "endobj".
    const stream = STREAM_START.exec(text.slice(bodyStart, end));
    if (!stream) {
      parts.push(`${match[1]} ${match[2]}:`, text.slice(bodyStart, end).trim());
      header.lastIndex = end;
      continue;
    }
    const dict = text.slice(bodyStart, bodyStart + stream.index + (stream[1] ?? '').length);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    if (!Number.isInteger(length)) throw new Error(`pdf: object ${match[1]} has a stream without /Length`);
    const dataStart = bodyStart + stream.index + stream[0].length;
    const raw = pdf.subarray(dataStart, dataStart + length);
    const data = /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    parts.push(`${match[1]} ${match[2]}:`, dict.replace(/\/Length \d+/, ''), data);
    header.lastIndex = dataStart + length;
  }
  return digest(parts);
}

/** The package's entries, unpacked, in order. */
export function docxContentFingerprint(docx: Buffer): string {
  return digest(readZip(docx).flatMap((entry) => [entry.name, entry.data]));
}

/** The visible text of word/document.xml, paragraph by paragraph. */
export function docxText(docx: Buffer): string {
  const document = readZip(docx).find((e) => e.name === 'word/document.xml');
  if (!document) throw new Error('docx: word/document.xml missing');
  return document.data
    .toString('utf8')
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((p) => p.length > 0)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
