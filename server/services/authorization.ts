import { hasPermission } from '../../shared/auth/permissions';
import { AppError } from '../errors';
import type { Actor } from './actor';

/**
 * Row-level rule for project edits: `steering` edits every project of its organisation, `lead`
 * only projects it leads (or whose parent it leads). The system actor (seed, CLI) may do all.
 */
export function assertCanEditProject(
  actor: Actor,
  project: { organisationId: number; leadUserId: number | null },
  parent?: { leadUserId: number | null } | null,
): void {
  if (project.organisationId !== actor.organisationId) {
    throw new AppError('NOT_FOUND', 'project belongs to another organisation', {
      userMessage: 'Das Projekt wurde nicht gefunden.',
    });
  }
  if (actor.role === 'system') return;
  if (hasPermission(actor.role, 'editPortfolio')) return;
  const leads =
    actor.role === 'lead' &&
    actor.userId !== null &&
    (project.leadUserId === actor.userId || parent?.leadUserId === actor.userId);
  if (!leads) {
    throw new AppError('FORBIDDEN', `user ${actor.username} (${actor.role}) may not edit this project`, {
      userMessage: 'Sie dürfen nur Projekte bearbeiten, die Sie leiten.',
    });
  }
}

export function assertPermission(actor: Actor, permission: Parameters<typeof hasPermission>[1]): void {
  if (actor.role === 'system') return;
  if (!hasPermission(actor.role, permission)) {
    throw new AppError('FORBIDDEN', `role ${actor.role} lacks ${permission}`);
  }
}
