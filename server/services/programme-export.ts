import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db';
import {
  budgetLines,
  committees,
  decisionProjects,
  decisions,
  fieldsOfAction,
  goals,
  kpis,
  kpiValues,
  legalObligations,
  milestones,
  obligationProjects,
  programmes,
  projectDependencies,
  projectGoals,
  projectPhases,
  projects,
  statusUpdates,
} from '../../db/schema';
import { todayInBerlin } from '../../shared/dates/iso-date';
import { EXCHANGE_FORMAT_VERSION, type TProgrammeExchange } from '../../shared/schemas/exchange';
import { AppError } from '../errors';
import { serializeProgrammeJson } from '../exchange/json';
import { writeProgrammeWorkbook } from '../exchange/xlsx';
import type { Actor } from './actor';
import { appendAudit, type Tx } from './audit';

export type ExportFormat = 'json' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Reads one programme of an organisation into the exchange format (the inverse of the import). */
export function exportProgramme(db: Pick<Db, 'select'>, organisationId: number, programmeId: number): TProgrammeExchange {
  const programme = db.select().from(programmes).where(eq(programmes.id, programmeId)).get();
  if (!programme || programme.organisationId !== organisationId) {
    throw new AppError('NOT_FOUND', `programme ${programmeId} not found in organisation ${organisationId}`, {
      userMessage: 'Das Programm wurde nicht gefunden.',
    });
  }
  const fields = db
    .select()
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.programmeId, programmeId))
    .orderBy(asc(fieldsOfAction.sortOrder), asc(fieldsOfAction.id))
    .all();
  const fieldKey = new Map(fields.map((f) => [f.id, f.key]));
  const projectRows = db
    .select()
    .from(projects)
    .where(eq(projects.programmeId, programmeId))
    .orderBy(asc(projects.sortOrder), asc(projects.id))
    .all();
  const projectKey = new Map(projectRows.map((p) => [p.id, p.key]));
  const projectIds = projectRows.map((p) => p.id);
  const inProjects = <T>(load: (ids: number[]) => T[]) => (projectIds.length ? load(projectIds) : []);

  const dependencies = inProjects((ids) =>
    db.select().from(projectDependencies).where(inArray(projectDependencies.successorId, ids)).all(),
  );
  const goalRows = db
    .select()
    .from(goals)
    .where(eq(goals.programmeId, programmeId))
    .orderBy(asc(goals.sortOrder), asc(goals.id))
    .all();
  const goalKey = new Map(goalRows.map((g) => [g.id, g.key]));
  const projectGoalRows = inProjects((ids) =>
    db.select().from(projectGoals).where(inArray(projectGoals.projectId, ids)).all(),
  );
  const phases = inProjects((ids) =>
    db
      .select()
      .from(projectPhases)
      .where(inArray(projectPhases.projectId, ids))
      .orderBy(asc(projectPhases.sortOrder), asc(projectPhases.id))
      .all(),
  );
  const milestoneRows = inProjects((ids) =>
    db.select().from(milestones).where(inArray(milestones.projectId, ids)).orderBy(asc(milestones.id)).all(),
  );
  const kpiRows = db
    .select()
    .from(kpis)
    .where(eq(kpis.programmeId, programmeId))
    .orderBy(asc(kpis.sortOrder), asc(kpis.id))
    .all();
  const kpiKey = new Map(kpiRows.map((k) => [k.id, k.key]));
  const valueRows = kpiRows.length
    ? db
        .select()
        .from(kpiValues)
        .where(inArray(kpiValues.kpiId, kpiRows.map((k) => k.id)))
        .orderBy(asc(kpiValues.kpiId), asc(kpiValues.year))
        .all()
    : [];
  const obligationRows = db
    .select()
    .from(legalObligations)
    .where(eq(legalObligations.programmeId, programmeId))
    .orderBy(asc(legalObligations.id))
    .all();
  const obligationLinks = obligationRows.length
    ? db
        .select()
        .from(obligationProjects)
        .where(inArray(obligationProjects.obligationId, obligationRows.map((o) => o.id)))
        .all()
    : [];
  const budget = db
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.programmeId, programmeId))
    .orderBy(asc(budgetLines.id))
    .all();
  const decisionRows = db
    .select({ decision: decisions, committee: committees.name })
    .from(decisions)
    .innerJoin(committees, eq(committees.id, decisions.committeeId))
    .where(eq(decisions.programmeId, programmeId))
    .orderBy(asc(decisions.date), asc(decisions.id))
    .all();
  const decisionLinks = decisionRows.length
    ? db
        .select()
        .from(decisionProjects)
        .where(inArray(decisionProjects.decisionId, decisionRows.map((d) => d.decision.id)))
        .all()
    : [];
  const updates = inProjects((ids) =>
    db
      .select()
      .from(statusUpdates)
      .where(inArray(statusUpdates.projectId, ids))
      .orderBy(asc(statusUpdates.date), asc(statusUpdates.id))
      .all(),
  );

  const byProject = <T extends { projectId: number }>(rows: T[], pick: (r: T) => string) => {
    const map = new Map<number, string[]>();
    for (const r of rows) map.set(r.projectId, [...(map.get(r.projectId) ?? []), pick(r)]);
    return map;
  };
  const dependsOn = new Map<number, string[]>();
  for (const d of dependencies) {
    dependsOn.set(d.successorId, [...(dependsOn.get(d.successorId) ?? []), projectKey.get(d.predecessorId)!]);
  }
  const goalsOfProject = byProject(projectGoalRows, (r) => goalKey.get(r.goalId)!);

  return {
    formatVersion: EXCHANGE_FORMAT_VERSION,
    programme: {
      key: programme.key,
      title: programme.title,
      version: programme.versionLabel,
      asOfDate: programme.asOfDate,
      description: programme.description,
      leadUnit: programme.leadUnit,
    },
    fieldsOfAction: fields.map((f) => ({ key: f.key, title: f.title, description: f.description })),
    projects: projectRows.map((p) => ({
      key: p.key,
      code: p.code,
      parentKey: p.parentId ? projectKey.get(p.parentId)! : null,
      fieldOfActionKey: fieldKey.get(p.fieldOfActionId)!,
      title: p.title,
      description: p.description,
      responsibleUnit: p.responsibleUnit,
      responsiblePerson: p.responsiblePerson,
      involvedParties: p.involvedParties,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      maturity: p.maturity as 1 | 2 | 3,
      dependsOn: (dependsOn.get(p.id) ?? []).sort(),
      goalKeys: (goalsOfProject.get(p.id) ?? []).sort(),
    })),
    phases: phases.map((ph) => ({
      projectKey: projectKey.get(ph.projectId)!,
      name: ph.name,
      start: ph.startDate,
      end: ph.endDate,
    })),
    milestones: milestoneRows.map((m) => ({
      key: m.key,
      projectKey: projectKey.get(m.projectId)!,
      title: m.title,
      plannedDate: m.plannedDate,
      baselineDate: m.baselineDate,
      forecastDate: m.forecastDate,
      actualDate: m.actualDate,
      phase: m.phase,
    })),
    goals: goalRows.map((g) => ({
      key: g.key,
      kind: g.kind,
      parentKey: g.parentId ? goalKey.get(g.parentId)! : null,
      text: g.text,
      dueDate: g.dueDate,
    })),
    kpis: kpiRows.map((k) => ({
      key: k.key,
      title: k.title,
      unit: k.unit,
      goalKey: k.goalId ? goalKey.get(k.goalId)! : null,
    })),
    kpiValues: valueRows.map((v) => ({ kpiKey: kpiKey.get(v.kpiId)!, year: v.year, plan: v.plan, actual: v.actual })),
    obligations: obligationRows.map((o) => ({
      key: o.key,
      law: o.law,
      paragraph: o.paragraph,
      title: o.title,
      description: o.description,
      deadline: o.deadline,
      bindingness: o.bindingness,
      projectKeys: obligationLinks
        .filter((l) => l.obligationId === o.id)
        .map((l) => projectKey.get(l.projectId)!)
        .sort(),
    })),
    budgetLines: budget.map((b) => ({
      projectKey: b.projectId ? projectKey.get(b.projectId)! : null,
      year: b.year,
      kind: b.kind,
      fundingSource: b.fundingSource,
      description: b.description,
      plan: b.plan,
      actual: b.actual,
      positions: b.positions,
    })),
    decisions: decisionRows.map(({ decision: d, committee }) => ({
      key: d.key,
      committee,
      date: d.date,
      subject: d.subject,
      outcome: d.outcome,
      projectKeys: decisionLinks
        .filter((l) => l.decisionId === d.id)
        .map((l) => projectKey.get(l.projectId)!)
        .sort(),
    })),
    statusUpdates: updates.map((u) => ({
      projectKey: projectKey.get(u.projectId)!,
      date: u.date,
      status: u.status,
      text: u.text,
      author: u.authorName,
    })),
  };
}

/** A file name from the programme's key: keys may hold "/", which a file name may not. */
export function exportFileName(programmeKey: string, format: ExportFormat, today = todayInBerlin()): string {
  const safeKey = programmeKey.replace(/[^A-Za-z0-9ÄÖÜäöüß._-]+/g, '-');
  return `programm-${safeKey}-${today}.${format}`;
}

/**
 * The programme as a file to download, with an 'export' row in the audit log: the exchange file
 * holds the whole programme, so who took it out of the application is on record.
 */
export async function exportProgrammeFile(
  db: Db,
  actor: Actor,
  programmeId: number,
  format: ExportFormat,
): Promise<ExportFile> {
  const data = db.transaction((tx: Tx) => {
    const document = exportProgramme(tx, actor.organisationId, programmeId);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'export',
      entity: 'programme',
      entityId: programmeId,
      summary: `Programm „${document.programme.title}“ exportiert (${format.toUpperCase()})`,
    });
    return document;
  });
  const body = format === 'xlsx' ? await writeProgrammeWorkbook(data) : Buffer.from(serializeProgrammeJson(data), 'utf8');
  return { fileName: exportFileName(data.programme.key, format), contentType: EXPORT_CONTENT_TYPES[format], body };
}

/**
 * The empty workbook to fill in: every sheet with its headers, hints and selection lists, and
 * a Programm row holding only the format version. The writer takes a document; the template's
 * programme row is blank, which no valid document is, hence the cast.
 */
export function programmeTemplateWorkbook(): Promise<Buffer> {
  const blankProgramme = { key: null, title: null, version: null, asOfDate: null, description: null, leadUnit: null };
  return writeProgrammeWorkbook({
    formatVersion: EXCHANGE_FORMAT_VERSION,
    programme: blankProgramme as unknown as TProgrammeExchange['programme'],
    fieldsOfAction: [],
    projects: [],
    phases: [],
    milestones: [],
    goals: [],
    kpis: [],
    kpiValues: [],
    obligations: [],
    budgetLines: [],
    decisions: [],
    statusUpdates: [],
  });
}
