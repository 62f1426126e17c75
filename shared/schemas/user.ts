import { z } from 'zod';
import { ZId, ZVersion } from './common';
import { ZRole } from './domain';

/** The same minimum the server's Argon2 module names (BSI/OWASP: length over complexity). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const ZUsername = z
  .string({ error: 'Bitte einen Benutzernamen angeben.' })
  .trim()
  .min(3, 'Der Benutzername braucht mindestens 3 Zeichen.')
  .max(64, 'Höchstens 64 Zeichen.')
  .regex(/^[a-z0-9._-]+$/, 'Nur Kleinbuchstaben, Ziffern und . _ - (z. B. vorname.nachname).');

export const ZDisplayName = z
  .string({ error: 'Bitte den Namen angeben.' })
  .trim()
  .min(1, 'Bitte den Namen angeben.')
  .max(200, 'Höchstens 200 Zeichen.');

export const ZNewPassword = z
  .string({ error: 'Bitte ein Passwort angeben.' })
  .min(PASSWORD_MIN_LENGTH, `Das Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`)
  .max(PASSWORD_MAX_LENGTH, `Höchstens ${PASSWORD_MAX_LENGTH} Zeichen.`);

/** New users belong to the administrator's own organisation. */
export const ZUserCreate = z.object({
  username: ZUsername,
  displayName: ZDisplayName,
  role: ZRole,
  password: ZNewPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserChangeRole = z.object({ id: ZId, version: ZVersion, role: ZRole });
export type TUserChangeRole = z.infer<typeof ZUserChangeRole>;

export const ZUserSetActive = z.object({ id: ZId, version: ZVersion });
export type TUserSetActive = z.infer<typeof ZUserSetActive>;

export const ZUserResetPassword = z.object({ id: ZId, version: ZVersion, password: ZNewPassword });
export type TUserResetPassword = z.infer<typeof ZUserResetPassword>;
