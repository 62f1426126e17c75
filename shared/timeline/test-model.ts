import type { TimelineModel, TimelineProject } from './model';

/** A small portfolio modelled on the Unna plan, shared by the timeline unit tests. */
export function project(overrides: Partial<TimelineProject> & Pick<TimelineProject, 'id' | 'groupId'>): TimelineProject {
  return {
    parentId: null,
    code: null,
    title: `Projekt ${overrides.id}`,
    status: 'green',
    maturity: 2,
    plannedStart: '2019-01-01',
    plannedEnd: '2019-12-31',
    baselineStart: null,
    baselineEnd: null,
    phases: [],
    milestones: [],
    href: `/projekte/${overrides.id}`,
    editable: false,
    ...overrides,
  };
}

export function unnaModel(): TimelineModel {
  return {
    groups: [
      { id: 'kunden', title: 'Geschäftsprozesse für Kunden' },
      { id: 'intern', title: 'Interne Geschäftsprozesse' },
      { id: 'schule', title: 'Schulträgeraufgaben' },
    ],
    rows: [
      project({
        id: 'dms',
        groupId: 'intern',
        code: 'IG-1',
        title: 'Dokumentenmanagementsystem (DMS)',
        status: 'amber',
        plannedStart: '2019-01-01',
        plannedEnd: '2020-06-30',
        baselineStart: '2019-01-01',
        baselineEnd: '2020-03-31',
        phases: [
          { name: 'Vorbereitung', start: '2019-01-01', end: '2019-06-30' },
          { name: 'Planung und Implementierung', start: '2019-07-01', end: '2020-03-31' },
          { name: 'Test und Produktivsetzung', start: '2020-04-01', end: '2020-06-30' },
        ],
        milestones: [
          {
            id: 'dms-m1',
            title: 'Beschaffung DMS d.3ecm',
            plannedDate: '2019-03-01',
            baselineDate: '2019-03-01',
            forecastDate: null,
            actualDate: '2019-03-15',
            phase: 'Vorbereitung',
          },
          {
            id: 'dms-m2',
            title: 'Einführung in Pilotbereichen',
            plannedDate: '2020-02-01',
            baselineDate: '2019-12-01',
            forecastDate: '2020-05-01',
            actualDate: null,
            phase: 'Planung und Implementierung',
          },
        ],
        editable: true,
      }),
      project({
        id: 'eakte',
        groupId: 'intern',
        code: 'IG-2',
        title: 'Elektronische Akte',
        status: 'red',
        maturity: 1,
        plannedStart: '2020-04-01',
        plannedEnd: '2021-12-31',
      }),
      project({
        id: 'eakte-pilot',
        groupId: 'intern',
        parentId: 'eakte',
        code: 'IG-2.1',
        title: 'E-Akte Pilot Personalamt',
        plannedStart: '2020-04-01',
        plannedEnd: '2020-09-30',
      }),
      project({
        id: 'portal',
        groupId: 'kunden',
        code: 'GK-1',
        title: 'Serviceportal',
        status: 'green',
        plannedStart: '2019-06-01',
        plannedEnd: '2020-12-31',
      }),
      project({
        id: 'portalverbund',
        groupId: 'kunden',
        code: 'GK-2',
        title: 'Anbindung Portalverbund',
        status: null,
        plannedStart: '2021-01-01',
        plannedEnd: '2022-12-31',
      }),
      project({
        id: 'wlan',
        groupId: 'schule',
        code: 'S-1',
        title: 'WLAN an Schulen <Gute Schule 2020> & DigitalPakt',
        status: 'done',
        maturity: 3,
        plannedStart: '2018-01-01',
        plannedEnd: '2019-12-31',
        phases: [{ name: 'laufender Betrieb / Pflege', start: '2019-07-01', end: '2019-12-31' }],
      }),
    ],
    dependencies: [
      // Violated: the E-Akte starts on 2020-04-01, the DMS ends on 2020-06-30.
      { fromId: 'dms', toId: 'eakte' },
      { fromId: 'portal', toId: 'portalverbund' },
    ],
    deadlines: [
      { id: 'egovg-7a', label: '§ 7a EGovG NRW', title: 'Elektronische Aktenführung', date: '2020-04-01' },
      { id: 'ozg', label: '§ 1 OZG', title: 'Onlinezugang zu Verwaltungsleistungen', date: '2022-12-31' },
    ],
    today: '2020-11-23',
  };
}
