import { createContext, useContext } from 'react';
import type { TRole } from '../../../shared/schemas/domain';

export interface CurrentUser {
  id: number;
  organisationId: number;
  organisationName: string;
  username: string;
  displayName: string;
  role: TRole;
}

export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the authenticated layout');
  return user;
}
