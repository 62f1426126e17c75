import { z } from 'zod';
import { ZId, ZName, ZOptionalIsoDate, ZTitle, ZVersion } from './common';
import { ZBindingness } from './domain';
import { ZNullableText, ZOptionalKey, ZProjectIds } from './project';

const obligationFields = {
  law: ZName.min(1, 'Bitte das Gesetz angeben (z. B. EGovG NRW).'),
  paragraph: ZName.min(1, 'Bitte den Paragraphen angeben (z. B. § 3).'),
  title: ZTitle,
  description: ZNullableText,
  deadline: ZOptionalIsoDate,
  bindingness: ZBindingness,
  /** The projects that fulfil the obligation. */
  projectIds: ZProjectIds,
};

export const ZObligationCreate = z.object({ programmeId: ZId, key: ZOptionalKey, ...obligationFields });
export type TObligationCreate = z.infer<typeof ZObligationCreate>;

export const ZObligationUpdate = z.object({ id: ZId, version: ZVersion, ...obligationFields });
export type TObligationUpdate = z.infer<typeof ZObligationUpdate>;
