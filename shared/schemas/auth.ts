import { z } from 'zod';

export const ZLogin = z.object({
  username: z
    .string({ error: 'Bitte den Benutzernamen angeben.' })
    .trim()
    .min(1, 'Bitte den Benutzernamen angeben.')
    .max(64, 'Der Benutzername ist zu lang.'),
  password: z
    .string({ error: 'Bitte das Passwort angeben.' })
    .min(1, 'Bitte das Passwort angeben.')
    .max(256, 'Das Passwort ist zu lang.'),
});
export type TLogin = z.infer<typeof ZLogin>;
