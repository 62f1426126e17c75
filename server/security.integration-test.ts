import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../tests/factories';
import { createTestDb, type TestDb } from '../tests/integration/test-db';
import { appRouter } from './routers';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

type AnyCaller = Record<string, unknown>;
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(
  ([path, procedure]) => ({ path, type: procedure._def.type }),
);

async function callPath(caller: AnyCaller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, part) => (node as AnyCaller)[part], caller) as (i: unknown) => Promise<unknown>;
  return fn(input);
}

async function errorCodeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof TRPCError ? error.code : `non-tRPC error: ${String(error)}`;
  }
}

const PUBLIC = new Set(['auth.login']);
const ANY_SIGNED_IN_USER = new Set(['auth.me', 'auth.logout']);

describe('[SECURITY] sessions and roles', () => {
  it('knows a reasonable number of procedures', () => {
    expect(procedures.length).toBeGreaterThan(3);
  });

  it.each(procedures.filter((p) => !PUBLIC.has(p.path)))('without a session $path answers UNAUTHORIZED', async ({ path }) => {
    expect(await errorCodeOf(callPath(callerAs(t.db, null), path, undefined))).toBe('UNAUTHORIZED');
  });

  it.each(procedures.filter((p) => p.type === 'mutation' && !PUBLIC.has(p.path) && !ANY_SIGNED_IN_USER.has(p.path)))(
    'a board member cannot call the mutation $path',
    async ({ path }) => {
      expect(await errorCodeOf(callPath(callerAs(t.db, 'vorstand.unna'), path, undefined))).toBe('FORBIDDEN');
    },
  );

  it('a committee member cannot read the portfolio', async () => {
    expect(await errorCodeOf(callerAs(t.db, 'ausschuss.unna').portfolio.projects())).toBe('FORBIDDEN');
  });

  it("a user of Werl cannot read Unna's data", async () => {
    const unnaProjects = await callerAs(t.db, 'vorstand.unna').portfolio.projects();
    const werlProjects = await callerAs(t.db, 'vorstand.werl').portfolio.projects();
    expect(unnaProjects.length).toBeGreaterThan(0);
    expect(werlProjects.length).toBeGreaterThan(0);
    const unnaIds = new Set(unnaProjects.map((p) => p.id));
    expect(werlProjects.some((p) => unnaIds.has(p.id))).toBe(false);
    const werl = callerAs(t.db, 'vorstand.werl');
    expect(await errorCodeOf(werl.project.detail({ id: unnaProjects[0]!.id }))).toBe('NOT_FOUND');
  });

  it("a steering user of Werl cannot edit Unna's project, and nothing changes", async () => {
    const unna = await callerAs(t.db, 'steuerung.unna').project.detail({ id: (await callerAs(t.db, 'steuerung.unna').portfolio.projects())[0]!.id });
    const werl = callerAs(t.db, 'steuerung.werl');
    expect(
      await errorCodeOf(werl.project.changeMaturity({ id: unna.project.id, version: unna.project.version, maturity: 3 })),
    ).toBe('NOT_FOUND');
    const after = await callerAs(t.db, 'steuerung.unna').project.detail({ id: unna.project.id });
    expect(after.project.maturity).toBe(unna.project.maturity);
    expect(after.project.version).toBe(unna.project.version);
  });

  it('a project lead may edit its own project but not another one', async () => {
    const lead = callerAs(t.db, 'projektleitung.unna');
    const all = await lead.portfolio.projects();
    const own = all.find((p) => p.leadName !== null);
    const foreign = all.find((p) => p.leadName === null && p.parentId === null);
    expect(own, 'the seed assigns the demo lead to the DMS projects').toBeDefined();
    const ownDetail = await lead.project.detail({ id: own!.id });
    const changed = await lead.project.changeMaturity({ id: own!.id, version: ownDetail.project.version, maturity: 2 });
    expect(changed.version).toBe(ownDetail.project.version + 1);
    const foreignDetail = await lead.project.detail({ id: foreign!.id });
    expect(
      await errorCodeOf(lead.project.changeMaturity({ id: foreign!.id, version: foreignDetail.project.version, maturity: 2 })),
    ).toBe('FORBIDDEN');
  });
});
