import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * CSRF defence for tRPC (its Fastify adapter does not check this itself, trpc/trpc#5522):
 * every POST must be `application/json` — which a cross-site HTML form cannot send without a
 * CORS preflight — and, when the browser names an origin, it must be our own.
 */
export function requireJsonSameOrigin(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (request.method !== 'POST') return done();
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) {
    void reply.code(415).send({ error: 'Unsupported Media Type', message: 'Mutations accept only application/json' });
    return;
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    void reply.code(403).send({ error: 'Forbidden', message: `Cross-site request refused (Sec-Fetch-Site: ${fetchSite})` });
    return;
  }
  const origin = request.headers.origin;
  if (origin) {
    const host = request.headers.host;
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      void reply.code(403).send({ error: 'Forbidden', message: `Cross-origin request refused (Origin: ${origin})` });
      return;
    }
  }
  done();
}
