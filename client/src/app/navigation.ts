import type { Permission } from '../../../shared/auth/permissions';

/** Main navigation; each entry is shown only to roles holding its permission. */
export const NAVIGATION: readonly { to: string; label: string; permission: Permission }[] = [
  { to: '/portfolio', label: 'Portfolio', permission: 'readPortfolio' },
];
