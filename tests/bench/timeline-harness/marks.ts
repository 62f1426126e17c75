/** Marks shared by both benchmark pages; read by tests/bench/timeline.ts. */
export const SCRIPT_START = 'bench:script-start';
export const DATA_READY = 'bench:data-ready';
export const FIRST_RENDER = 'bench:first-render';

declare global {
  interface Window {
    benchReady?: boolean;
    benchScrollerSelector?: string;
    benchPanSelector?: string;
  }
}

/**
 * Marks the end of the first frame that is painted with rows on screen: checked in each
 * animation frame (which runs before that frame's paint); a message posted there is handled
 * after the paint.
 */
export function markFirstPaintOf(rowSelector: string, scrollerSelector: string, panSelector: string): void {
  const check = () => {
    if (document.querySelectorAll(rowSelector).length < 10) {
      requestAnimationFrame(check);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark(FIRST_RENDER);
      window.benchScrollerSelector = scrollerSelector;
      window.benchPanSelector = panSelector;
      window.benchReady = true;
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}
