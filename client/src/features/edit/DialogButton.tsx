import { useState, type ReactNode } from 'react';

/**
 * A button that opens a dialog. `context` names the record for screen readers ("Bearbeiten:
 * Meilenstein „Abnahme“") while the visible label stays short; the visible text starts the
 * accessible name (WCAG 2.5.3), so voice control works with what is on screen.
 */
export function DialogButton({
  label,
  context,
  className = 'button button--small',
  children,
}: {
  label: string;
  context?: string;
  className?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={context ? `${label}: ${context}` : undefined} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && children(() => setOpen(false))}
    </>
  );
}
