import type { TRole } from '../../shared/schemas/domain';

/** Who performs a domain operation: a logged-in user, or the system (seed, CLI). */
export interface Actor {
  userId: number | null;
  username: string;
  displayName: string;
  organisationId: number;
  role: TRole | 'system';
}

export function systemActor(organisationId: number, name = 'System'): Actor {
  return { userId: null, username: 'system', displayName: name, organisationId, role: 'system' };
}
