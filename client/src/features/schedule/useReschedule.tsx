import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '../../../../shared/dates/format';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { useTRPCClient } from '../../lib/trpc';
import type { RescheduleRequest } from '../timeline';
import { describeRequest, RescheduleDialog } from './RescheduleDialog';
import type { TimelineVersions } from './types';

/**
 * Rescheduling from the Gantt: the chart proposes (drag or Shift+arrow keys, then Enter), the
 * user confirms old and new date in a dialog, the date is saved with the version the timeline
 * was read at, and everything shown is fetched again.
 */
export function useReschedule({
  model,
  versions,
  enabled,
  refetch,
}: {
  model: TimelineModel;
  versions: TimelineVersions;
  /** False for roles that may not edit: then the Gantt offers no moving at all. */
  enabled: boolean;
  refetch: () => Promise<unknown>;
}): { onReschedule: ((request: RescheduleRequest) => void) | undefined; dialog: ReactNode; message: string } {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [request, setRequest] = useState<RescheduleRequest | null>(null);
  const [message, setMessage] = useState('');
  // The versions of the latest read: after "Neu laden" the confirmation uses the fresh one.
  const versionsRef = useRef(versions);
  versionsRef.current = versions;

  // The dialog gives focus back only to HTML controls; the moved bar or milestone is SVG.
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);

  const onReschedule = useCallback((next: RescheduleRequest) => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    setMessage('');
    setRequest(next);
  }, []);

  useEffect(() => {
    if (request !== null) return;
    const element = returnFocus.current;
    returnFocus.current = null;
    if (element?.isConnected) element.focus({ preventScroll: true });
  }, [request]);

  const confirm = async (current: RescheduleRequest) => {
    const table = current.kind === 'milestone' ? versionsRef.current.milestones : versionsRef.current.projects;
    const version = table[current.id];
    if (version === undefined) throw new Error('not editable');
    await client.timeline.reschedule.mutate({ kind: current.kind, id: Number(current.id), version, newDate: current.newDate });
    setMessage(`Gespeichert: ${describeRequest(model, current).subject} jetzt am ${formatDate(current.newDate)}.`);
    // Timeline, project page, status and portfolio may all show the moved date.
    await queryClient.invalidateQueries();
  };

  const dialog = request ? (
    <RescheduleDialog
      model={model}
      request={request}
      onConfirm={() => confirm(request)}
      onReload={async () => {
        await refetch();
      }}
      onClose={() => setRequest(null)}
    />
  ) : null;

  return { onReschedule: enabled ? onReschedule : undefined, dialog, message };
}
