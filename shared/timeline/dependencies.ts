import type { TimelineModel, TimelineProject } from './model';

/**
 * Dependencies of the timeline as facts about each project, for the texts (bar names, tooltips,
 * table): the arrows alone are drawn in a layer hidden from assistive technology.
 *
 * Only dependencies with both ends in the model are named. The model holds nothing else: the
 * server keeps the dependencies inside the scope (a filtered portfolio, a programme), and the wire
 * form drops a dependency whose end is not among the projects. So a dependency on a project that
 * is filtered out is left out of the texts, as it is left out of the chart; there is no name to
 * give it. A dependency whose other end is only folded away (a collapsed group or parent) is named:
 * that project is part of the view.
 */

/**
 * The chart's rule, for the dashed red arrow and for the texts alike: a dependency is violated
 * when the dependent project is planned to start before its prerequisite's planned end. Without
 * both dates nothing is violated.
 */
export function isDependencyViolated(from: TimelineProject, to: TimelineProject): boolean {
  return from.plannedEnd !== null && to.plannedStart !== null && to.plannedStart < from.plannedEnd;
}

export interface ProjectDependencies {
  /** The projects this project depends on (its prerequisites), in the model's order. */
  readonly dependsOn: readonly TimelineProject[];
  /** The projects that depend on this project. */
  readonly prerequisiteFor: readonly TimelineProject[];
}

export const NO_DEPENDENCIES: ProjectDependencies = { dependsOn: [], prerequisiteFor: [] };

const indexes = new WeakMap<TimelineModel, Map<string, ProjectDependencies>>();

function dependencyIndex(model: TimelineModel): Map<string, ProjectDependencies> {
  const cached = indexes.get(model);
  if (cached) return cached;
  const index = new Map<string, { dependsOn: TimelineProject[]; prerequisiteFor: TimelineProject[] }>();
  indexes.set(model, index);
  if (model.dependencies.length === 0) return index;

  // Only the projects at an end of a dependency are looked up (one pass over the rows).
  const ends = new Map<string, TimelineProject | null>();
  for (const dependency of model.dependencies) {
    ends.set(dependency.fromId, null);
    ends.set(dependency.toId, null);
  }
  for (const project of model.rows) if (ends.has(project.id)) ends.set(project.id, project);

  const entry = (id: string) => {
    let found = index.get(id);
    if (!found) {
      found = { dependsOn: [], prerequisiteFor: [] };
      index.set(id, found);
    }
    return found;
  };
  const seen = new Set<string>();
  for (const dependency of model.dependencies) {
    const from = ends.get(dependency.fromId);
    const to = ends.get(dependency.toId);
    if (!from || !to || from === to) continue;
    const key = `${from.id}>${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entry(to.id).dependsOn.push(from);
    entry(from.id).prerequisiteFor.push(to);
  }
  return index;
}

/** The dependencies of one project in `model` (cached per model object). */
export function projectDependencies(model: TimelineModel, projectId: string): ProjectDependencies {
  return dependencyIndex(model).get(projectId) ?? NO_DEPENDENCIES;
}
