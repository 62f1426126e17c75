import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Db } from '../db';
import { checkDatabase } from '../db';
import { todayInBerlin } from '../shared/dates/iso-date';
import { resolveSession, SESSION_COOKIE } from './auth/sessions';
import type { Context, SessionUser } from './context';
import { preloadLinksFor, readClientManifest, withPreloads } from './http/preload';
import { requireJsonSameOrigin } from './http/same-origin';
import { appRouter, type AppRouter } from './routers';
import { registerDownloadRoutes } from './http/downloads';
import { registerExchangeDownloadRoutes } from './http/exchange-downloads';
import { registerReportDownloadRoutes } from './http/report-downloads';

export interface AppOptions {
  db: Db;
  /** Folder with the built client; omitted in API-only tests. */
  clientDir?: string | null;
  /** Secure cookies need HTTPS; off for plain-HTTP localhost. */
  secureCookies?: boolean;
  logger?: boolean | { level: string };
  today?: () => string;
  /** Login attempts per IP and minute. */
  loginRateLimit?: number;
  databasePath?: string;
}

export function sessionUserOf(db: Db, request: FastifyRequest): SessionUser | null {
  return resolveSession(db, request.cookies[SESSION_COOKIE]);
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    // Uploads travel base64-encoded in JSON: 25 MB of file are about 33.4 MB of body.
    bodyLimit: 36 * 1024 * 1024,
    trustProxy: false,
    routerOptions: { maxParamLength: 5000 },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: options.secureCookies ? undefined : false,
  });
  // The board's JSON (a portfolio of thousands of projects, the timeline) is large and very
  // repetitive. gzip at a low level: most of the gain for a fraction of the CPU; large bodies are
  // compressed on libuv's thread pool, not on the request thread. No brotli: its default quality
  // costs seconds on a multi-megabyte body.
  await app.register(fastifyCompress, {
    encodings: ['gzip', 'deflate'],
    threshold: 1024,
    zlibOptions: { level: 3 },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  app.get('/healthz', async (_request, reply) => {
    try {
      checkDatabase(db);
      return { status: 'ok' };
    } catch (error) {
      app.log.error(error, 'health check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  const today = options.today ?? (() => todayInBerlin());
  const loginLimiter = app.rateLimit({
    max: options.loginRateLimit ?? 10,
    timeWindow: '1 minute',
    errorResponseBuilder: () => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.',
    }),
  });

  await app.register(async (scope) => {
    scope.addHook('onRequest', requireJsonSameOrigin);
    scope.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/trpc/auth.login')) await loginLimiter.call(scope, request, reply);
    });
    await scope.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext: ({ req, res }): Context => ({
          db,
          user: sessionUserOf(db, req),
          clientIp: req.ip,
          today,
          cookies: {
            set(token, maxAgeSeconds) {
              void res.setCookie(SESSION_COOKIE, token, {
                httpOnly: true,
                sameSite: 'strict',
                secure: options.secureCookies ?? false,
                path: '/',
                maxAge: maxAgeSeconds,
              });
            },
            clear() {
              void res.clearCookie(SESSION_COOKIE, { path: '/' });
            },
          },
        }),
        onError({ error, path }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error, path }, 'tRPC internal error');
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  registerDownloadRoutes(app, { db });
  registerExchangeDownloadRoutes(app, { db });
  registerReportDownloadRoutes(app, { db });

  const clientDir = options.clientDir === undefined ? resolve('dist/client') : options.clientDir;
  if (clientDir && existsSync(clientDir)) {
    // Vite's chunks carry a content hash in their names: a returning user's browser keeps them
    // without asking again. Everything else (index.html above all, which names the current
    // chunks) is checked with the server on every visit.
    const assetsDir = `${sep}assets${sep}`;
    await app.register(fastifyStatic, {
      root: clientDir,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      // Source maps (written for the operators, with no reference to them in the chunks) and
      // Vite's build manifest are not for the public: the client's source stays on the server.
      allowedPath: (path) => !isPrivateBuildFile(path),
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const manifest = readClientManifest(clientDir);
    // The SPA owns every other GET (and HEAD) path; API paths keep their 404.
    app.setNotFoundHandler((request, reply) => {
      const read = request.method === 'GET' || request.method === 'HEAD';
      // A chunk that is not there (an old page after a deploy) is a 404, not the app's HTML, which
      // the browser would refuse as a script anyway; a private build file is no page either.
      const path = request.url.split('?')[0] ?? '';
      if (read && !request.url.startsWith('/trpc') && !request.url.startsWith('/api/') && !path.startsWith('/assets/') && !isPrivateBuildFile(path)) {
        const preloads = preloadLinksFor(request.url, manifest);
        if (preloads.length > 0 && sessionUserOf(db, request)) {
          // Per user and address: no shared cache may keep it.
          return readFile(join(clientDir, 'index.html'), 'utf8').then((html) =>
            reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').send(withPreloads(html, preloads)),
          );
        }
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not Found' });
    });
  }
  return app;
}

/** Source maps and Vite's build manifest: in the build, not served. */
function isPrivateBuildFile(path: string): boolean {
  return path.endsWith('.map') || path.includes('/.vite/');
}
