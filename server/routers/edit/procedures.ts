import { permittedProcedure } from '../../procedures/authed';

/**
 * Procedure builders of the editing routers. The role check runs before the input is parsed, so
 * a role without the permission learns nothing about valid ids; row-level rules (a lead edits only
 * its own projects, ids of other organisations are NOT_FOUND) are checked in the services.
 */
export const projectEditProcedure = permittedProcedure('editOwnProjects');
export const steeringProcedure = permittedProcedure('editPortfolio');
export const programmeSettingsProcedure = permittedProcedure('editProgrammeSettings');
export const userAdminProcedure = permittedProcedure('manageUsers');
