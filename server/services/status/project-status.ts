import type { Db } from '../../../db';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { assertCanEditProject } from '../authorization';
import { requireProjectInOrganisation } from '../portfolio-read';
import { boardSnapshot } from './cache';

const OVERRIDE_HISTORY_MAX = 20;

function canEdit(actor: Actor, project: { organisationId: number; leadUserId: number | null }, parent: { leadUserId: number | null } | null) {
  try {
    assertCanEditProject(actor, project, parent);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** The traffic light of one project: own and rolled-up status, reasons, override and its history. */
export function getProjectStatus(db: Db, actor: Actor, asOf: string, projectId: number) {
  requireProjectInOrganisation(db, actor.organisationId, projectId);
  const { data } = boardSnapshot(db, actor.organisationId, asOf);
  const project = data.projectById.get(projectId)!;
  const parent = project.parentId !== null ? (data.projectById.get(project.parentId) ?? null) : null;
  const override = project.override;
  return {
    asOf,
    projectId,
    maturity: project.maturity,
    status: project.status,
    computed: project.computed,
    reasons: project.reasons.map((r) => ({ level: r.level, rule: r.rule, message: r.message, projectId: r.projectId })),
    own: { status: project.own.status, computed: project.own.computed },
    hasSubProjects: project.childIds.length > 0,
    override: override
      ? {
          id: override.id,
          status: override.status,
          justification: override.justification,
          authorName: override.authorName,
          validFrom: override.validFrom,
          expiresAt: override.expiresAt,
          active: project.overrideActive,
        }
      : null,
    overrideHistory: data.overrides
      .filter((o) => o.projectId === projectId)
      .reverse()
      .slice(0, OVERRIDE_HISTORY_MAX)
      .map((o) => ({
        id: o.id,
        status: o.status,
        justification: o.justification,
        authorName: o.authorName,
        validFrom: o.validFrom,
        expiresAt: o.expiresAt,
        revokedAt: o.revokedAt ? o.revokedAt.toISOString() : null,
      })),
    latestUpdate: project.latestUpdate,
    canEdit: canEdit(actor, { organisationId: actor.organisationId, leadUserId: project.leadUserId }, parent),
  };
}

export type ProjectStatus = ReturnType<typeof getProjectStatus>;
