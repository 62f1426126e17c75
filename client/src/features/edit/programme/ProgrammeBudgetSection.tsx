import { BudgetLineCreateDialog } from '../../project/BudgetDialogs';
import { BudgetLinesTable } from '../../project/BudgetLinesTable';
import { DialogButton } from '../DialogButton';
import { projectOptions, type SectionProps } from './types';

export function ProgrammeBudgetSection({ structure, canEdit, fresh }: SectionProps) {
  const titles = new Map(structure.projects.map((p) => [p.id, p.title]));
  const options = projectOptions(structure);
  return (
    <section aria-labelledby="budget-admin-heading">
      <h2 id="budget-admin-heading">Budget</h2>
      <BudgetLinesTable
        lines={structure.budgetLines}
        empty="Noch keine Budgetzeilen."
        canEdit={canEdit}
        projects={options}
        fetchLines={async () => (await fresh()).budgetLines}
        projectOf={(b) => (b.projectId ? titles.get(b.projectId) : 'Programm insgesamt')}
      />
      {canEdit && (
        <DialogButton label="Budgetzeile anlegen" className="button">
          {(close) => <BudgetLineCreateDialog programmeId={structure.programme.id} projectId={null} projects={options} onClose={close} />}
        </DialogButton>
      )}
    </section>
  );
}
