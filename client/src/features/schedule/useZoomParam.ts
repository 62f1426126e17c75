import { useEffect, useRef, type RefObject } from 'react';
import { ZOOM_LABELS, ZOOM_LEVELS, type TTimelineZoom } from '../../../../shared/timeline/scale';

/**
 * Follows the zoom level chosen inside TimelineView (buttons, + and − keys), so the page can
 * keep it in the URL. TimelineView takes only an initial zoom and reports no change, so this
 * watches the pressed button of its "Zoomstufe" group — until TimelineView offers an
 * `onZoomChange` callback, which would replace this hook.
 */
export function useZoomChanges(container: RefObject<HTMLElement | null>, onZoom: (zoom: TTimelineZoom) => void): void {
  const onZoomRef = useRef(onZoom);
  useEffect(() => {
    onZoomRef.current = onZoom;
  }, [onZoom]);

  useEffect(() => {
    const root = container.current;
    if (!root || typeof MutationObserver === 'undefined') return;
    const read = () => {
      const pressed = root.querySelector('[role="group"][aria-label="Zoomstufe"] [aria-pressed="true"]');
      const text = pressed?.textContent?.trim();
      const level = ZOOM_LEVELS.find((candidate) => ZOOM_LABELS[candidate] === text);
      if (level) onZoomRef.current(level);
    };
    const observer = new MutationObserver(read);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-pressed'] });
    return () => observer.disconnect();
  }, [container]);
}
