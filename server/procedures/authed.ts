import { TRPCError } from '@trpc/server';
import { hasPermission, type Permission } from '../../shared/auth/permissions';
import { publicProcedure } from '../trpc';

/** Requires a session; narrows ctx.user to a non-null user for every handler behind it. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'No valid session' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Requires a session whose role holds the permission. */
export function permittedProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.user.role, permission)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Role ${ctx.user.role} lacks permission ${permission}`,
      });
    }
    return next();
  });
}

export const readProcedure = permittedProcedure('readPortfolio');
