import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page
 * inert (focus stays inside), Escape closes it, focus starts in the first field (or the control
 * marked `data-autofocus`) and returns to the control that opened it.
 * Render it only while it is open.
 */
export function Dialog({
  title,
  onClose,
  children,
  describedBy,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Id of an element that describes the dialog (e.g. the question of a confirmation). */
  describedBy?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The opener may be an SVG element too (a Gantt bar or milestone): focus returns to it.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    if (!dialog.open) dialog.showModal();
    // Start where the work is: the marked control, else the first field (not the close button).
    const start =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.edit-dialog__body input:not([type="hidden"]), .edit-dialog__body select, .edit-dialog__body textarea');
    start?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener && opener.isConnected) opener.focus();
      else document.getElementById('inhalt')?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'edit-dialog edit-dialog--wide' : 'edit-dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let React state close the dialog, so it unmounts the same way as "Abbrechen".
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="edit-dialog__header">
        <h2 id={titleId} className="edit-dialog__title">
          {title}
        </h2>
        <button type="button" className="edit-dialog__close" onClick={onClose} aria-label="Dialog schließen">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="edit-dialog__body">{children}</div>
    </dialog>
  );
}
