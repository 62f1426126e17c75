import { z } from 'zod';
import { ZAmount, ZId, ZIsoDate, ZKey, ZName, ZText, ZTitle, ZYear } from './common';
import { ZBindingness, ZBudgetKind, ZKpiUnit, ZManualStatus, ZMaturity, ZStatus } from './domain';

/**
 * A Sachstandsbericht as data: the immutable content of one report at its Stichtag. It is kept
 * as JSON, so the PDF, DOCX and HTML renderings can be produced again byte for byte, and the
 * next report can say what changed since this one. Everything a renderer shows is in here,
 * already computed (statuses, reasons, fulfilment, attainment); renderers only lay it out.
 */

export const REPORT_DEFAULT_SUBJECT = 'Sachstandsbericht Digitalisierung';

/** The report's sections in the order they appear in every rendering. */
export const REPORT_SECTIONS = [
  'legalFrame',
  'projects',
  'statusSummary',
  'changes',
  'kpis',
  'timeline',
  'finances',
  'resolution',
] as const;
export const ZReportSectionKey = z.enum(REPORT_SECTIONS);
export type TReportSectionKey = z.infer<typeof ZReportSectionKey>;

const nullableName = ZName.nullable().default(null);
const textList = z.array(ZText).default([]);

export const ZReportMeta = z.object({
  organisationName: ZName.min(1, 'Bitte die Organisation angeben.'),
  programmeTitle: ZTitle,
  committee: ZName.min(1, 'Bitte das Gremium angeben.'),
  meetingDate: ZIsoDate.nullable().default(null),
  asOfDate: ZIsoDate,
  subject: ZTitle.default(REPORT_DEFAULT_SUBJECT),
  leadUnit: nullableName,
  vorlageNumber: nullableName,
  /** The moment the snapshot was taken; also the creation date written into PDF and DOCX. */
  generatedAt: z.iso.datetime({ offset: true, error: 'Kein gültiger Zeitpunkt.' }),
  previousReport: z.object({ id: ZId, asOfDate: ZIsoDate }).nullable().default(null),
});

/** Whether a section is shown, and the free text placed at its top (paragraphs split by blank lines). */
export const ZReportSection = z.object({
  enabled: z.boolean().default(true),
  text: ZText.nullable().default(null),
});
const section = ZReportSection.default({ enabled: true, text: null });

export const ZReportSections = z.object({
  legalFrame: section,
  projects: section,
  statusSummary: section,
  changes: section,
  kpis: section,
  timeline: section,
  finances: section,
  resolution: section,
});

export const FULFILMENTS = ['fulfilled', 'partly', 'open', 'overdue'] as const;
export const ZFulfilment = z.enum(FULFILMENTS);
export type TFulfilment = z.infer<typeof ZFulfilment>;
export const FULFILMENT_LABELS: Record<TFulfilment, string> = {
  fulfilled: 'erfüllt',
  partly: 'teilweise erfüllt',
  open: 'offen',
  overdue: 'Frist überschritten',
};

export const ZReportProjectRef = z.object({ key: ZKey, title: ZTitle, maturity: ZMaturity });

export const ZReportObligation = z.object({
  key: ZKey,
  law: ZName.min(1),
  paragraph: ZName.min(1),
  title: ZTitle,
  deadline: ZIsoDate.nullable().default(null),
  bindingness: ZBindingness,
  fulfilment: ZFulfilment,
  /** Days from the Stichtag to the deadline; negative once it has passed. */
  daysLeft: z.number().int().nullable().default(null),
  projects: z.array(ZReportProjectRef).default([]),
});

export const ZReportMilestone = z.object({
  key: ZKey,
  title: ZTitle,
  plannedDate: ZIsoDate.nullable().default(null),
  baselineDate: ZIsoDate.nullable().default(null),
  forecastDate: ZIsoDate.nullable().default(null),
  actualDate: ZIsoDate.nullable().default(null),
});
export type TReportMilestone = z.infer<typeof ZReportMilestone>;

export const ZReportDecision = z.object({
  key: ZKey,
  date: ZIsoDate,
  committee: ZName.min(1),
  subject: ZTitle,
});
export type TReportDecision = z.infer<typeof ZReportDecision>;

export const ZReportOverride = z.object({
  status: ZManualStatus,
  justification: ZText.min(1, 'Bitte eine Begründung angeben.'),
  author: ZName.min(1, 'Bitte einen Verfasser angeben.'),
});

export const ZReportProject = z.object({
  key: ZKey,
  code: nullableName,
  title: ZTitle,
  parentKey: ZKey.nullable().default(null),
  /** The status shown: the override's when there is one, else the computed one. */
  status: ZStatus,
  computedStatus: ZStatus,
  statusReasons: textList,
  override: ZReportOverride.nullable().default(null),
  maturity: ZMaturity,
  responsibleUnit: nullableName,
  latestStatusText: ZText.nullable().default(null),
  /** German sentences on what happened since the previous report. */
  sinceLastReport: textList,
  nextMilestones: z.array(z.object({ title: ZTitle, date: ZIsoDate })).default([]),
  deviations: textList,
  decisions: z.array(ZReportDecision).default([]),
  /** Every milestone with all its dates, so the next report can compute what moved. */
  milestones: z.array(ZReportMilestone).default([]),
});
export type TReportProject = z.infer<typeof ZReportProject>;

const ZStatusCounts = z.object({
  red: z.number().int().nonnegative(),
  amber: z.number().int().nonnegative(),
  green: z.number().int().nonnegative(),
  none: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
});
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

export const ZReportFieldOfAction = z.object({
  key: ZKey,
  title: ZTitle,
  statusDistribution: ZStatusCounts,
  worstStatus: ZStatus,
  projects: z.array(ZReportProject).default([]),
});
export type TReportFieldOfAction = z.infer<typeof ZReportFieldOfAction>;

export const ZReportStatusSummary = z.object({
  byStatus: ZStatusCounts,
  byMaturity: z.object({
    1: z.number().int().nonnegative(),
    2: z.number().int().nonnegative(),
    3: z.number().int().nonnegative(),
  }),
});

export const ZReportKpi = z.object({
  key: ZKey,
  title: ZTitle,
  unit: ZKpiUnit,
  goalKey: ZKey.nullable().default(null),
  values: z
    .array(
      z.object({
        year: ZYear,
        plan: z.number().finite().nullable().default(null),
        actual: z.number().finite().nullable().default(null),
        attainmentPercent: z.number().finite().nullable().default(null),
      }),
    )
    .default([]),
});
export type TReportKpi = z.infer<typeof ZReportKpi>;

/** Budget lines summed per year, kind and funding source; positions are Stellen. */
export const ZReportBudgetLine = z.object({
  year: ZYear,
  kind: ZBudgetKind,
  fundingSource: nullableName,
  plan: ZAmount.nullable().default(null),
  actual: ZAmount.nullable().default(null),
  positions: z.number().finite().min(0).nullable().default(null),
});
export type TReportBudgetLine = z.infer<typeof ZReportBudgetLine>;

export const ZReportFinances = z.object({
  budgetLines: z.array(ZReportBudgetLine).default([]),
});

// ---- What changed since the previous report ------------------------------------------------

const projectChange = { projectKey: ZKey, projectTitle: ZTitle, sentence: ZText };
const milestoneChange = { ...projectChange, milestoneKey: ZKey, milestoneTitle: ZTitle };

export const ZReportChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('projectAdded'), ...projectChange }),
  z.object({ kind: z.literal('projectRemoved'), ...projectChange }),
  z.object({ kind: z.literal('statusChanged'), ...projectChange, from: ZStatus, to: ZStatus }),
  z.object({ kind: z.literal('maturityChanged'), ...projectChange, from: ZMaturity, to: ZMaturity }),
  z.object({ kind: z.literal('milestoneReached'), ...milestoneChange, actualDate: ZIsoDate }),
  z.object({ kind: z.literal('milestoneAdded'), ...milestoneChange, date: ZIsoDate.nullable() }),
  z.object({
    kind: z.literal('milestoneSlipped'),
    ...milestoneChange,
    fromDate: ZIsoDate,
    toDate: ZIsoDate,
    days: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal('decisionAdded'),
    ...projectChange,
    decisionKey: ZKey,
    date: ZIsoDate,
    committee: ZName,
    subject: ZTitle,
  }),
]);
export type TReportChange = z.infer<typeof ZReportChange>;
export type TReportChangeKind = TReportChange['kind'];

export const REPORT_CHANGE_KIND_LABELS: Record<TReportChangeKind, string> = {
  projectAdded: 'Neues Projekt',
  projectRemoved: 'Projekt entfallen',
  statusChanged: 'Ampel geändert',
  maturityChanged: 'Reifegrad geändert',
  milestoneReached: 'Meilenstein erreicht',
  milestoneAdded: 'Neuer Meilenstein',
  milestoneSlipped: 'Termin verschoben',
  decisionAdded: 'Neuer Beschluss',
};

export const ZReportDiff = z.object({
  /** The Stichtag of the report compared with; null for a first report. */
  previousAsOfDate: ZIsoDate.nullable(),
  entries: z.array(ZReportChange),
});
export type TReportDiff = z.infer<typeof ZReportDiff>;

/** One landscape print page of the Gantt figure. */
export const ZReportTimelinePage = z.object({
  svg: z.string().min(1),
  /** Which part of the figure the page holds ("Teil 2 von 4, Projektzeilen 1–14, Zeitraum 2021–2023"). */
  label: z.string().default(''),
});
export type TReportTimelinePage = z.infer<typeof ZReportTimelinePage>;

// ---- The snapshot ---------------------------------------------------------------------------

export function defaultResolution(committee: string): string {
  return `Der ${committee} nimmt den Sachstandsbericht zur Kenntnis.`;
}

export const ZReportSnapshot = z
  .object({
    meta: ZReportMeta,
    sections: ZReportSections.default({
      legalFrame: { enabled: true, text: null },
      projects: { enabled: true, text: null },
      statusSummary: { enabled: true, text: null },
      changes: { enabled: true, text: null },
      kpis: { enabled: true, text: null },
      timeline: { enabled: true, text: null },
      finances: { enabled: true, text: null },
      resolution: { enabled: true, text: null },
    }),
    obligations: z.array(ZReportObligation).default([]),
    fieldsOfAction: z.array(ZReportFieldOfAction).default([]),
    statusSummary: ZReportStatusSummary,
    kpis: z.array(ZReportKpi).default([]),
    finances: ZReportFinances.default({ budgetLines: [] }),
    changes: ZReportDiff.default({ previousAsOfDate: null, entries: [] }),
    /** The Beschlussvorschlag; defaults to "Der {committee} nimmt den Sachstandsbericht zur Kenntnis." */
    resolution: ZText.nullable().default(null),
    /** The Gantt figure as rendered by shared/timeline/svg.ts, in one drawing (HTML). */
    timelineSvg: z.string().optional(),
    /**
     * The same figure cut into landscape print pages (PDF and DOCX). The DOCX rasterises them
     * when it is rendered (server/reports/raster.ts); snapshots from before this field have the
     * one drawing only and are printed from that.
     */
    timelinePages: z.array(ZReportTimelinePage).optional(),
    /**
     * The whole names of the phases in the figure, project by project in the figure's order
     * (`project`: its number and title as the figure's row says them), when the bars carry the
     * names (cut with "…" where a segment is short) instead of the legend: the report lists them
     * under the figure, so that a cut name is found beside its project. Absent when the legend
     * names the phases, and in snapshots from before this field.
     */
    timelinePhases: z
      .array(z.object({ project: z.string().min(1), phases: z.array(z.string().min(1)).min(1) }))
      .optional(),
    /** A PNG of the figure (base64), used by the DOCX instead of rasterising when present. */
    timelinePng: z.string().optional(),
  })
  .transform((snapshot) => ({
    ...snapshot,
    resolution: snapshot.resolution ?? defaultResolution(snapshot.meta.committee),
  }));

export type TReportSnapshot = z.infer<typeof ZReportSnapshot>;
/** What a producer writes before defaults are filled in. */
export type TReportSnapshotInput = z.input<typeof ZReportSnapshot>;
