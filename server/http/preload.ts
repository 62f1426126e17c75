import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelinePortfolioUrl } from '../../shared/timeline/request';

/**
 * The SPA's HTML, with what a page will need announced where the server can tell it in advance.
 * For the Zeitplan (/zeitplan?filters): the portfolio's timeline request, and the code of the
 * page, which the router would otherwise ask for only once the main bundle has run. The browser
 * then loads data, page code and main bundle side by side. Only for a signed-in user (the data
 * request would be refused otherwise); the request itself is checked as any other.
 */

/** One chunk of Vite's build manifest (dist/client/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type ClientManifest = Record<string, ManifestChunk>;

/** The client build's manifest, or null when the build has none (then no code is announced). */
export function readClientManifest(clientDir: string): ClientManifest | null {
  const file = join(clientDir, '.vite', 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClientManifest) : null;
}

/** The module of a page's code, as client/src/app/router.tsx imports it lazily. */
const PAGE_MODULES: Record<string, string> = {
  '/zeitplan': 'src/features/schedule/SchedulePage.tsx',
};

/** A chunk and all it imports, each once. */
function closure(manifest: ClientManifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/**
 * The files of a page's code that index.html does not load already (its entry and the entry's
 * imports): scripts, and the style sheets the router adds when the page's code has loaded.
 */
export function pageCode(manifest: ClientManifest, module: string): { scripts: string[]; styles: string[] } {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const loaded = closure(manifest, entries);
  const scripts: string[] = [];
  const styles: string[] = [];
  const loadedStyles = new Set([...loaded].flatMap((key) => manifest[key]?.css ?? []));
  for (const key of closure(manifest, [module])) {
    if (loaded.has(key)) continue;
    const chunk = manifest[key] as ManifestChunk;
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) if (!loadedStyles.has(css)) styles.push(`/${css}`);
  }
  return { scripts, styles };
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string): string => value.replace(/[&"<>]/g, (character) => ESCAPED[character] as string);

/** The preload links for a page's URL (path and query); none when the page has nothing to announce. */
export function preloadLinksFor(url: string, manifest: ClientManifest | null): string[] {
  const parsed = new URL(url, 'http://localhost');
  // The router matches a path with a trailing slash as the same page.
  const pathname = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : parsed.pathname;
  if (pathname !== '/zeitplan') return [];
  // crossorigin="anonymous": the mode and credentials of the page's fetch (same-origin cookies),
  // without which the browser would not use the preloaded response for it. The same for the
  // modules, which Vite loads with crossorigin.
  const links = [
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttribute(timelinePortfolioUrl(parsed.searchParams))}" />`,
  ];
  const module = PAGE_MODULES[pathname];
  if (manifest && module) {
    const { scripts, styles } = pageCode(manifest, module);
    for (const script of scripts) links.push(`<link rel="modulepreload" crossorigin href="${escapeAttribute(script)}" />`);
    for (const style of styles) links.push(`<link rel="preload" as="style" crossorigin href="${escapeAttribute(style)}" />`);
  }
  return links;
}

/** The HTML with `links` at the end of its head. */
export function withPreloads(html: string, links: readonly string[]): string {
  const head = html.search(/[ \t]*<\/head>/);
  if (head < 0 || links.length === 0) return html;
  return `${html.slice(0, head)}${links.map((link) => `    ${link}\n`).join('')}${html.slice(head)}`;
}
