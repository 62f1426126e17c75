import type { SessionUser } from '../context';
import type { Actor } from '../services/actor';

export function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    organisationId: user.organisationId,
    role: user.role,
  };
}
