/** Marks shared by both benchmark pages; read by tests/bench/timeline.ts. */
export const SCRIPT_START = 'bench:script-start';
export const FIRST_RENDER = 'bench:first-render';

declare global {
  interface Window {
    benchReady?: boolean;
    benchScrollerSelector?: string;
  }
}

/** Marks the first frame that has been painted after `rendered` was called. */
export function markAfterNextPaint(scrollerSelector: string): void {
  requestAnimationFrame(() => {
    // rAF runs before the paint of its frame; a message posted there is handled after it.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark(FIRST_RENDER);
      window.benchScrollerSelector = scrollerSelector;
      window.benchReady = true;
    };
    channel.port2.postMessage(null);
  });
}
