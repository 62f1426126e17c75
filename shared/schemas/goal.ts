import { z } from 'zod';
import { LIMITS, ZId, ZKey, ZOptionalIsoDate, ZText, ZVersion } from './common';
import { ZGoalKind, type TGoalKind } from './domain';
import { ZProjectIds } from './project';

/** Which kinds of goal may sit above a goal of a kind (W → L → M). */
export const GOAL_PARENT_KINDS: Record<TGoalKind, readonly TGoalKind[]> = {
  impact: [],
  output: ['impact'],
  measure: ['output', 'impact'],
};

export const GOAL_PARENT_MESSAGES: Record<TGoalKind, string> = {
  impact: 'Ein Wirkungsziel steht an oberster Stelle und hat kein übergeordnetes Ziel.',
  output: 'Ein Leistungsziel gehört zu einem Wirkungsziel.',
  measure: 'Eine Maßnahme gehört zu einem Leistungsziel oder einem Wirkungsziel.',
};

const ZGoalText = ZText.trim().min(1, 'Bitte den Text des Ziels angeben.').max(LIMITS.textMax);

const goalFields = {
  key: ZKey,
  text: ZGoalText,
  parentId: ZId.nullable(),
  dueDate: ZOptionalIsoDate,
  projectIds: ZProjectIds,
};

export const ZGoalCreate = z
  .object({ programmeId: ZId, kind: ZGoalKind, ...goalFields })
  .refine((g) => (g.kind === 'impact' ? g.parentId === null : g.parentId !== null), {
    message: 'Bitte das übergeordnete Ziel wählen (ein Wirkungsziel hat keines).',
    path: ['parentId'],
  });
export type TGoalCreate = z.infer<typeof ZGoalCreate>;

/** The kind of a goal stays as created; the parent may change within the W → L → M rules. */
export const ZGoalUpdate = z.object({ id: ZId, version: ZVersion, ...goalFields });
export type TGoalUpdate = z.infer<typeof ZGoalUpdate>;
