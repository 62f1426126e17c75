import { z } from 'zod';
import { LIMITS, ZId, ZIsoDate, ZName, ZText, ZTitle } from './common';
import { REPORT_DEFAULT_SUBJECT, REPORT_SECTIONS, ZReportSectionKey } from './report';

/**
 * What the steering office asks for when it generates a Sachstandsbericht, and the requests
 * around a stored report (release, delete, verify, supersede). The snapshot itself is
 * `ZReportSnapshot` (report.ts); these schemas are the forms and procedure inputs.
 */

export const REPORT_REQUEST_LIMITS = {
  sectionTextMax: 10_000,
  resolutionMax: 2_000,
  committeeNameMax: 120,
} as const;

/** A blank optional field is stored as null. */
const optionalName = ZName.nullable()
  .optional()
  .transform((v) => (v ? v : null));

const sectionText = ZText.max(
  REPORT_REQUEST_LIMITS.sectionTextMax,
  `Höchstens ${REPORT_REQUEST_LIMITS.sectionTextMax.toLocaleString('de-DE')} Zeichen je Abschnitt.`,
)
  .nullable()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null));

export const ZReportSectionRequest = z.object({
  enabled: z.boolean().default(true),
  text: sectionText,
});

/** Every section is on and without free text unless the request says otherwise. */
export const ZReportSectionsRequest = z
  .partialRecord(ZReportSectionKey, ZReportSectionRequest)
  .default({})
  .transform((given) =>
    Object.fromEntries(
      REPORT_SECTIONS.map((key) => [key, { enabled: given[key]?.enabled ?? true, text: given[key]?.text ?? null }]),
    ) as Record<(typeof REPORT_SECTIONS)[number], { enabled: boolean; text: string | null }>,
  );

/** Committees are data: pick an existing one or name a new one, which is then created. */
export const ZReportCommitteeChoice = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('existing'), committeeId: ZId }),
    z.object({
      kind: z.literal('new'),
      name: ZName.min(1, 'Bitte den Namen des Gremiums angeben.').max(
        REPORT_REQUEST_LIMITS.committeeNameMax,
        `Höchstens ${REPORT_REQUEST_LIMITS.committeeNameMax} Zeichen.`,
      ),
    }),
  ],
  { error: 'Bitte ein Gremium wählen oder einen neuen Namen angeben.' },
);
export type TReportCommitteeChoice = z.infer<typeof ZReportCommitteeChoice>;

export const ZReportGenerate = z
  .object({
    programmeId: ZId,
    committee: ZReportCommitteeChoice,
    /** Stichtag: the portfolio is reported as of this date. */
    asOfDate: ZIsoDate,
    meetingDate: ZIsoDate.nullable().optional().transform((v) => v ?? null),
    subject: ZTitle.optional().transform((v) => v ?? REPORT_DEFAULT_SUBJECT),
    leadUnit: optionalName,
    vorlageNumber: optionalName,
    sections: ZReportSectionsRequest,
    /** Beschlussvorschlag; empty = "Der {Gremium} nimmt den Sachstandsbericht zur Kenntnis." */
    resolution: ZText.max(
      REPORT_REQUEST_LIMITS.resolutionMax,
      `Höchstens ${REPORT_REQUEST_LIMITS.resolutionMax.toLocaleString('de-DE')} Zeichen.`,
    )
      .nullable()
      .optional()
      .transform((v) => (v && v.trim() ? v.trim() : null)),
  })
  .refine((v) => v.meetingDate === null || v.meetingDate >= v.asOfDate, {
    message: 'Die Sitzung kann nicht vor dem Stichtag liegen.',
    path: ['meetingDate'],
  });
export type TReportGenerate = z.infer<typeof ZReportGenerate>;
export type TReportGenerateInput = z.input<typeof ZReportGenerate>;

export const ZReportRef = z.object({ id: ZId });
export type TReportRef = z.infer<typeof ZReportRef>;

/** A released report is never changed: a correction or an update is a new report that supersedes it. */
export const ZReportSupersede = z.object({
  id: ZId,
  /** New Stichtag; defaults to the superseded report's. */
  asOfDate: ZIsoDate.optional(),
  meetingDate: ZIsoDate.nullable().optional(),
});
export type TReportSupersede = z.infer<typeof ZReportSupersede>;

export const ZReportListQuery = z
  .object({ programmeId: ZId.optional(), committeeId: ZId.optional() })
  .default({});
export type TReportListQuery = z.infer<typeof ZReportListQuery>;

export const REPORT_STATES = ['draft', 'released', 'superseded'] as const;
export type TReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS: Record<TReportState, string> = {
  draft: 'Entwurf',
  released: 'freigegeben',
  superseded: 'ersetzt',
};

export const REPORT_FILE_KINDS = ['pdf', 'docx', 'html'] as const;
export type TReportFileKind = (typeof REPORT_FILE_KINDS)[number];

/** The longest text the form lets through, for the counters beside the fields. */
export const REPORT_FORM_LIMITS = { ...REPORT_REQUEST_LIMITS, titleMax: LIMITS.titleMax, nameMax: LIMITS.nameMax } as const;
