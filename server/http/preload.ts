import { timelinePortfolioUrl } from '../../shared/timeline/request';

/**
 * The SPA's HTML, with the data request of the page announced where the server can tell it in
 * advance: for the Zeitplan (/zeitplan?filters) the browser then loads the portfolio's timeline
 * while it loads the scripts, instead of after them. Only for a signed-in user (the request would
 * be refused otherwise); the request itself is checked as any other.
 */

const ESCAPED: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string): string => value.replace(/[&"<>]/g, (character) => ESCAPED[character] as string);

/** The preload link for a page's URL (path and query), or null when the page has none. */
export function preloadLinkFor(url: string): string | null {
  const parsed = new URL(url, 'http://localhost');
  if (parsed.pathname !== '/zeitplan') return null;
  // crossorigin="anonymous": the mode and credentials of the page's fetch (same-origin cookies),
  // without which the browser would not use the preloaded response for it.
  return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttribute(timelinePortfolioUrl(parsed.searchParams))}" />`;
}

/** The HTML with `link` at the end of its head. */
export function withPreload(html: string, link: string): string {
  const head = html.search(/[ \t]*<\/head>/);
  if (head < 0) return html;
  return `${html.slice(0, head)}    ${link}\n${html.slice(head)}`;
}
