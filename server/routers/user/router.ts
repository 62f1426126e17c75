import { z } from 'zod';
import { ZUserChangeRole, ZUserCreate, ZUserResetPassword, ZUserSetActive } from '../../../shared/schemas/user';
import { actorOf } from '../../procedures/actor';
import {
  activateUser,
  changeUserRole,
  createOrganisationUser,
  deactivateUser,
  listUsers,
  resetUserPassword,
} from '../../services/entities/users';
import { listLeadOptions } from '../../services/projects';
import { router } from '../../trpc';
import { steeringProcedure, userAdminProcedure } from '../edit/procedures';

/** User administration (IT-Administration only); password hashes never leave the server. */
export const userRouter = router({
  list: userAdminProcedure.input(z.void()).query(({ ctx }) => listUsers(ctx.db, actorOf(ctx.user))),
  create: userAdminProcedure.input(ZUserCreate).mutation(({ ctx, input }) => createOrganisationUser(ctx.db, actorOf(ctx.user), input)),
  changeRole: userAdminProcedure.input(ZUserChangeRole).mutation(({ ctx, input }) => changeUserRole(ctx.db, actorOf(ctx.user), input)),
  deactivate: userAdminProcedure.input(ZUserSetActive).mutation(({ ctx, input }) => deactivateUser(ctx.db, actorOf(ctx.user), input)),
  activate: userAdminProcedure.input(ZUserSetActive).mutation(({ ctx, input }) => activateUser(ctx.db, actorOf(ctx.user), input)),
  resetPassword: userAdminProcedure
    .input(ZUserResetPassword)
    .mutation(({ ctx, input }) => resetUserPassword(ctx.db, actorOf(ctx.user), input)),
  /** The active project leads, for the steering office's "Projektleitung" choice. */
  leadOptions: steeringProcedure.input(z.void()).query(({ ctx }) => listLeadOptions(ctx.db, ctx.user.organisationId)),
});
