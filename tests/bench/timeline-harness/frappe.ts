import './start';
import Gantt from 'frappe-gantt';
// Resolved by an alias in timeline.ts: the package's exports map does not list its stylesheet.
import 'frappe-gantt/dist/frappe-gantt.css';
import { loadBenchModel } from './load-data';
import { markFirstPaintOf } from './marks';

void loadBenchModel().then((model) => {
  // The same 5,000 projects as frappe tasks, with the same dependencies.
  const predecessors = new Map<string, string[]>();
  for (const dependency of model.dependencies) {
    const list = predecessors.get(dependency.toId) ?? [];
    list.push(dependency.fromId);
    predecessors.set(dependency.toId, list);
  }
  const tasks = model.rows.map((project) => ({
    id: project.id,
    name: `${project.code ?? ''} ${project.title}`,
    start: project.plannedStart as string,
    end: project.plannedEnd as string,
    progress: project.maturity === 3 ? 100 : project.maturity === 2 ? 50 : 10,
    dependencies: (predecessors.get(project.id) ?? []).join(', '),
  }));

  new Gantt('#gantt', tasks, {
    view_mode: 'Month',
    container_height: 720,
    readonly: true,
    scroll_to: model.today,
    today_button: false,
    infinite_padding: false,
  });
  markFirstPaintOf('#gantt .bar-wrapper', '#gantt .gantt-container', '#gantt .gantt-container');
});
