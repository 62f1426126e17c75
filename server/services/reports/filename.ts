import type { TReportFileKind, TReportState } from '../../../shared/schemas/report-request';

/**
 * "Sachstandsbericht-Kreistag-2026-06-30.pdf": subject, committee and Stichtag, so that a folder
 * of downloads sorts and reads well; a draft says so in its name.
 */
export function reportFileName(committee: string, asOfDate: string, state: TReportState, kind: TReportFileKind): string {
  const name = [...committee.normalize('NFC')]
    .filter((c) => c >= ' ' && !'\\/:*?"<>|'.includes(c))
    .join('')
    .trim()
    .replace(/\s+/g, '-');
  return `Sachstandsbericht-${name || 'Gremium'}-${asOfDate}${state === 'draft' ? '-Entwurf' : ''}.${kind}`;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c]!)
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
