import type { TRole } from '../schemas/domain';

/**
 * Who may do what — one table for server checks and for the client hiding controls.
 * `lead` may edit only the projects it leads; that row-level part is checked in services.
 */
export const PERMISSIONS = {
  readPortfolio: ['admin', 'steering', 'lead', 'board'],
  editPortfolio: ['steering'],
  editOwnProjects: ['steering', 'lead'],
  editProgrammeSettings: ['admin', 'steering'],
  manageUsers: ['admin'],
  backup: ['admin'],
  importExport: ['steering'],
  readAudit: ['admin', 'steering', 'lead', 'board'],
  generateReports: ['steering'],
  releaseReports: ['steering'],
  readDraftReports: ['admin', 'steering', 'lead', 'board'],
  readReleasedReports: ['admin', 'steering', 'lead', 'board', 'committee'],
} as const satisfies Record<string, readonly TRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: TRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
