import { formatDate, formatDateTime, formatEuro, formatNumber, formatThousandEuro } from '../../shared/dates/format';
import { BINDINGNESS_LABELS, BUDGET_KIND_LABELS, KPI_UNIT_LABELS, MATURITY_LABELS } from '../../shared/schemas/domain';
import type { TKpiUnit, TMaturity, TStatus } from '../../shared/schemas/domain';
import {
  FULFILMENT_LABELS,
  REPORT_CHANGE_KIND_LABELS,
  type TReportFieldOfAction,
  type TReportKpi,
  type TReportProject,
  type TReportSectionKey,
  type TReportSnapshot,
} from '../../shared/schemas/report';
import { STATUS_PRESENTATION } from '../../shared/status/presentation';
import { compareStatusSeverity } from '../../shared/status/rollup';

/**
 * The Sachstandsbericht as a sequence of blocks (headings, paragraphs, lists, tables, the
 * timeline figure). PDF, DOCX and HTML render the same blocks, so section order, headings and
 * wording are decided once, here, and the three outputs cannot drift apart.
 */

/** 0 = document title, 1 = part of the Vorlage, 2 = section, 3 = Handlungsfeld, 4 = project. */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

export interface TableColumn {
  header: string;
  /** Relative width; the renderers scale the columns to the text width. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableCell {
  text: string;
  /** Shown as Ampel: shape plus text label. */
  status?: TStatus;
}

export type ReportBlock =
  | { type: 'title'; kicker: string; text: string; subtitle: string }
  | { type: 'heading'; level: HeadingLevel; text: string }
  | { type: 'paragraph'; text: string; label?: string; emphasis?: boolean }
  | { type: 'status'; label: string; status: TStatus; note?: string }
  | { type: 'list'; label: string; items: string[] }
  /** Label/value rows with row headers, such as the heading block of the Vorlage. */
  | { type: 'facts'; caption: string; rows: { label: string; value: string }[] }
  | { type: 'table'; caption: string; columns: TableColumn[]; rows: TableCell[][]; rowHeaders?: boolean }
  | { type: 'timeline'; alt: string; caption: string };

export const PART_HEADINGS = {
  facts: 'Darstellung der Sach- und Rechtslage',
} as const;

export const SECTION_HEADINGS: Record<TReportSectionKey, string> = {
  legalFrame: 'Rechtlicher Rahmen',
  projects: 'Handlungsfelder und Projekte',
  statusSummary: 'Ampelübersicht',
  changes: 'Veränderungen seit dem letzten Bericht',
  kpis: 'Kennzahlen',
  timeline: 'Zeitplan',
  finances: 'Darstellung der finanziellen Auswirkungen',
  resolution: 'Beschlussvorschlag',
};

/** Sections under "Darstellung der Sach- und Rechtslage"; the others are parts of their own. */
const FACT_SECTIONS = ['legalFrame', 'projects', 'statusSummary', 'changes', 'kpis', 'timeline'] as const;

export const TIMELINE_MISSING_NOTE = 'Zeitplan siehe Anlage.';

/** The title in PDF info, DOCX core properties and the HTML <title>. */
export function documentTitle(s: TReportSnapshot): string {
  return `${s.meta.subject} – ${s.meta.organisationName} – Stichtag ${formatDate(s.meta.asOfDate)}`;
}

/** The running header: organisation · subject · Stichtag. */
export function runningHeader(s: TReportSnapshot): string {
  return `${s.meta.organisationName} · ${s.meta.subject} · Stichtag ${formatDate(s.meta.asOfDate)}`;
}

export function pageLabel(page: number, total: number): string {
  return `Seite ${page} von ${total}`;
}

/** Free texts are plain text; a blank line separates paragraphs. */
export function paragraphsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export function statusLabel(status: TStatus): string {
  return STATUS_PRESENTATION[status].label;
}

export function maturityLabel(level: TMaturity): string {
  return `${level} – ${MATURITY_LABELS[level]}`;
}

export function projectHeading(project: Pick<TReportProject, 'code' | 'title'>): string {
  return project.code ? `${project.code} ${project.title}` : project.title;
}

export function formatKpiValue(unit: TKpiUnit, value: number | null): string {
  if (value === null) return '–';
  switch (unit) {
    case 'count':
      return formatNumber(value);
    case 'percent':
      return `${formatNumber(value)} %`;
    case 'yesno':
      return value ? 'ja' : 'nein';
    case 'euro':
      return formatEuro(value);
  }
}

function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 0) return daysLeft === 1 ? 'noch 1 Tag' : `noch ${formatNumber(daysLeft)} Tage`;
  if (daysLeft === 0) return 'Frist endet am Stichtag';
  const over = -daysLeft;
  return over === 1 ? 'seit 1 Tag überschritten' : `seit ${formatNumber(over)} Tagen überschritten`;
}

function money(value: number | null): string {
  return value === null ? '–' : formatThousandEuro(value);
}

export function buildReportDocument(s: TReportSnapshot): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      type: 'title',
      kicker: 'Mitteilungsvorlage',
      text: s.meta.subject,
      subtitle: `${s.meta.organisationName} · ${s.meta.programmeTitle}`,
    },
    {
      type: 'facts',
      caption: 'Angaben zur Vorlage',
      rows: [
        { label: 'Gremium', value: s.meta.committee },
        { label: 'Sitzung', value: s.meta.meetingDate ? formatDate(s.meta.meetingDate) : 'noch nicht terminiert' },
        { label: 'Betreff', value: s.meta.subject },
        { label: 'Federführung', value: s.meta.leadUnit ?? '–' },
        { label: 'Vorlage-Nr.', value: s.meta.vorlageNumber ?? '–' },
        { label: 'Stichtag', value: formatDate(s.meta.asOfDate) },
        { label: 'Programm', value: s.meta.programmeTitle },
      ],
    },
    { type: 'paragraph', text: `Erstellt am ${formatDateTime(s.meta.generatedAt)} Uhr.` },
  ];

  const on = (key: TReportSectionKey) => s.sections[key].enabled;
  const intro = (key: TReportSectionKey): ReportBlock[] =>
    paragraphsOf(s.sections[key].text).map((text) => ({ type: 'paragraph', text }));
  const builders: Record<(typeof FACT_SECTIONS)[number], () => ReportBlock[]> = {
    legalFrame: () => legalFrame(s),
    projects: () => projects(s),
    statusSummary: () => statusSummary(s),
    changes: () => changes(s),
    kpis: () => kpis(s),
    timeline: () => timeline(s),
  };

  const factSections = FACT_SECTIONS.filter(on);
  if (factSections.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: PART_HEADINGS.facts });
    for (const key of factSections) {
      blocks.push({ type: 'heading', level: 2, text: SECTION_HEADINGS[key] }, ...intro(key), ...builders[key]());
    }
  }
  if (on('finances')) {
    blocks.push({ type: 'heading', level: 1, text: SECTION_HEADINGS.finances }, ...intro('finances'), ...finances(s));
  }
  if (on('resolution')) {
    blocks.push(
      { type: 'heading', level: 1, text: SECTION_HEADINGS.resolution },
      ...intro('resolution'),
      { type: 'paragraph', text: s.resolution, emphasis: true },
    );
  }
  return blocks;
}

function legalFrame(s: TReportSnapshot): ReportBlock[] {
  if (s.obligations.length === 0) {
    return [{ type: 'paragraph', text: 'Dem Programm sind keine rechtlichen Fristen zugeordnet.' }];
  }
  return [
    {
      type: 'table',
      caption: 'Rechtliche Fristen und ihr Erfüllungsstand',
      columns: [
        { header: 'Rechtsgrundlage', width: 1.3 },
        { header: 'Pflicht', width: 2 },
        { header: 'Frist', width: 1.4 },
        { header: 'Verbindlichkeit', width: 1.3 },
        { header: 'Erfüllung', width: 1.2 },
        { header: 'Umsetzende Projekte', width: 2.2 },
      ],
      rows: s.obligations.map((o) => [
        { text: `${o.paragraph} ${o.law}` },
        { text: o.title },
        { text: o.deadline ? [formatDate(o.deadline), daysLeftText(o.daysLeft)].filter(Boolean).join(', ') : 'ohne Frist' },
        { text: BINDINGNESS_LABELS[o.bindingness] },
        { text: FULFILMENT_LABELS[o.fulfilment] },
        {
          text:
            o.projects.length > 0
              ? o.projects.map((p) => `${p.title} (Reifegrad ${p.maturity})`).join('; ')
              : 'noch keinem Projekt zugeordnet',
        },
      ]),
    },
  ];
}

function projects(s: TReportSnapshot): ReportBlock[] {
  if (s.fieldsOfAction.length === 0) {
    return [{ type: 'paragraph', text: 'Im Programm sind keine Handlungsfelder erfasst.' }];
  }
  return s.fieldsOfAction.flatMap((field) => [
    { type: 'heading', level: 3, text: `Handlungsfeld ${field.title}` } as const,
    fieldSummary(field),
    ...orderedProjects(field).flatMap((project) => projectBlocks(project, field)),
  ]);
}

function fieldSummary(field: TReportFieldOfAction): ReportBlock {
  const counts = (Object.keys(field.statusDistribution) as TStatus[])
    .filter((status) => field.statusDistribution[status] > 0)
    .sort(compareStatusSeverity)
    .map((status) => `${field.statusDistribution[status]} × ${statusLabel(status)}`);
  const total = field.projects.length;
  return {
    type: 'paragraph',
    text:
      total === 0
        ? 'Diesem Handlungsfeld sind keine Projekte zugeordnet.'
        : `${total === 1 ? '1 Projekt' : `${total} Projekte`}: ${counts.join(', ')}. Schlechtester Status: ${statusLabel(field.worstStatus)}.`,
  };
}

/** Sub-projects follow their parent; the order within each level is the snapshot's. */
export function orderedProjects(field: TReportFieldOfAction): TReportProject[] {
  const keys = new Set(field.projects.map((p) => p.key));
  const children = new Map<string, TReportProject[]>();
  const roots: TReportProject[] = [];
  for (const project of field.projects) {
    if (project.parentKey && keys.has(project.parentKey)) {
      children.set(project.parentKey, [...(children.get(project.parentKey) ?? []), project]);
    } else {
      roots.push(project);
    }
  }
  const ordered: TReportProject[] = [];
  const visit = (project: TReportProject) => {
    ordered.push(project);
    for (const child of children.get(project.key) ?? []) visit(child);
  };
  roots.forEach(visit);
  return ordered;
}

function projectBlocks(project: TReportProject, field: TReportFieldOfAction): ReportBlock[] {
  const parent = project.parentKey ? field.projects.find((p) => p.key === project.parentKey) : undefined;
  const blocks: ReportBlock[] = [{ type: 'heading', level: 4, text: projectHeading(project) }];
  if (parent) blocks.push({ type: 'paragraph', label: 'Teilprojekt von', text: projectHeading(parent) });
  blocks.push({
    type: 'status',
    label: 'Ampel',
    status: project.status,
    note: project.override
      ? `manuell gesetzt von ${project.override.author}, berechnet: ${statusLabel(project.computedStatus)}. Begründung: ${project.override.justification}`
      : undefined,
  });
  blocks.push({ type: 'paragraph', label: 'Reifegrad', text: maturityLabel(project.maturity) });
  if (project.responsibleUnit) blocks.push({ type: 'paragraph', label: 'Federführung', text: project.responsibleUnit });
  const list = (label: string, items: string[]) => {
    if (items.length > 0) blocks.push({ type: 'list', label, items });
  };
  list('Gründe für den Status', project.statusReasons);
  if (project.latestStatusText) blocks.push({ type: 'paragraph', label: 'Aktueller Stand', text: project.latestStatusText });
  list('Seit dem letzten Bericht', project.sinceLastReport);
  list(
    'Nächste Meilensteine',
    project.nextMilestones.map((m) => `${formatDate(m.date)}: ${m.title}`),
  );
  list('Abweichungen und ihre Gründe', project.deviations);
  list(
    'Beschlüsse',
    project.decisions.map((d) => `${d.committee}, ${formatDate(d.date)}: ${d.subject}`),
  );
  return blocks;
}

function statusSummary(s: TReportSnapshot): ReportBlock[] {
  const statuses: TStatus[] = ['red', 'amber', 'green', 'done', 'none'];
  const byStatus = s.statusSummary.byStatus;
  const total = statuses.reduce((sum, status) => sum + byStatus[status], 0);
  const all = s.fieldsOfAction.flatMap((field) => field.projects.map((project) => ({ field, project })));
  all.sort((a, b) => compareStatusSeverity(a.project.status, b.project.status));

  return [
    {
      type: 'table',
      caption: 'Ampelstatus je Handlungsfeld',
      rowHeaders: true,
      columns: [
        { header: 'Handlungsfeld', width: 2.6 },
        ...statuses.map((status) => ({ header: statusLabel(status), width: 1, align: 'right' as const })),
        { header: 'Gesamt', width: 0.9, align: 'right' },
      ],
      rows: [
        ...s.fieldsOfAction.map((field) => [
          { text: field.title },
          ...statuses.map((status) => ({ text: String(field.statusDistribution[status]) })),
          { text: String(field.projects.length) },
        ]),
        [{ text: 'Programm gesamt' }, ...statuses.map((status) => ({ text: String(byStatus[status]) })), { text: String(total) }],
      ],
    },
    {
      type: 'table',
      caption: 'Projekte nach Ampelstatus',
      columns: [
        { header: 'Projekt', width: 2.3 },
        { header: 'Handlungsfeld', width: 1.5 },
        { header: 'Ampel', width: 1.2 },
        { header: 'Reifegrad', width: 0.8, align: 'right' },
        { header: 'Gründe', width: 3.8 },
      ],
      rows: all.map(({ field, project }) => [
        { text: projectHeading(project) },
        { text: field.title },
        { text: statusLabel(project.status), status: project.status },
        { text: String(project.maturity) },
        {
          text:
            [
              ...project.statusReasons,
              ...(project.override ? [`manuell gesetzt (berechnet: ${statusLabel(project.computedStatus)})`] : []),
            ].join('; ') || '–',
        },
      ]),
    },
    {
      type: 'table',
      caption: 'Projekte nach Reifegrad (Umsetzungsstand 1–3)',
      rowHeaders: true,
      columns: [
        { header: 'Reifegrad', width: 3 },
        { header: 'Anzahl Projekte', width: 1.5, align: 'right' },
      ],
      rows: ([1, 2, 3] as const).map((level) => [
        { text: maturityLabel(level) },
        { text: String(s.statusSummary.byMaturity[level]) },
      ]),
    },
  ];
}

function changes(s: TReportSnapshot): ReportBlock[] {
  const diff = s.changes;
  if (diff.previousAsOfDate === null) {
    return [{ type: 'paragraph', text: 'Es liegt kein früherer Bericht vor; ein Vergleich entfällt.' }];
  }
  const since = formatDate(diff.previousAsOfDate);
  if (diff.entries.length === 0) {
    return [{ type: 'paragraph', text: `Seit dem Bericht zum Stichtag ${since} gab es keine Veränderungen.` }];
  }
  return [
    {
      type: 'table',
      caption: `Veränderungen gegenüber dem Bericht zum Stichtag ${since}`,
      columns: [
        { header: 'Art der Veränderung', width: 1.4 },
        { header: 'Beschreibung', width: 5 },
      ],
      rows: diff.entries.map((entry) => [{ text: REPORT_CHANGE_KIND_LABELS[entry.kind] }, { text: entry.sentence }]),
    },
  ];
}

function kpis(s: TReportSnapshot): ReportBlock[] {
  if (s.kpis.length === 0) return [{ type: 'paragraph', text: 'Es sind keine Kennzahlen erfasst.' }];
  return s.kpis.map((kpi) => kpiTable(kpi));
}

function kpiTable(kpi: TReportKpi): ReportBlock {
  return {
    type: 'table',
    caption: `${kpi.key} ${kpi.title} (${KPI_UNIT_LABELS[kpi.unit]})`,
    rowHeaders: true,
    columns: [
      { header: 'Jahr', width: 1 },
      { header: 'Plan', width: 1.4, align: 'right' },
      { header: 'Ist', width: 1.4, align: 'right' },
      { header: 'Zielerreichung', width: 1.4, align: 'right' },
    ],
    rows: kpi.values.map((v) => [
      { text: String(v.year) },
      { text: formatKpiValue(kpi.unit, v.plan) },
      { text: formatKpiValue(kpi.unit, v.actual) },
      { text: v.attainmentPercent === null ? '–' : `${formatNumber(Math.round(v.attainmentPercent * 10) / 10)} %` },
    ]),
  };
}

/** The label of the list of phase names after the figure, when its bars carry them. */
export const TIMELINE_PHASES_LABEL = 'Phasen im Zeitplan je Projekt (in den Balken gekürzt, wo der Platz nicht reicht)';

function timeline(s: TReportSnapshot): ReportBlock[] {
  const phaseLines = (s.timelinePhases ?? []).map(({ project, phases }) => `${project}: ${phases.join('; ')}`);
  return [
    {
      type: 'timeline',
      caption: `Zeitplan der Projekte, Stand ${formatDate(s.meta.asOfDate)}`,
      alt: timelineAlt(s, phaseLines.length > 0),
    },
    ...(phaseLines.length > 0 ? [{ type: 'list', label: TIMELINE_PHASES_LABEL, items: phaseLines } as const] : []),
  ];
}

/**
 * The figure's alternative text: what it shows, which of that the report also says in words and
 * where, and what only the figure shows. The report gives no project's start or phases' dates.
 */
function timelineAlt(s: TReportSnapshot, phasesListed: boolean): string {
  const shows =
    `Gantt-Diagramm „Zeitplan der Projekte“, Stand ${formatDate(s.meta.asOfDate)}: die Projekte mit Terminen nach ` +
    'Handlungsfeldern, je Projekt eine Zeile mit Nummer, Titel, Ampelstatus und Reifegrad und auf einer Zeitachse ein ' +
    'Balken vom geplanten Beginn bis zum geplanten Ende, gegliedert in Phasen; dazu, soweit erfasst, Basisplan, ' +
    'Meilensteine, Abhängigkeiten zwischen Projekten und rechtliche Fristen.';
  const hasProjects = s.fieldsOfAction.some((field) => field.projects.length > 0);
  const inText: string[] = [];
  if (s.sections.projects.enabled && hasProjects) {
    inText.push(
      'Ampelstatus, Reifegrad, nächste Meilensteine und Verzug gegenüber dem Basisplan je Projekt im Abschnitt „Handlungsfelder und Projekte“',
    );
  } else if (s.sections.statusSummary.enabled && hasProjects) {
    inText.push('Ampelstatus und Reifegrad je Projekt in der „Ampelübersicht“');
  }
  if (s.sections.legalFrame.enabled && s.obligations.some((o) => o.deadline !== null)) {
    inText.push('die rechtlichen Fristen im Abschnitt „Rechtlicher Rahmen“');
  }
  if (phasesListed) inText.push('die Namen der Phasen in der Liste nach dem Diagramm');
  if (inText.length === 0) return `${shows} Der Text des Berichts wiederholt diese Angaben nicht.`;
  return (
    `${shows} Im Text des Berichts stehen: ${inText.join('; ')}. ` +
    'Die Laufzeiten der Projekte und Phasen und die Abhängigkeiten zeigt nur das Diagramm.'
  );
}

function finances(s: TReportSnapshot): ReportBlock[] {
  const lines = s.finances.budgetLines;
  if (lines.length === 0) return [{ type: 'paragraph', text: 'Es sind keine Haushaltsmittel erfasst.' }];
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const sum = (values: (number | null)[]) =>
    values.some((v) => v !== null) ? values.reduce<number>((acc, v) => acc + (v ?? 0), 0) : null;
  return [
    {
      type: 'table',
      caption: 'Haushaltsmittel je Jahr, Art und Finanzierung (Plan und Ist in T€)',
      columns: [
        { header: 'Jahr', width: 0.8 },
        { header: 'Art', width: 1.2 },
        { header: 'Finanzierung', width: 2.4 },
        { header: 'Plan', width: 1.2, align: 'right' },
        { header: 'Ist', width: 1.2, align: 'right' },
        { header: 'Stellen', width: 0.9, align: 'right' },
      ],
      rows: lines.map((l) => [
        { text: String(l.year) },
        { text: BUDGET_KIND_LABELS[l.kind] },
        { text: l.fundingSource ?? 'Haushalt' },
        { text: money(l.plan) },
        { text: money(l.actual) },
        { text: l.positions === null ? '–' : formatNumber(l.positions) },
      ]),
    },
    {
      type: 'table',
      caption: 'Summen je Jahr',
      rowHeaders: true,
      columns: [
        { header: 'Jahr', width: 1 },
        { header: 'Plan gesamt', width: 1.5, align: 'right' },
        { header: 'Ist gesamt', width: 1.5, align: 'right' },
        { header: 'Stellen', width: 1, align: 'right' },
      ],
      rows: years.map((year) => {
        const ofYear = lines.filter((l) => l.year === year);
        const positions = sum(ofYear.map((l) => l.positions));
        return [
          { text: String(year) },
          { text: money(sum(ofYear.map((l) => l.plan))) },
          { text: money(sum(ofYear.map((l) => l.actual))) },
          { text: positions === null ? '–' : formatNumber(positions) },
        ];
      }),
    },
  ];
}
