import { forgetChartPositions } from '../features/schedule/chart-position';

/**
 * A login or logout in one tab changes the session cookie of every tab of the browser. The other
 * tabs hear of it here (BroadcastChannel, same origin), so that none of them goes on showing the
 * previous user's name, role and controls over the new user's data.
 */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('digitalisierungs-cockpit:session');

/**
 * Tells the other tabs that the session changed; this tab does not hear it (one channel object).
 * What this tab kept of the previous user's view (the Zeitplan's positions) goes.
 */
export function announceSessionChange(): void {
  forgetChartPositions();
  channel?.postMessage('changed');
}

/**
 * Calls `listener` when another tab logged in or out (after forgetting this tab's Zeitplan
 * positions); returns the unsubscribe function.
 */
export function onSessionChange(listener: () => void): () => void {
  if (!channel) return () => undefined;
  const handler = () => {
    forgetChartPositions();
    listener();
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
