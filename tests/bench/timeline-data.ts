import { addDays } from '../../shared/dates/iso-date';
import type { TStatus } from '../../shared/schemas/domain';
import type { TimelineMilestone, TimelineModel, TimelineProject } from '../../shared/timeline/model';

/**
 * Deterministic synthetic portfolio for the timeline benchmark: 5,000 projects in 20 fields of
 * action, some of them sub-projects, 2–4 phases and 2–4 milestones each, dependencies and the
 * EGovG NRW / OZG deadlines. Same seed, same portfolio, in Node and in the browser.
 */

export interface SyntheticOptions {
  projects?: number;
  groups?: number;
  seed?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUP_TITLES = [
  'Geschäftsprozesse für Kunden',
  'Interne Geschäftsprozesse',
  'Schulträgeraufgaben',
  'Open Government | Open Data',
  'IT-Infrastruktur',
  'Personal und Organisation',
  'Bürgerservice',
  'Bauen und Wohnen',
  'Soziales und Jugend',
  'Finanzen',
];
const TOPICS = [
  'E-Akte',
  'Online-Antrag',
  'DMS-Einführung',
  'E-Rechnung',
  'Terminvergabe',
  'Serviceportal',
  'Geodatenportal',
  'WLAN',
  'E-Payment',
  'Ratsinformationssystem',
  'Scan-Straße',
  'Fachverfahren',
];
const PHASES = ['Vorbereitung', 'Planung und Implementierung', 'Test und Produktivsetzung', 'laufender Betrieb / Pflege'];
const STATUSES: TStatus[] = ['green', 'green', 'green', 'amber', 'amber', 'red', 'none', 'done'];

export const SYNTHETIC_DEADLINES: TimelineModel['deadlines'] = [
  { id: 'egovg-3', label: '§ 3 EGovG NRW', title: 'Elektronischer Zugang', date: '2018-01-01' },
  { id: 'egovg-4', label: '§ 4 EGovG NRW', title: 'Elektronische Bezahlmöglichkeit', date: '2019-01-01' },
  { id: 'egovg-7a', label: '§ 7a EGovG NRW', title: 'Elektronische Aktenführung', date: '2020-04-01' },
  { id: 'egovg-9', label: '§ 9 EGovG NRW', title: 'Elektronische Formulare', date: '2021-01-01' },
  { id: 'egovg-14', label: '§ 14 EGovG NRW', title: 'Georeferenzierung', date: '2022-01-01' },
  { id: 'ozg-1', label: '§ 1 OZG', title: 'Onlinezugang zu Verwaltungsleistungen', date: '2022-12-31' },
  { id: 'egovg-12', label: '§ 12 EGovG NRW', title: 'Elektronische Rechnungen', date: '2020-11-27' },
  { id: 'egovg-16', label: '§ 16 EGovG NRW', title: 'Open Data', date: '2021-07-01' },
  { id: 'egovg-25', label: '§ 25 EGovG NRW', title: 'Elektronische Vorgangsbearbeitung', date: '2025-01-01' },
  { id: 'egovg-2031', label: '§ 7 EGovG NRW', title: 'Vollständig elektronische Akten', date: '2031-01-01' },
];

export function generateTimelineModel(options: SyntheticOptions = {}): TimelineModel {
  const projectCount = options.projects ?? 5000;
  const groupCount = options.groups ?? 20;
  const next = random(options.seed ?? 20_190_501);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const today = '2021-06-15';

  const groups = Array.from({ length: groupCount }, (_, i) => ({
    id: `hf${String(i + 1).padStart(2, '0')}`,
    title: `${GROUP_TITLES[i % GROUP_TITLES.length]}${i >= GROUP_TITLES.length ? ` ${Math.floor(i / GROUP_TITLES.length) + 1}` : ''}`,
  }));

  const rows: TimelineProject[] = [];
  let lastTopLevel: TimelineProject | null = null;
  for (let i = 0; i < projectCount; i += 1) {
    const group = groups[Math.floor((i * groupCount) / projectCount)] as { id: string };
    const id = `p${String(i + 1).padStart(4, '0')}`;
    const start = addDays('2018-01-01', int(0, 6 * 365));
    const duration = int(90, 900);
    const end = addDays(start, duration);
    const slip = next() < 0.4 ? int(10, 180) : 0;

    const phaseCount = int(2, 4);
    const phases = [];
    let phaseStart = start;
    for (let p = 0; p < phaseCount; p += 1) {
      const phaseEnd = p === phaseCount - 1 ? end : addDays(start, Math.round(((p + 1) * duration) / phaseCount) - 1);
      phases.push({ name: PHASES[p] as string, start: phaseStart, end: phaseEnd });
      phaseStart = addDays(phaseEnd, 1);
    }

    const milestones: TimelineMilestone[] = [];
    const milestoneCount = int(2, 4);
    for (let m = 0; m < milestoneCount; m += 1) {
      const planned = addDays(start, Math.round(((m + 1) * duration) / (milestoneCount + 1)));
      const reached = planned < today && next() < 0.7;
      milestones.push({
        id: `${id}-m${m + 1}`,
        title: `Meilenstein ${m + 1}`,
        plannedDate: planned,
        baselineDate: addDays(planned, -int(0, 60)),
        forecastDate: !reached && next() < 0.4 ? addDays(planned, int(7, 120)) : null,
        actualDate: reached ? addDays(planned, int(-10, 40)) : null,
        phase: phases[Math.min(phases.length - 1, Math.floor((m * phases.length) / milestoneCount))]?.name ?? null,
      });
    }

    const isSubProject = lastTopLevel !== null && lastTopLevel.groupId === group.id && i % 10 >= 7;
    const project: TimelineProject = {
      id,
      groupId: group.id,
      parentId: isSubProject && lastTopLevel ? lastTopLevel.id : null,
      code: `M${i + 1}`,
      title: `${TOPICS[i % TOPICS.length]} ${group.id.toUpperCase()}-${i + 1}`,
      status: STATUSES[int(0, STATUSES.length - 1)] as TStatus,
      maturity: int(1, 3) as 1 | 2 | 3,
      plannedStart: start,
      plannedEnd: end,
      baselineStart: start,
      baselineEnd: addDays(end, -slip),
      phases,
      milestones,
      href: `/projekte/${id}`,
      editable: false,
    };
    rows.push(project);
    if (!isSubProject) lastTopLevel = project;
  }

  const dependencies: TimelineModel['dependencies'] = [];
  for (let i = 0; i < projectCount; i += 6) {
    const target = i + int(1, 15);
    if (target < projectCount) {
      dependencies.push({ fromId: (rows[i] as TimelineProject).id, toId: (rows[target] as TimelineProject).id });
    }
  }

  return { rows, groups, dependencies, deadlines: SYNTHETIC_DEADLINES, today };
}
