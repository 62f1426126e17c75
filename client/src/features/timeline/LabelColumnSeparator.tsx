import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { LABEL_COLUMN_STEP, labelColumnBounds, storeChosenLabelWidth } from './label-column';

/**
 * The movable border between the label column and the dates (WAI-ARIA window splitter): drag it,
 * or focus it and press the arrow keys (with Shift: larger steps), Pos1/Ende for the narrowest and
 * widest column; a double click or Entf returns to the width that suits the window. The width
 * chosen is kept in this browser.
 */
export function LabelColumnSeparator({
  width,
  viewportWidth,
  height,
  onChange,
}: {
  width: number;
  viewportWidth: number;
  /** Height of the date header, which the separator spans. */
  height: number;
  onChange: (width: number | null) => void;
}) {
  const bounds = labelColumnBounds(viewportWidth);
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);

  const choose = (next: number | null) => {
    const clamped = next === null ? null : Math.min(bounds.max, Math.max(bounds.min, Math.round(next)));
    storeChosenLabelWidth(clamped);
    onChange(clamped);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? LABEL_COLUMN_STEP * 4 : LABEL_COLUMN_STEP;
    const next: Record<string, number | null> = {
      ArrowLeft: width - step,
      ArrowRight: width + step,
      Home: bounds.min,
      End: bounds.max,
      Delete: null,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    choose(next[event.key] as number | null);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const next = Math.min(bounds.max, Math.max(bounds.min, drag.current.startWidth + event.clientX - drag.current.startX));
    drag.current.width = next;
    // Shown at once; kept in the browser when the drag ends.
    onChange(next);
  };
  const onPointerEnd = () => {
    if (!drag.current) return;
    const { width: chosen, startWidth } = drag.current;
    drag.current = null;
    if (chosen !== startWidth) choose(chosen);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Breite der Spalte Projekt"
      aria-valuemin={bounds.min}
      aria-valuemax={bounds.max}
      aria-valuenow={width}
      aria-valuetext={`${width} Pixel`}
      title="Spaltenbreite ändern: ziehen oder Pfeiltasten; Doppelklick stellt die Standardbreite her"
      tabIndex={0}
      className="tl-label-separator"
      style={{ left: width - 4, height }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onDoubleClick={() => choose(null)}
    />
  );
}
