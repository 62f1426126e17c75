import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelinePortfolioUrl } from '../../shared/timeline/request';
import { decodeTimeline, type TimelineWire } from '../../shared/timeline/wire';
import { loginOverHttp, startTestServer, type TestServer } from './http';

let server: TestServer;
let clientDir: string;
let cookie: string;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'cockpit-client-'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html>\n<html lang="de">\n  <head>\n    <title>Cockpit</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  server = await startTestServer({ clientDir });
  cookie = await loginOverHttp(server.url, 'vorstand.unna');
});
afterAll(async () => {
  await server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

/** The preload links of an HTML page, their href attributes unescaped. */
function preloads(html: string): { href: string; tag: string }[] {
  return [...html.matchAll(/<link rel="preload"[^>]*>/g)].map(([tag]) => ({
    tag,
    href: /href="([^"]*)"/
      .exec(tag)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  }));
}

async function page(path: string, withSession = true): Promise<Response> {
  return fetch(`${server.url}${path}`, withSession ? { headers: { cookie } } : {});
}

describe('[HTTP] the Zeitplan page announces its data request', () => {
  it('names, for a signed-in user, the very request the page makes for its filters, which answers with those projects', async () => {
    const response = await page('/zeitplan?status=rot&zoom=jahr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    // Depends on the session and the address: no shared cache may keep it.
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const html = await response.text();
    const [link, ...more] = preloads(html);
    expect(more).toEqual([]);
    expect(link!.tag).toContain('as="fetch"');
    expect(link!.tag).toContain('crossorigin="anonymous"');
    expect(html.indexOf(link!.tag)).toBeLessThan(html.indexOf('</head>'));
    expect(link!.href).toBe(timelinePortfolioUrl(new URLSearchParams('status=rot&zoom=jahr')));

    const data = await fetch(`${server.url}${link!.href}`, { headers: { cookie } });
    expect(data.status).toBe(200);
    const { model } = decodeTimeline(((await data.json()) as { result: { data: { timeline: TimelineWire } } }).result.data.timeline);
    expect(model.rows.length).toBeGreaterThan(0);
    expect(model.rows.every((row) => row.status === 'red')).toBe(true);
  });

  it('escapes what the address carries: a search text with quotes and angle brackets stays inside the attribute', async () => {
    const search = '"><script>alert(1)</script>';
    const html = await (await page(`/zeitplan?suche=${encodeURIComponent(search)}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    const [link] = preloads(html);
    expect(link!.href).toBe(timelinePortfolioUrl(new URLSearchParams({ suche: search })));
    expect(JSON.parse(new URL(link!.href, server.url).searchParams.get('input')!)).toMatchObject({ search });
  });

  it('announces nothing without a valid session, nor on pages whose request the server cannot foresee', async () => {
    for (const [path, withSession] of [
      ['/zeitplan', false],
      ['/portfolio?status=rot', true],
      ['/projekte/1', true],
    ] as const) {
      const response = await page(path, withSession);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(preloads(await response.text()), path).toEqual([]);
    }
    const forged = await fetch(`${server.url}/zeitplan`, { headers: { cookie: 'cockpit_session=forged' } });
    expect(preloads(await forged.text())).toEqual([]);
  });
});
