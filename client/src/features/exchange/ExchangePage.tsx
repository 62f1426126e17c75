import { hasPermission } from '../../../../shared/auth/permissions';
import { useCurrentUser } from '../../app/current-user';
import { usePageTitle } from '../../ui/usePageTitle';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/**
 * Import and export of a whole programme in the exchange format. Everyone who reads the
 * portfolio may export it; only the steering office imports.
 */
export function ExchangePage() {
  usePageTitle('Import/Export');
  const user = useCurrentUser();
  const mayImport = hasPermission(user.role, 'importExport');
  return (
    <div className="exchange">
      <h1>Import/Export</h1>
      {mayImport ? (
        <ImportSection />
      ) : (
        <p className="muted">Programme importieren kann nur der Steuerungsdienst.</p>
      )}
      <ExportSection />
    </div>
  );
}
