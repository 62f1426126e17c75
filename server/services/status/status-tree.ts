import type { TMaturity } from '../../../shared/schemas/domain';
import type { StatusKpi, StatusMilestone, StatusObligation, StatusResult, TStatusThresholds } from '../../../shared/status';
import type { BoardOverride } from './board-data';
import { rollUpProject, toStatusOverride, type RolledChild, type RolledStatus } from './compute';
import { memoisedProjectStatus, sameContent } from './engine-memo';

/**
 * Own status and roll-up of every project of a tree at one date, computed again only where an
 * input changed since a previous tree.
 *
 * After a write the board is patched (board-patch.ts) by replacing the lists of the few projects
 * whose rows changed; every other project keeps the very same list objects. Two ways follow:
 *  - patchStatusTree, when the caller knows which projects' inputs were replaced (a patched board
 *    records them): those get their own status again, they and their ancestors their roll-up;
 *  - computeStatusTree, one pass over all projects that tells "unchanged" by identity, without
 *    building the engine memo's content keys for 10,000 projects: a project whose inputs are the
 *    same objects keeps its result, a parent whose own result and sub-project roll-ups are the
 *    same objects keeps its roll-up.
 * The lists are never mutated once built, so identity implies equal content; a new object with
 * equal content only costs a recompute (which the engine memo then answers).
 */

export interface StatusTreeNode {
  id: number;
  code: string | null;
  title: string;
  /** Sub-projects in roll-up order; those not in the tree are skipped. */
  childIds: readonly number[];
  maturity: TMaturity;
  milestones: readonly StatusMilestone[];
  obligations: readonly StatusObligation[];
  kpis: readonly StatusKpi[];
  /** The override the engine applies (compared by identity; rows are never mutated). */
  override: BoardOverride | null;
  thresholds: TStatusThresholds;
}

export interface StatusTreeResult {
  node: StatusTreeNode;
  own: StatusResult;
  rolled: RolledStatus;
  /** The sub-project roll-ups `rolled` was built from, to tell later whether it still holds. */
  children: readonly RolledChild[];
}

/**
 * A patched tree's results: its own few on top of the full map of an earlier tree, because
 * copying 10,000 entries per write would be most of the cost of a patch. The top layer is copied
 * (never shared, trees stay immutable) and folded into a new full map once it grows.
 */
class LayeredResults {
  constructor(
    readonly base: ReadonlyMap<number, StatusTreeResult>,
    readonly top: Map<number, StatusTreeResult>,
  ) {}

  get(id: number): StatusTreeResult | undefined {
    return this.top.get(id) ?? this.base.get(id);
  }

  has(id: number): boolean {
    return this.top.has(id) || this.base.has(id);
  }
}

/** A full tree's results, or a patched tree's layered ones: callers only look results up. */
export type TreeResults = ReadonlyMap<number, StatusTreeResult> | LayeredResults;

export interface StatusTree {
  date: string;
  results: TreeResults;
}

const TOP_LAYER_MAX = 2_000;

function layerOver(previous: TreeResults): LayeredResults {
  if (!(previous instanceof LayeredResults)) return new LayeredResults(previous, new Map());
  if (previous.top.size < TOP_LAYER_MAX) return new LayeredResults(previous.base, new Map(previous.top));
  return new LayeredResults(new Map([...previous.base, ...previous.top]), new Map());
}

function sameInput(a: StatusTreeNode, b: StatusTreeNode): boolean {
  return (
    a === b ||
    (a.maturity === b.maturity &&
      a.milestones === b.milestones &&
      a.obligations === b.obligations &&
      a.kpis === b.kpis &&
      a.override === b.override &&
      sameContent(a.thresholds, b.thresholds))
  );
}

/** The roll-up inputs of `node` when they are the very ones `old` was built from, else null. */
function unchangedChildren(
  node: StatusTreeNode,
  old: StatusTreeResult,
  results: TreeResults,
): readonly RolledChild[] | null {
  let k = 0;
  for (const childId of node.childIds) {
    const child = results.get(childId);
    if (!child) continue;
    const before = old.children[k++];
    if (
      !before ||
      before.id !== childId ||
      before.rolled !== child.rolled ||
      before.code !== child.node.code ||
      before.title !== child.node.title
    ) {
      return null;
    }
  }
  return k === old.children.length ? old.children : null;
}

const NO_CHILDREN: readonly RolledChild[] = [];

/**
 * `order` lists parents before their sub-projects, so walking it backwards finishes every
 * sub-project before its parent (as rollUpProjectStatuses does).
 */
export function computeStatusTree(order: readonly StatusTreeNode[], date: string, previous?: StatusTree): StatusTree {
  const before = previous && previous.date === date ? previous.results : undefined;
  const results = new Map<number, StatusTreeResult>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const old = before?.get(node.id);
    const own =
      old && sameInput(old.node, node)
        ? old.own
        : memoisedProjectStatus(
            {
              maturity: node.maturity,
              milestones: node.milestones,
              obligations: node.obligations,
              kpis: node.kpis,
              override: node.override ? toStatusOverride(node.override) : null,
            },
            date,
            node.thresholds,
          );
    const kept = old && old.own === own ? unchangedChildren(node, old, results) : null;
    if (kept && old!.node === node) {
      results.set(node.id, old!);
      continue;
    }
    if (kept) {
      results.set(node.id, { node, own, rolled: old!.rolled, children: kept });
      continue;
    }
    let children = NO_CHILDREN;
    for (const childId of node.childIds) {
      const child = results.get(childId);
      if (!child) continue;
      if (children === NO_CHILDREN) children = [];
      (children as RolledChild[]).push({ id: childId, code: child.node.code, title: child.node.title, rolled: child.rolled });
    }
    results.set(node.id, { node, own, rolled: rollUpProject(node.id, own, children), children });
  }
  return { date, results };
}

/**
 * `previous` with some nodes replaced, without a pass over the whole tree: the replaced nodes get
 * their own status again, they and their ancestors their roll-up (deepest first). Exact when every
 * node whose inputs differ from `previous` is among `changed` and the tree's shape is unchanged,
 * which the callers guarantee (a structural change reloads). Returns the ids whose result may
 * have changed, or null when a node is not in `previous` (then the caller computes everything).
 */
export function patchStatusTree(
  previous: StatusTree,
  changed: readonly StatusTreeNode[],
  parentOf: (id: number) => number | null,
): { tree: StatusTree; touched: Set<number> } | null {
  const before = previous.results;
  const results = layerOver(before);
  const touched = new Set<number>();
  for (const node of changed) {
    const old = before.get(node.id);
    if (!old) return null;
    const own = sameInput(old.node, node)
      ? old.own
      : memoisedProjectStatus(
          {
            maturity: node.maturity,
            milestones: node.milestones,
            obligations: node.obligations,
            kpis: node.kpis,
            override: node.override ? toStatusOverride(node.override) : null,
          },
          previous.date,
          node.thresholds,
        );
    results.top.set(node.id, { ...old, node, own });
    touched.add(node.id);
  }
  for (const id of [...touched]) {
    let parent = parentOf(id);
    while (parent !== null && results.has(parent) && !touched.has(parent)) {
      touched.add(parent);
      parent = parentOf(parent);
    }
  }
  const depthOf = (id: number) => {
    let depth = 0;
    for (let parent = parentOf(id); parent !== null && results.has(parent); parent = parentOf(parent)) depth++;
    return depth;
  };
  const deepestFirst = [...touched].map((id) => ({ id, depth: depthOf(id) })).sort((a, b) => b.depth - a.depth);
  for (const { id } of deepestFirst) {
    const { node, own } = results.get(id)!;
    const old = before.get(id)!;
    const kept = old.own === own ? unchangedChildren(node, old, results) : null;
    if (kept) {
      results.top.set(id, old.node === node ? old : { node, own, rolled: old.rolled, children: kept });
      continue;
    }
    const children: RolledChild[] = [];
    for (const childId of node.childIds) {
      const child = results.get(childId);
      if (child) children.push({ id: childId, code: child.node.code, title: child.node.title, rolled: child.rolled });
    }
    results.top.set(id, { node, own, rolled: rollUpProject(id, own, children), children });
  }
  return { tree: { date: previous.date, results }, touched };
}
