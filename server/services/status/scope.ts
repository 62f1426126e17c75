import type { TBoardScope } from '../../../shared/schemas/status';
import { AppError } from '../../errors';
import type { BoardData } from './board-data';

/** Throws NOT_FOUND for a programme of another organisation (no existence leak). */
export function assertScope(data: BoardData, scope: TBoardScope): void {
  if (scope.programmeId !== undefined && !data.programmes.some((p) => p.id === scope.programmeId)) {
    throw new AppError('NOT_FOUND', `programme ${scope.programmeId} not found in organisation ${data.organisationId}`, {
      userMessage: 'Das Programm wurde nicht gefunden.',
    });
  }
}

export function inScope(scope: TBoardScope) {
  return (row: { programmeId: number }) => scope.programmeId === undefined || row.programmeId === scope.programmeId;
}

export function programmeInScope(scope: TBoardScope) {
  return (programme: { id: number }) => scope.programmeId === undefined || programme.id === scope.programmeId;
}

export function scopeKey(scope: TBoardScope): string {
  return scope.programmeId === undefined ? 'all' : String(scope.programmeId);
}
