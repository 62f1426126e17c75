import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http';

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  // A client build as Vite writes it: index.html naming hashed chunks under assets/.
  clientDir = mkdtempSync(join(tmpdir(), 'cockpit-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-Ab12Cd34.js"></script>');
  writeFileSync(join(clientDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("cockpit");');
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(clientDir, 'assets', 'index-Ab12Cd34.js.map'), '{"version":3,"sourcesContent":["secret source"]}');
  mkdirSync(join(clientDir, '.vite'));
  writeFileSync(join(clientDir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/index-Ab12Cd34.js"}}');
  server = await startTestServer({ clientDir, seeded: false });
});
afterAll(async () => {
  await server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('[HTTP] caching of the client files', () => {
  it('lets the browser keep the hashed chunks for a year without asking again', async () => {
    const response = await fetch(`${server.url}/assets/index-Ab12Cd34.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("cockpit");');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser check index.html and unhashed files on every visit, on every SPA path too', async () => {
    for (const path of ['/index.html', '/favicon.svg', '/zeitplan?status=rot']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    // A revalidation of an unchanged index.html costs a 304 without a body. (node:http, because
    // fetch marks a request with its own If-None-Match as not to be answered from a cache.)
    const etag = (await fetch(`${server.url}/zeitplan`)).headers.get('etag');
    expect(etag).toBeTruthy();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${server.url}/zeitplan`, { headers: { 'if-none-match': etag! } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('keeps the source maps and the build manifest on the server, and answers a missing chunk with 404', async () => {
    for (const path of ['/assets/index-Ab12Cd34.js.map', '/.vite/manifest.json', '/assets/index-Gone0000.js']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      const body = await response.text();
      expect(body, path).not.toContain('secret source');
      expect(body, path).not.toContain('index-Ab12Cd34');
    }
  });

  it('answers HEAD on an SPA path like GET (uptime checks use it), and keeps 404 for unknown API paths', async () => {
    const head = await fetch(`${server.url}/zeitplan`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(head.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/api/unbekannt`, { method: 'HEAD' })).status).toBe(404);
    expect((await fetch(`${server.url}/api/unbekannt`)).status).toBe(404);
  });
});
