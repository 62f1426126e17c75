import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db';
import { projectDependencies, projects } from '../../../db/schema';
import type { TDependency } from '../../../shared/schemas/dependency';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, type Tx } from '../audit';
import { requireOwned, requirePermission } from './common';

function requireProject(tx: Tx, actor: Actor, id: number) {
  return requireOwned(tx.select().from(projects).where(eq(projects.id, id)).get(), actor, 'project', id, 'Das Projekt wurde nicht gefunden.');
}

/**
 * The chain by which `from` already (transitively) precedes `to`, or null. Adding "to before
 * from" would then close a circle.
 */
function existingChain(tx: Tx, organisationId: number, from: number, to: number): number[] | null {
  const edges = tx
    .select({ p: projectDependencies.predecessorId, s: projectDependencies.successorId })
    .from(projectDependencies)
    .where(eq(projectDependencies.organisationId, organisationId))
    .all();
  const next = new Map<number, number[]>();
  for (const e of edges) next.set(e.p, [...(next.get(e.p) ?? []), e.s]);
  const cameFrom = new Map<number, number>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const node = queue.shift()!;
    if (node === to) {
      const chain = [to];
      while (chain[0] !== from) chain.unshift(cameFrom.get(chain[0]!)!);
      return chain;
    }
    for (const s of next.get(node) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      cameFrom.set(s, node);
      queue.push(s);
    }
  }
  return null;
}

export function addDependency(db: Db, actor: Actor, input: TDependency) {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const predecessor = requireProject(tx, actor, input.predecessorId);
    const successor = requireProject(tx, actor, input.successorId);
    const exists = tx
      .select()
      .from(projectDependencies)
      .where(and(eq(projectDependencies.predecessorId, predecessor.id), eq(projectDependencies.successorId, successor.id)))
      .get();
    if (exists) {
      throw new AppError('INVALID_INPUT', 'dependency exists', { userMessage: 'Diese Abhängigkeit ist bereits erfasst.' });
    }
    const chain = existingChain(tx, actor.organisationId, successor.id, predecessor.id);
    if (chain) {
      const titles = new Map(
        tx.select({ id: projects.id, title: projects.title }).from(projects).where(inArray(projects.id, chain)).all().map((p) => [p.id, p.title]),
      );
      const circle = [...chain, successor.id].map((id) => `„${titles.get(id)}“`).join(' → ');
      throw new AppError('INVALID_INPUT', `dependency ${predecessor.id} → ${successor.id} would close a cycle`, {
        userMessage: `Diese Abhängigkeit würde einen Kreis bilden: ${circle}. Ein Projekt kann nicht (auch nicht über andere) Voraussetzung für sich selbst sein.`,
      });
    }
    tx.insert(projectDependencies)
      .values({ organisationId: actor.organisationId, predecessorId: predecessor.id, successorId: successor.id })
      .run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'dependency',
      projectId: successor.id,
      summary: `Abhängigkeit erfasst: „${successor.title}“ setzt „${predecessor.title}“ voraus`,
      after: { predecessorId: predecessor.id, successorId: successor.id, predecessor: predecessor.title, successor: successor.title },
    });
    return { predecessorId: predecessor.id, successorId: successor.id };
  });
}

export function removeDependency(db: Db, actor: Actor, input: TDependency) {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const predecessor = requireProject(tx, actor, input.predecessorId);
    const successor = requireProject(tx, actor, input.successorId);
    const where = and(eq(projectDependencies.predecessorId, predecessor.id), eq(projectDependencies.successorId, successor.id));
    if (!tx.select().from(projectDependencies).where(where).get()) {
      throw new AppError('NOT_FOUND', 'no such dependency', { userMessage: 'Diese Abhängigkeit besteht nicht (mehr).' });
    }
    tx.delete(projectDependencies).where(where).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'dependency',
      projectId: successor.id,
      summary: `Abhängigkeit entfernt: „${successor.title}“ setzt „${predecessor.title}“ nicht mehr voraus`,
      before: { predecessorId: predecessor.id, successorId: successor.id, predecessor: predecessor.title, successor: successor.title },
    });
    return { predecessorId: predecessor.id, successorId: successor.id };
  });
}
