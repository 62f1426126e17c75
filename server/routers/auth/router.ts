import { ZLogin } from '../../../shared/schemas/auth';
import { SESSION_ABSOLUTE_MS } from '../../auth/sessions';
import { authedProcedure } from '../../procedures/authed';
import { login, logout } from '../../services/auth';
import { publicProcedure, router } from '../../trpc';

export const authRouter = router({
  login: publicProcedure.input(ZLogin).mutation(async ({ ctx, input }) => {
    const result = await login(ctx.db, input.username, input.password);
    ctx.cookies.set(result.token, Math.floor(SESSION_ABSOLUTE_MS / 1000));
    return result.user;
  }),
  logout: authedProcedure.mutation(({ ctx }) => {
    logout(ctx.db, ctx.user.sessionId);
    ctx.cookies.clear();
    return { ok: true as const };
  }),
  /** The current user; UNAUTHORIZED without a session, which sends the client to the login page. */
  me: authedProcedure.query(({ ctx }) => {
    const { sessionId: _sessionId, ...user } = ctx.user;
    return user;
  }),
});
