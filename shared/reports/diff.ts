import { formatDate } from '../dates/format';
import { daysBetween } from '../dates/iso-date';
import { MATURITY_LABELS, STATUS_LABELS } from '../schemas/domain';
import type { TMaturity } from '../schemas/domain';
import type {
  TReportChange,
  TReportDiff,
  TReportMilestone,
  TReportProject,
  TReportSnapshot,
} from '../schemas/report';

/**
 * What changed between two Sachstandsberichte. Both are immutable snapshots, so the comparison
 * needs nothing but them: projects, milestones and decisions are matched by their business keys.
 * A first report (no previous one) has no changes to tell.
 */
export function diffSnapshots(previous: TReportSnapshot | null, current: TReportSnapshot): TReportDiff {
  if (!previous) return { previousAsOfDate: null, entries: [] };

  const before = new Map(snapshotProjects(previous).map((p) => [p.key, p]));
  const knownDecisions = new Set(
    snapshotProjects(previous).flatMap((p) => p.decisions.map((d) => d.key)),
  );
  const entries: TReportChange[] = [];

  for (const project of snapshotProjects(current)) {
    const old = before.get(project.key);
    if (!old) {
      entries.push({ kind: 'projectAdded', ...ref(project), sentence: `Das Projekt ${q(project.title)} wurde neu aufgenommen.` });
    } else {
      entries.push(...projectChanges(old, project));
    }
    for (const decision of project.decisions) {
      if (knownDecisions.has(decision.key)) continue;
      entries.push({
        kind: 'decisionAdded',
        ...ref(project),
        decisionKey: decision.key,
        date: decision.date,
        committee: decision.committee,
        subject: decision.subject,
        sentence: `Zum Projekt ${q(project.title)} liegt ein neuer Beschluss vor: ${decision.committee} am ${formatDate(decision.date)} – ${decision.subject}.`,
      });
    }
  }

  const remaining = new Set(snapshotProjects(current).map((p) => p.key));
  for (const old of before.values()) {
    if (remaining.has(old.key)) continue;
    entries.push({
      kind: 'projectRemoved',
      ...ref(old),
      sentence: `Das Projekt ${q(old.title)} ist im Bericht nicht mehr enthalten.`,
    });
  }

  return { previousAsOfDate: previous.meta.asOfDate, entries };
}

/** Every project of a snapshot, in report order (field of action, then as listed). */
export function snapshotProjects(snapshot: TReportSnapshot): TReportProject[] {
  return snapshot.fieldsOfAction.flatMap((field) => field.projects);
}

function projectChanges(old: TReportProject, project: TReportProject): TReportChange[] {
  const entries: TReportChange[] = [];
  if (old.status !== project.status) {
    entries.push({
      kind: 'statusChanged',
      ...ref(project),
      from: old.status,
      to: project.status,
      sentence: `Die Ampel des Projekts ${q(project.title)} wechselte von ${q(STATUS_LABELS[old.status])} auf ${q(STATUS_LABELS[project.status])}.`,
    });
  }
  if (old.maturity !== project.maturity) {
    const direction = project.maturity > old.maturity ? 'stieg' : 'sank';
    entries.push({
      kind: 'maturityChanged',
      ...ref(project),
      from: old.maturity,
      to: project.maturity,
      sentence: `Der Reifegrad des Projekts ${q(project.title)} ${direction} von ${maturity(old.maturity)} auf ${maturity(project.maturity)}.`,
    });
  }

  const oldMilestones = new Map(old.milestones.map((m) => [m.key, m]));
  for (const milestone of project.milestones) {
    const was = oldMilestones.get(milestone.key);
    const change = was ? milestoneChange(project, was, milestone) : milestoneAdded(project, milestone);
    if (change) entries.push(change);
  }
  return entries;
}

function milestoneChange(
  project: TReportProject,
  was: TReportMilestone,
  milestone: TReportMilestone,
): TReportChange | null {
  const base = { ...ref(project), milestoneKey: milestone.key, milestoneTitle: milestone.title };
  if (was.actualDate) return null;
  if (milestone.actualDate) {
    return {
      kind: 'milestoneReached',
      ...base,
      actualDate: milestone.actualDate,
      sentence: `Im Projekt ${q(project.title)} wurde der Meilenstein ${q(milestone.title)} am ${formatDate(milestone.actualDate)} erreicht.`,
    };
  }
  const fromDate = nextDate(was);
  const toDate = nextDate(milestone);
  if (!fromDate || !toDate) return null;
  const days = daysBetween(fromDate, toDate);
  if (days <= 0) return null;
  return {
    kind: 'milestoneSlipped',
    ...base,
    fromDate,
    toDate,
    days,
    sentence: `Im Projekt ${q(project.title)} verschiebt sich der Meilenstein ${q(milestone.title)} um ${days === 1 ? '1 Tag' : `${days} Tage`} vom ${formatDate(fromDate)} auf den ${formatDate(toDate)}.`,
  };
}

function milestoneAdded(project: TReportProject, milestone: TReportMilestone): TReportChange {
  const date = milestone.actualDate ?? nextDate(milestone);
  const when = milestone.actualDate
    ? ` und am ${formatDate(milestone.actualDate)} bereits erreicht`
    : date
      ? ` (geplant zum ${formatDate(date)})`
      : '';
  return {
    kind: 'milestoneAdded',
    ...ref(project),
    milestoneKey: milestone.key,
    milestoneTitle: milestone.title,
    date,
    sentence: `Im Projekt ${q(project.title)} wurde der Meilenstein ${q(milestone.title)} neu aufgenommen${when}.`,
  };
}

/** The date a not yet reached milestone is now expected on. */
function nextDate(milestone: TReportMilestone): string | null {
  return milestone.forecastDate ?? milestone.plannedDate;
}

function ref(project: TReportProject) {
  return { projectKey: project.key, projectTitle: project.title };
}

function maturity(level: TMaturity): string {
  return `${level} (${MATURITY_LABELS[level]})`;
}

/** German quotation marks. */
function q(text: string): string {
  return `„${text}“`;
}
