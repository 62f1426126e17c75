import { and, asc, desc, eq, inArray } from 'drizzle-orm';
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
  statusOverrides,
  statusUpdates,
  users,
} from '../../db/schema';
import { requireProjectInOrganisation } from './portfolio-read';

/** Everything about one project, as the project page shows it. */
export function getProjectDetail(db: Db, organisationId: number, projectId: number) {
  const project = requireProjectInOrganisation(db, organisationId, projectId);
  const field = db.select().from(fieldsOfAction).where(eq(fieldsOfAction.id, project.fieldOfActionId)).get()!;
  const programme = db
    .select({ id: programmes.id, title: programmes.title, key: programmes.key })
    .from(programmes)
    .where(eq(programmes.id, project.programmeId))
    .get()!;
  const lead = project.leadUserId
    ? (db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.id, project.leadUserId)).get() ?? null)
    : null;
  const parent = project.parentId
    ? (db
        .select({ id: projects.id, title: projects.title, code: projects.code })
        .from(projects)
        .where(eq(projects.id, project.parentId))
        .get() ?? null)
    : null;
  const children = db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      maturity: projects.maturity,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      responsibleUnit: projects.responsibleUnit,
    })
    .from(projects)
    .where(eq(projects.parentId, projectId))
    .orderBy(asc(projects.sortOrder), asc(projects.id))
    .all();
  const projectAndChildren = [projectId, ...children.map((c) => c.id)];
  const milestoneRows = db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.plannedDate), asc(milestones.id))
    .all();
  const phases = db
    .select()
    .from(projectPhases)
    .where(eq(projectPhases.projectId, projectId))
    .orderBy(asc(projectPhases.startDate), asc(projectPhases.sortOrder))
    .all();
  const goalRows = db
    .select({ id: goals.id, key: goals.key, kind: goals.kind, text: goals.text, dueDate: goals.dueDate })
    .from(projectGoals)
    .innerJoin(goals, eq(goals.id, projectGoals.goalId))
    .where(eq(projectGoals.projectId, projectId))
    .orderBy(asc(goals.sortOrder))
    .all();
  const goalIds = goalRows.map((g) => g.id);
  const kpiRows = goalIds.length
    ? db.select().from(kpis).where(inArray(kpis.goalId, goalIds)).orderBy(asc(kpis.sortOrder)).all()
    : [];
  const kpiValueRows = kpiRows.length
    ? db
        .select()
        .from(kpiValues)
        .where(inArray(kpiValues.kpiId, kpiRows.map((k) => k.id)))
        .orderBy(asc(kpiValues.year))
        .all()
    : [];
  const obligations = db
    .select({
      id: legalObligations.id,
      key: legalObligations.key,
      law: legalObligations.law,
      paragraph: legalObligations.paragraph,
      title: legalObligations.title,
      deadline: legalObligations.deadline,
      bindingness: legalObligations.bindingness,
    })
    .from(obligationProjects)
    .innerJoin(legalObligations, eq(legalObligations.id, obligationProjects.obligationId))
    .where(eq(obligationProjects.projectId, projectId))
    .orderBy(asc(legalObligations.deadline))
    .all();
  const budget = db
    .select()
    .from(budgetLines)
    .where(inArray(budgetLines.projectId, projectAndChildren))
    .orderBy(asc(budgetLines.year), asc(budgetLines.id))
    .all();
  const decisionRows = db
    .select({
      id: decisions.id,
      date: decisions.date,
      subject: decisions.subject,
      outcome: decisions.outcome,
      committee: committees.name,
    })
    .from(decisionProjects)
    .innerJoin(decisions, eq(decisions.id, decisionProjects.decisionId))
    .innerJoin(committees, eq(committees.id, decisions.committeeId))
    .where(eq(decisionProjects.projectId, projectId))
    .orderBy(desc(decisions.date))
    .all();
  const predecessors = db
    .select({ id: projects.id, code: projects.code, title: projects.title, plannedEnd: projects.plannedEnd })
    .from(projectDependencies)
    .innerJoin(projects, eq(projects.id, projectDependencies.predecessorId))
    .where(eq(projectDependencies.successorId, projectId))
    .all();
  const successors = db
    .select({ id: projects.id, code: projects.code, title: projects.title, plannedStart: projects.plannedStart })
    .from(projectDependencies)
    .innerJoin(projects, eq(projects.id, projectDependencies.successorId))
    .where(eq(projectDependencies.predecessorId, projectId))
    .all();
  const updates = db
    .select()
    .from(statusUpdates)
    .where(eq(statusUpdates.projectId, projectId))
    .orderBy(desc(statusUpdates.date), desc(statusUpdates.id))
    .all();
  const overrides = db
    .select()
    .from(statusOverrides)
    .where(and(eq(statusOverrides.projectId, projectId)))
    .orderBy(desc(statusOverrides.createdAt))
    .all();

  return {
    project: { ...project, fieldOfActionTitle: field.title, programme, lead, parent },
    children,
    phases,
    milestones: milestoneRows,
    goals: goalRows,
    kpis: kpiRows.map((k) => ({ ...k, values: kpiValueRows.filter((v) => v.kpiId === k.id) })),
    obligations,
    budget,
    decisions: decisionRows,
    predecessors,
    successors,
    statusUpdates: updates,
    overrides,
  };
}
