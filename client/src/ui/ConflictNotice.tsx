/**
 * Shown when a save was refused because someone else changed the record meanwhile: nothing is
 * overwritten; "Neu laden" fetches the current state and reopens the form with it.
 */
export function ConflictNotice({
  message,
  onReload,
  reloading,
}: {
  message: string;
  onReload: () => void;
  reloading: boolean;
}) {
  return (
    <div className="conflict-notice" role="alert">
      <p className="conflict-notice__message">
        <strong>{message}</strong>
      </p>
      <p>Ihre Eingaben wurden nicht gespeichert, damit die Änderung der anderen Person nicht überschrieben wird.</p>
      <button type="button" className="button button--primary" onClick={onReload} disabled={reloading}>
        {reloading ? 'Wird geladen …' : 'Neu laden'}
      </button>
    </div>
  );
}
