import { describe, expect, it } from 'vitest';
import { pageCode, preloadLinksFor, withPreloads, type ClientManifest } from './preload';

/** A build as Vite describes it: the entry with its shared chunks, and lazily loaded pages. */
const manifest: ClientManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'], css: ['assets/index-1.css'] },
  '_shared-1.js': { file: 'assets/shared-1.js' },
  'src/features/schedule/SchedulePage.tsx': {
    file: 'assets/SchedulePage-1.js',
    imports: ['_shared-1.js', 'index.html', '_zoom-1.js', '_filters-1.js'],
  },
  '_zoom-1.js': { file: 'assets/zoom-1.js', imports: ['_format-1.js'], css: ['assets/zoom-1.css'] },
  '_filters-1.js': { file: 'assets/filters-1.js', imports: ['_format-1.js'], css: ['assets/index-1.css'] },
  '_format-1.js': { file: 'assets/format-1.js' },
  'src/features/goals/GoalsPage.tsx': { file: 'assets/GoalsPage-1.js', imports: ['index.html'] },
};

describe('[HTTP] preload links of the Zeitplan page', () => {
  it('announces the page code index.html does not load already: each chunk once, with its new style sheets', () => {
    expect(pageCode(manifest, 'src/features/schedule/SchedulePage.tsx')).toEqual({
      scripts: ['/assets/SchedulePage-1.js', '/assets/zoom-1.js', '/assets/format-1.js', '/assets/filters-1.js'],
      styles: ['/assets/zoom-1.css'],
    });
  });

  it('puts the data request first, then the code, at the end of the head; other pages get none', () => {
    const links = preloadLinksFor('/zeitplan?status=rot', manifest);
    expect(links[0]).toMatch(/^<link rel="preload" as="fetch" crossorigin="anonymous" href="\/trpc\/timeline\.portfolio\?input=/);
    expect(links.slice(1)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/SchedulePage-1.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/zoom-1.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/format-1.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/filters-1.js" />',
      '<link rel="preload" as="style" crossorigin href="/assets/zoom-1.css" />',
    ]);
    // The same page with a trailing slash (the router shows it too): the same links.
    expect(preloadLinksFor('/zeitplan/?status=rot', manifest)).toEqual(links);
    // Without a manifest (no build): the data request only.
    expect(preloadLinksFor('/zeitplan', null)).toHaveLength(1);
    expect(preloadLinksFor('/ziele', manifest)).toEqual([]);
    expect(preloadLinksFor('/zeitplanung', manifest)).toEqual([]);

    const html = '<html>\n  <head>\n    <title>x</title>\n  </head>\n</html>';
    expect(withPreloads(html, ['<link a>', '<link b>'])).toBe(
      '<html>\n  <head>\n    <title>x</title>\n    <link a>\n    <link b>\n  </head>\n</html>',
    );
    expect(withPreloads(html, [])).toBe(html);
  });
});
