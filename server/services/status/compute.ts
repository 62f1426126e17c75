import type { TMaturity, TStatus } from '../../../shared/schemas/domain';
import {
  statusSeverity,
  type StatusInput,
  type StatusKpi,
  type StatusMilestone,
  type StatusObligation,
  type StatusOverride,
  type StatusReason,
  type StatusResult,
  type TStatusThresholds,
} from '../../../shared/status';
import type { BoardOverride } from './board-data';
import { memoisedProjectStatus } from './engine-memo';

/** A reason as the board shows it: the project it comes from, for sub-project reasons. */
export interface BoardReason extends StatusReason {
  projectId: number;
}

export interface RolledStatus {
  /** Effective status: the project's own active override, else the worst of itself and its sub-projects. */
  status: TStatus;
  /** Worst computed status of the project and all its sub-projects. */
  computed: TStatus;
  /** Own reasons, then the sub-projects' ("Teilprojekt 7.3 „…“: …"); red first. */
  reasons: BoardReason[];
}

/** "§ 7a Abs. (1) - (3)" + "EGovG NRW" → "§ 7a EGovG NRW"; anything else is kept whole. */
export function obligationLabel(law: string, paragraph: string): string {
  const match = /^(§{1,2})\s*(\d+[a-z]?)(?=$|[\s,(])/.exec(paragraph.trim());
  const short = match ? `${match[1]} ${match[2]}` : paragraph.trim();
  return `${short} ${law.trim()}`.trim();
}

function worse(a: TStatus, b: TStatus): TStatus {
  return statusSeverity(b) > statusSeverity(a) ? b : a;
}

/**
 * What a sub-project lends its parent: a finished sub-project carries no risk and says nothing
 * about the parent, so it counts as "nicht bewertet" — otherwise a parent still in progress
 * whose only assessed part is finished would read "abgeschlossen".
 */
function contribution(status: TStatus): TStatus {
  return status === 'done' ? 'none' : status;
}

const SUB_PROJECT_TITLE_MAX = 60;

export function subProjectPrefix(code: string | null, title: string): string {
  const short = title.length > SUB_PROJECT_TITLE_MAX ? `${title.slice(0, SUB_PROJECT_TITLE_MAX - 1).trimEnd()}…` : title;
  return `Teilprojekt ${code ? `${code} ` : ''}„${short}“: `;
}

/** The override as the engine takes it. */
export function toStatusOverride(o: BoardOverride): StatusOverride {
  return { status: o.status, justification: o.justification, author: o.authorName, createdAt: o.validFrom, expiresAt: o.expiresAt };
}

export interface StatusDataSources {
  milestonesByProject: ReadonlyMap<number, StatusMilestone[]>;
  obligationsByProject: ReadonlyMap<number, StatusObligation[]>;
  kpisByProject: ReadonlyMap<number, StatusKpi[]>;
}

/** The one empty list, so that "no milestones" is the same input wherever it occurs. */
export const NONE: readonly never[] = [];

export function statusInputOf(
  project: { id: number; maturity: TMaturity },
  sources: StatusDataSources,
  override: StatusOverride | null,
): StatusInput {
  return {
    maturity: project.maturity,
    milestones: sources.milestonesByProject.get(project.id) ?? NONE,
    obligations: sources.obligationsByProject.get(project.id) ?? NONE,
    kpis: sources.kpisByProject.get(project.id) ?? NONE,
    override,
  };
}

export interface TreeProject {
  id: number;
  code: string | null;
  title: string;
  childIds: readonly number[];
}

/** A sub-project as its parent's roll-up sees it. */
export interface RolledChild {
  id: number;
  code: string | null;
  title: string;
  rolled: RolledStatus;
}

/**
 * One project's roll-up from its own result and its sub-projects' roll-ups (in childIds order).
 * Both the full computation and the incremental one (status-tree.ts) go through here, so they
 * cannot disagree. See docs/decisions/003-status-computation.md for why it is "worst of".
 */
export function rollUpProject(projectId: number, result: StatusResult, children: readonly RolledChild[]): RolledStatus {
  let computed = result.computed;
  let effective = result.status;
  const reasons: BoardReason[] = result.reasons.map((r) => ({ level: r.level, rule: r.rule, message: r.message, projectId }));
  for (const child of children) {
    computed = worse(computed, contribution(child.rolled.computed));
    effective = worse(effective, contribution(child.rolled.status));
    const prefix = subProjectPrefix(child.code, child.title);
    for (const reason of child.rolled.reasons) {
      // A sub-project's own reasons get its name; deeper ones already carry their origin's.
      reasons.push(
        reason.projectId === child.id
          ? { level: reason.level, rule: reason.rule, message: prefix + reason.message, projectId: child.id }
          : reason,
      );
    }
  }
  return {
    computed,
    status: result.override?.active ? result.status : effective,
    // Stable: red before amber, own reasons before the sub-projects'.
    reasons: reasons.sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1)),
  };
}

/**
 * Rolls statuses up the project tree. `order` lists parents before their sub-projects (the
 * portfolio order), so walking it backwards finishes every sub-project before its parent.
 */
export function rollUpProjectStatuses(
  order: readonly TreeProject[],
  own: ReadonlyMap<number, StatusResult>,
): Map<number, RolledStatus> {
  const byId = new Map(order.map((p) => [p.id, p]));
  const rolled = new Map<number, RolledStatus>();
  for (let i = order.length - 1; i >= 0; i--) {
    const project = order[i]!;
    const children: RolledChild[] = [];
    for (const childId of project.childIds) {
      const child = rolled.get(childId);
      if (!child) continue;
      const childProject = byId.get(childId)!;
      children.push({ id: childId, code: childProject.code, title: childProject.title, rolled: child });
    }
    rolled.set(project.id, rollUpProject(project.id, own.get(project.id)!, children));
  }
  return rolled;
}

export function computeOwnStatuses(
  projects: readonly { id: number; maturity: TMaturity; programmeId: number }[],
  sources: StatusDataSources,
  overrideOf: (projectId: number) => StatusOverride | null,
  thresholdsOf: (programmeId: number) => TStatusThresholds,
  asOf: string,
): Map<number, StatusResult> {
  const own = new Map<number, StatusResult>();
  for (const project of projects) {
    own.set(
      project.id,
      memoisedProjectStatus(statusInputOf(project, sources, overrideOf(project.id)), asOf, thresholdsOf(project.programmeId)),
    );
  }
  return own;
}
