import type { TProgrammeExchangeInput } from '../../shared/schemas/exchange';

/**
 * Seed data: "E-Government-Plan für die Wallfahrtsstadt Werl" (Stand 15.09.2017), presented to the
 * Hauptausschuss on 28.09.2017 as Mitteilung Nr. 720; transcribed from
 * shared/seed-documents/werl-egovernment-plan-2017.txt.
 *
 * Nothing is invented: where the plan gives no value the field is left empty (omitted → null).
 *
 * Fields of action follow the plan's own structure. The rows of the "Umsetzungsplanung" table are
 * the legal requirements (section 2), the Potenzialanalyse (section 3) and the ten Bausteine of
 * section 5 "Umsetzungsplanung der Meilensteine". Section 5 has no sub-grouping of its own (5.1 to
 * 5.10 are one flat list), so the Bausteine form one field named after the section; a split into
 * e.g. "Bürgerservice und Internet" / "Interne Prozesse und Schriftgut" would be ours, not the
 * plan's. Sections 2 and 3 form a second field.
 */

type Project = NonNullable<TProgrammeExchangeInput['projects']>[number];
type Phase = NonNullable<TProgrammeExchangeInput['phases']>[number];

/** The columns of the "Umsetzungsplanung" table: half-years II/2017 … II/2020. */
const HALF_YEARS = [
  { label: 'II. Halbjahr 2017', start: '2017-07-01', end: '2017-12-31' },
  { label: 'I. Halbjahr 2018', start: '2018-01-01', end: '2018-06-30' },
  { label: 'II. Halbjahr 2018', start: '2018-07-01', end: '2018-12-31' },
  { label: 'I. Halbjahr 2019', start: '2019-01-01', end: '2019-06-30' },
  { label: 'II. Halbjahr 2019', start: '2019-07-01', end: '2019-12-31' },
  { label: 'I. Halbjahr 2020', start: '2020-01-01', end: '2020-06-30' },
  { label: 'II. Halbjahr 2020', start: '2020-07-01', end: '2020-12-31' },
] as const;

type Cells = readonly [
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

/**
 * The "Umsetzungsplanung" table cell by cell (null = empty cell), keyed by project.
 *
 * Reading of the merged Excel cells: the table was exported from merged cells, so only the first
 * half-year of a merged cell holds its text. A phase therefore extends over the following empty
 * cells up to the next filled cell, and the last phase of a row runs through II. Halbjahr 2020
 * (the table's last column). A row with a single text is one phase over the whole table.
 */
const UMSETZUNGSPLANUNG: Record<string, Cells> = {
  'werl-2': [
    'Vorbereitende Arbeiten',
    'Umsetzung der pflichtigen gesetzlichen Vorgaben',
    null,
    'Laufende Prüfung der gesetzlichen Änderungen und ggfs. Umsetzung',
    null,
    null,
    null,
  ],
  'werl-3': [
    'Prüfung der Verwaltungsleistungen und internen Prozesse auf E-Government-Fähigkeit',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.1': [
    'Berücksichtigung von e-Government bei Neubeschaffungen im Rahmen des Anforderungsmanagements',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.2': [
    'Vorbereitung zur Neugestaltung',
    'Start des neuen Internetauftritts und fortlaufende Pflege',
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.3': [
    'Kaufentscheidung und Vorbereitung',
    'Einführung des neuen Ratsinformationssystems',
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.4': [
    'Vorbereitende Arbeiten',
    'Start des Bürgerportals',
    'Umsetzung von insgesamt 25 Portal-Services',
    null,
    'Umsetzung weiterer Portal-Services',
    null,
    null,
  ],
  'werl-5.5': [
    'Erarbeitung eines Konzepts und einer Dienstanweisung zur Digitalisierung von Schriftgut',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.6': [
    'Erarbeitung eines Konzepts und einer Dienstanweisung für die E-Poststelle',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.7': [
    'Erarbeitung eines Konzepts und einer Dienstanweisung zur elektronischen Aktenführung',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.8': [
    'Sichtung verschiedener DMS-Systeme',
    null,
    'Vorbereitung der Einführung',
    'Einrichtung und Einführung (in Pilotbereichen)',
    null,
    'Einführung in weiteren Bereichen',
    null,
  ],
  'werl-5.9': [
    'Einrichtung bzw. Anbindung an einen Langzeitspeicher',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  'werl-5.10': [
    'Anbindung an das „Digitale Archiv NRW“ und Schaffung von Schnittstellen',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
};

/** Turns one table row into phases (see the reading of merged cells above). */
function phasesOf(projectKey: string): Phase[] {
  const cells = UMSETZUNGSPLANUNG[projectKey];
  if (!cells) throw new Error(`No Umsetzungsplanung row for ${projectKey}`);
  const phases: Phase[] = [];
  cells.forEach((name, i) => {
    if (name === null) return;
    let last = i;
    while (last + 1 < cells.length && cells[last + 1] === null) last++;
    phases.push({ projectKey, name, start: HALF_YEARS[i]!.start, end: HALF_YEARS[last]!.end });
  });
  return phases;
}

/** plannedStart / plannedEnd of a project: start of its first phase, end of its last phase. */
function plannedSpan(projectKey: string): { plannedStart: string; plannedEnd: string } {
  const phases = phasesOf(projectKey);
  const first = phases[0];
  const last = phases[phases.length - 1];
  if (!first || !last) throw new Error(`No phases for ${projectKey}`);
  return { plannedStart: first.start, plannedEnd: last.end };
}

/** Whole plan, section 4 "Organisatorische Umsetzung". */
const RESPONSIBLE_UNIT = 'Abteilung Verwaltungssteuerung (Projektleitung: Sachgebiet Organisation)';
/** Section 4: to be involved in the implementation, depending on the product responsibility. */
const INVOLVED = 'Fachabteilungen einschl. KBW, Personalrat und Gleichstellungsstelle (je nach Produktverantwortlichkeit)';

/**
 * The plan states no Umsetzungsstand (Reifegrad). The format requires one, so every row starts at
 * 1 "in Vorbereitung" — the plan's own starting state: every row of the Umsetzungsplanung begins in
 * II. Halbjahr 2017 with preparatory work. (5.1 runs since 2016 and 5.3's purchase decision is
 * taken; the steering office may raise those to 2.)
 */
const MATURITY = 1 as const;

function baustein(
  key: string,
  code: string,
  fieldOfActionKey: string,
  title: string,
  rest: Omit<Project, 'key' | 'code' | 'fieldOfActionKey' | 'title' | 'maturity'> = {},
): Project {
  return {
    key,
    code,
    fieldOfActionKey,
    title,
    responsibleUnit: RESPONSIBLE_UNIT,
    involvedParties: INVOLVED,
    maturity: MATURITY,
    ...plannedSpan(key),
    ...rest,
  };
}

const PROJECT_KEYS_IN_ORDER = [
  'werl-2',
  'werl-3',
  'werl-5.1',
  'werl-5.2',
  'werl-5.3',
  'werl-5.4',
  'werl-5.5',
  'werl-5.6',
  'werl-5.7',
  'werl-5.8',
  'werl-5.9',
  'werl-5.10',
];

export const werlProgramme: TProgrammeExchangeInput = {
  formatVersion: 1,
  programme: {
    key: 'werl-egov-plan',
    title: 'E-Government-Plan der Wallfahrtsstadt Werl',
    // The plan carries no version label of its own; its Stand is 15.09.2017.
    version: null,
    asOfDate: '2017-09-15',
    description:
      'Arbeitsgrundlage, um die anzugehenden Schritte zur Umstellung der Verwaltung auf weitestgehend ' +
      'elektronische Sachbearbeitung inkl. elektronischer Kommunikation sowie elektronischer Aktenführung und ' +
      'Langzeitarchivierung im Blick zu behalten. Ziel: Geschäftsprozesse schlanker und effizienter gestalten ' +
      'sowie allen Verfahrensbeteiligten eine moderne Kommunikation und serviceorientierte Abwicklung von ' +
      'Verwaltungsverfahren anbieten. Der Plan wird regelmäßig fortgeschrieben.',
    leadUnit: 'Abteilung Verwaltungssteuerung',
  },

  fieldsOfAction: [
    {
      key: 'gvp',
      title: 'Gesetzliche Vorgaben und Potenzialanalyse',
      description: 'Abschnitte 2 „Gesetzliche Vorgaben“ und 3 „Potenzialanalyse“ des E-Government-Plans',
    },
    {
      key: 'ump',
      title: 'Umsetzungsplanung der Meilensteine',
      description: 'Abschnitt 5 des E-Government-Plans: die Bausteine 5.1 bis 5.10',
    },
  ],

  projects: [
    baustein('werl-2', '2', 'gvp', 'Gesetzliche Vorgaben', {
      description:
        'Umsetzung der Vorgaben des EGovG NRW für die Gesamtverwaltung: Eröffnung eines elektronischen ' +
        'Zugangs (qualifizierte elektronische Signatur, De-Mail, Verschlüsselungsverfahren, eID), ' +
        'Verwaltungsvorgänge mit Schriftformerfordernis, Durchgängigkeit elektronischer Prozesse ' +
        '(elektronische Bezahlungsmöglichkeiten, Nachweise, Aktenaustausch und Akteneinsicht zwischen ' +
        'Behörden), Bereitstellung von Informationen in maschinenlesbarer Form (Open Data). Auf Produktebene ' +
        'sind spezialgesetzliche Vorschriften zu beachten, aktuell vor allem im Bereich der E-Rechnung und ' +
        'der E-Vergabe.',
    }),
    baustein('werl-3', '3', 'gvp', 'Potenzialanalyse', {
      description:
        'Untersuchung der bürgernahen Verwaltungsabläufe sowie Dienstleistungen auf ihre E-Government-' +
        'Fähigkeit: Prüfung der bestehenden Fachverfahren (elektronische Antragstellung, elektronisches ' +
        'Bezahlen, eID, elektronische Formulare, elektronische Zustellung von Rückantworten) und Feststellung, ' +
        'welche Dienstleistungen im Rahmen eines Bürgerportals angeboten werden können; anschließend ' +
        'Priorisierung der Umsetzung.',
    }),
    baustein('werl-5.1', '5.1', 'ump', 'Beschaffung neuer Softwareprodukte', {
      description:
        'Seit dem Jahr 2016 wird bei der Beschaffung neuer Software die E-Government-Fähigkeit (z. B. ' +
        'elektronischer Posteingang, Schnittstellen zum DMS) berücksichtigt; die Abteilung ' +
        'Verwaltungssteuerung wird im Rahmen eines Anforderungsmanagements bei der Beschaffung eingebunden.',
    }),
    baustein('werl-5.2', '5.2', 'ump', 'Neugestaltung der städtischen Internetseite', {
      description:
        'Modernerer und bürgerfreundlicherer Internetauftritt mit schnellem Auffinden von Informationen; ' +
        'technisch auf Typo 3 (Content-Management-System), optimiert für mobile Endgeräte. Inhaltliche ' +
        'Struktur nach Zielgruppen (Rathaus, Politik, Bürger; Freizeit, Tourismus, Kultur; Wirtschaft).',
    }),
    baustein('werl-5.3', '5.3', 'ump', 'Einführung eines neuen Ratsinformationssystems', {
      description:
        'Mit der Einführung der neuen städtischen Homepage wird das bisherige Ratsinformationssystem (RiS), ' +
        'das nicht in den neuen Internetauftritt integriert werden kann, durch eine neue technische Lösung ' +
        'ersetzt. Eine Kaufentscheidung ist bereits getroffen; die Implementierung der neuen Software erfolgt ' +
        'im 4. Quartal 2017.',
    }),
    baustein('werl-5.4', '5.4', 'ump', 'Einführung eines Online-Portals für Bürger und Wirtschaft', {
      description:
        'Im Zuge der Neugestaltung der Internetseite wird ein Bürgerportal integriert: elektronische ' +
        'Antragstellung, Identitätsprüfung über die Online-Ausweisfunktion, Bezahlung über E-Payment, ' +
        'Bürgerpostfach, Informationen zu Verwaltungsabläufen und Bearbeitungsständen. Umsetzungsgruppe ' +
        '„lila“ der Citkomm: bis 2019 Serviceportal inkl. eID-Nutzung und Bezahlungsfunktion für mindestens ' +
        '25 Verwaltungsleistungen.',
      involvedParties: `${INVOLVED}; KDvZ Citkomm (Portalversion)`,
      // "Im Zuge der Neugestaltung der Internetseite soll ein Bürgerportal integriert werden."
      dependsOn: ['werl-5.2'],
    }),
    baustein('werl-5.5', '5.5', 'ump', 'Digitalisierung von Schriftgut', {
      description:
        'Im Rahmen der weiteren Umsetzung der elektronischen Aktenführung in den Fachverfahren und spätestens ' +
        'bei Einführung eines gesamtstädtischen DMS ist zu entscheiden, wie die Digitalisierung von ' +
        'Schriftgut erfolgen soll. Derzeit scannen in Einzelbereichen die Sachbearbeiter.',
    }),
    baustein('werl-5.6', '5.6', 'ump', 'Elektronische Dokumenteneingänge', {
      description:
        'Aufbau einer zentralen E-Poststelle für Dokumente per De-Mail, PC-Fax, mit qualifizierter ' +
        'elektronischer Signatur oder verschlüsselt, im Rahmen der Einführung eines DMS; bis dahin ' +
        'Verarbeitung über einen zentralen Posteingang. Musterkonzept und Dienstanweisung.',
      // "Dies erfolgt im Rahmen der Einführung eines DMS."
      dependsOn: ['werl-5.8'],
    }),
    baustein('werl-5.7', '5.7', 'ump', 'Elektronische Aktenführung', {
      description:
        'Für Fachverfahren mit integriertem E-Akten-Modul wird sukzessive die elektronische Aktenführung ' +
        'eingeführt; nach Einführung eines DMS sind Fachverfahren ohne E-Akten-Modul an das DMS anzubinden. ' +
        'Musterkonzept und Dienstanweisung. Umsetzungsgruppe „lila“ der Citkomm: elektronische Aktenführung ' +
        'inkl. umgesetztem Scankonzept bis 2028.',
      // No dependency on 5.8: the E-Akte starts in the Fachverfahren independently of the DMS.
    }),
    baustein('werl-5.8', '5.8', 'ump', 'Dokumentenmanagementsystem (DMS)', {
      description:
        'Verwaltungsweites DMS als wesentliche Grundlage für E-Government. Bis Ende 2018 Sichtung der Systeme ' +
        'verschiedener Anbieter und Kaufentscheidung (präferiert: Verbandslösung; die KDvZ Citkomm bietet zwei ' +
        'Lösungen an); vorher Entscheidung über den Aktenplan; Einführung in Pilotprojekten einzelner ' +
        'Abteilungen mit anfangs paralleler Papierakte, dann sukzessive in weiteren Aufgabenbereichen bis zur ' +
        'vollständig elektronischen Aktenführung.',
      involvedParties: `${INVOLVED}; KDvZ Citkomm (Verbandslösung)`,
    }),
    baustein('werl-5.9', '5.9', 'ump', 'Elektronischer Langzeitspeicher', {
      description:
        'Langzeitspeichersystem zur rechts- und beweissicheren Aufbewahrung nicht mehr benötigter ' +
        'elektronischer Dokumente, Vorgänge und Akten für die Dauer der Aufbewahrungsfrist; die KDvZ Citkomm ' +
        'erarbeitet ein Konzept für eine einheitliche Verbandslösung mit Standardschnittstellen.',
      involvedParties: `${INVOLVED}; KDvZ Citkomm (Verbandslösung)`,
      // "Mit der sukzessiven Einführung der elektronischen Aktenführung muss … ein Langzeitspeichersystem eingerichtet werden."
      dependsOn: ['werl-5.7'],
    }),
    baustein('werl-5.10', '5.10', 'ump', 'Elektronische Langzeitarchivierung', {
      description:
        'Anbindung an das Digitale Archiv NRW zur Aufbewahrung digitaler Archivgüter über die ' +
        'Aufbewahrungsfrist hinaus; geplant ist der Anschluss an DiPS.kommunal (LWL und Stadt Köln); ' +
        'Zugriff aus der Archivsoftware AUGIAS des Stadtarchivs.',
      involvedParties: `${INVOLVED}; LWL und Stadt Köln (DiPS.kommunal); Stadtarchiv`,
    }),
  ],

  phases: PROJECT_KEYS_IN_ORDER.flatMap(phasesOf),

  // Each Baustein's "Meilenstein" (section 5). A planned date is set only where the plan dates the
  // delivery: the Umsetzungsplanung row has a phase that delivers exactly that milestone (end of that
  // phase), or section 6 names a year ("bis 2028" → 31.12.2028). All others stay empty.
  milestones: [
    {
      key: 'werl-ms-5.1',
      projectKey: 'werl-5.1',
      title: 'Berücksichtigung von E-Government bei Neubeschaffungen',
      // Ongoing since 2016 (one phase over the whole table): no date.
    },
    {
      key: 'werl-ms-5.2',
      projectKey: 'werl-5.2',
      title: 'Neugestaltung der städtischen Internetseite',
      // The new site starts with the phase "Start des neuen Internetauftritts und fortlaufende Pflege"
      // (from I/2018), which merges launch and upkeep through 2020: no evident date.
    },
    {
      key: 'werl-ms-5.3',
      projectKey: 'werl-5.3',
      title: 'Einführung eines neuen Ratsinformationssystems',
      // Section 5.3 says the software is implemented in Q4 2017, the table puts "Einführung" from
      // I/2018 on through 2020: the two disagree, so no date is set.
    },
    {
      key: 'werl-ms-5.4',
      projectKey: 'werl-5.4',
      title: 'Aufbau eines Bürgerportals',
      // Delivered by the phase "Start des Bürgerportals" (I. Halbjahr 2018).
      plannedDate: '2018-06-30',
      phase: 'Start des Bürgerportals',
    },
    {
      key: 'werl-ms-5.4-25',
      projectKey: 'werl-5.4',
      title:
        'Serviceportal inkl. eID-Nutzung und Bezahlungsfunktion für mindestens 25 Verwaltungsleistungen ' +
        '(Umsetzungsgruppe „lila“ der Citkomm)',
      // Section 6: "bis 2019"; the table's phase "Umsetzung von insgesamt 25 Portal-Services" runs
      // II/2018–I/2019 → end of that phase, 30.06.2019 (consistent with "bis 2019").
      plannedDate: '2019-06-30',
      phase: 'Umsetzung von insgesamt 25 Portal-Services',
    },
    {
      key: 'werl-ms-5.5',
      projectKey: 'werl-5.5',
      title: 'Erstellung und Umsetzung eines Scankonzeptes',
      // Section 6: elektronische Aktenführung "inkl. umgesetzten Scankonzept bis 2028" → 31.12.2028.
      plannedDate: '2028-12-31',
    },
    {
      key: 'werl-ms-5.6',
      projectKey: 'werl-5.6',
      title: 'Aufbau einer E-Poststelle',
    },
    {
      key: 'werl-ms-5.7',
      projectKey: 'werl-5.7',
      title: 'Einführung der elektronischen Aktenführung',
      // Section 6: "die elektronische Aktenführung … bis 2028 einzuführen" → 31.12.2028 (beyond the
      // table, which ends with II. Halbjahr 2020).
      plannedDate: '2028-12-31',
    },
    {
      key: 'werl-ms-5.8',
      projectKey: 'werl-5.8',
      title: 'Verwaltungsweite Einführung des DMS',
      // Delivered by the last phase "Einführung in weiteren Bereichen" (I/2020–II/2020).
      plannedDate: '2020-12-31',
      phase: 'Einführung in weiteren Bereichen',
    },
    {
      key: 'werl-ms-5.9',
      projectKey: 'werl-5.9',
      title: 'Einrichtung eines bzw. Anbindung an den Langzeitspeicher',
    },
    {
      key: 'werl-ms-5.10',
      projectKey: 'werl-5.10',
      title: 'Schaffung von Schnittstellen zum digitalen Archiv NRW',
    },
  ],

  // Section 2 "Gesetzliche Vorgaben". Deadlines only where section 2 names a date; the plan gives
  // none for §§ 7, 8, 14, 16 (the EGovG NRW dates of the Unna plan's Anlage 1 are not carried over).
  obligations: [
    {
      key: 'werl-egovg-3',
      law: 'EGovG NRW',
      paragraph: '§ 3 Abs. 1 (i. V. m. § 3a Abs. 1 VwVfG NRW)',
      title: 'Eröffnung eines elektronischen Zugangs',
      description:
        'Zugang für die elektronische Kommunikation, Annahme von Dokumenten mit qualifizierter elektronischer ' +
        'Signatur, De-Mail-Konto, Verschlüsselungsverfahren, elektronischer Identitätsnachweis (eID). Werl: ' +
        'vollständige Zugangseröffnung, qeS-Empfang und Verschlüsselung (öffentlicher Schlüssel) bis zum ' +
        '01.01.2018; De-Mail-Konto beantragt; eID, sobald Verwaltungsverfahren mit Identitätsnachweis ' +
        'elektronisch angeboten werden.',
      deadline: '2018-01-01',
      bindingness: 'mandatory', // "sind alle Behörden verpflichtet"
      // Table row 2: "Umsetzung der pflichtigen gesetzlichen Vorgaben"; 5.6: E-Poststelle for De-Mail,
      // qeS and encrypted documents; 5.4: eID via the portal.
      projectKeys: ['werl-2', 'werl-5.6', 'werl-5.4'],
    },
    {
      key: 'werl-egovg-4',
      law: 'EGovG NRW',
      paragraph: '§ 4',
      title: 'Antwort auf dem gewählten elektronischen Weg',
      description:
        'Wählt der Bürger den Weg der elektronischen Kommunikation, so soll die Antwort auf gleichem Wege ' +
        'erfolgen, soweit dies rechtlich und technisch möglich ist.',
      bindingness: 'should', // "soll"
      projectKeys: ['werl-5.4'], // Bürgerpostfach of the portal
    },
    {
      key: 'werl-vwvfg-3a-2',
      law: 'VwVfG NRW',
      paragraph: '§ 3a Abs. 2',
      title: 'Verwaltungsvorgänge mit Schriftformerfordernis',
      description:
        'Ersatz der Schriftform durch Dokumente mit qualifizierter elektronischer Signatur, De-Mail mit eID ' +
        'oder ein Bürgerportal mit eID. Werl ermöglicht ab dem 01.01.2018 die Übermittlung über ein ' +
        'De-Mail-Konto sowie per E-Mail mit qualifizierter elektronischer Signatur; das Bürgerportal (5.4) ' +
        'soll diese Funktion künftig ebenfalls bieten.',
      // The date is the one section 2.1.2 names for Werl; the law itself only permits ("möglich").
      deadline: '2018-01-01',
      bindingness: 'may',
      projectKeys: ['werl-2', 'werl-5.4'],
    },
    {
      key: 'werl-egovg-7',
      law: 'EGovG NRW',
      paragraph: '§ 7',
      title: 'Elektronische Bezahlungsmöglichkeiten',
      description:
        'Jede Kommune ist verpflichtet, eine elektronische Bezahlungsmöglichkeit anzubieten. Werl bietet sie, ' +
        'sobald ein Verwaltungsverfahren elektronisch angeboten wird, das eine Bezahlung erfordert, ' +
        'vorzugsweise über das Bürgerportal.',
      bindingness: 'mandatory', // "verpflichtet"
      projectKeys: ['werl-5.4'],
    },
    {
      key: 'werl-egovg-8',
      law: 'EGovG NRW',
      paragraph: '§ 8',
      title: 'Erbringung von Nachweisen auf elektronischem Weg',
      description:
        'Wird ein Verwaltungsverfahren elektronisch abgewickelt, ist eine Möglichkeit zu schaffen, Nachweise ' +
        'elektronisch einzureichen. Werl: Nachweise als E-Mail-Anhang, künftig De-Mail; Upload im ' +
        'Bürgerportal wird geschaffen.',
      bindingness: 'mandatory', // "ist … eine Möglichkeit zu schaffen"
      projectKeys: ['werl-5.4'],
    },
    {
      key: 'werl-egovg-14',
      law: 'EGovG NRW',
      paragraph: '§ 14 Abs. 1, 2 (Entwurf)',
      title: 'Aktenaustausch und Akteneinsicht zwischen Behörden',
      description:
        'Zwischen Behörden, welche die elektronische Aktenführung nutzen, sollen Akten elektronisch ' +
        'übermittelt oder der elektronische Zugriff ermöglicht werden. Werl kann derzeit nur Akten einscannen ' +
        'und als Dateianhang verschicken; nach Einführung eines DMS können weitere Möglichkeiten geschaffen ' +
        'werden.',
      bindingness: 'should', // "sollen"
      projectKeys: ['werl-5.8'],
    },
    {
      key: 'werl-egovg-16',
      law: 'EGovG NRW',
      paragraph: '§ 16',
      title: 'Bereitstellung von Informationen in maschinenlesbarer Form (Open Data)',
      description:
        'Stellen Behörden über öffentlich zugängliche Netze Daten bereit, so sind diese in maschinenlesbaren ' +
        'Formaten und möglichst offen mit Metadaten anzubieten. Werl: im Nachgang der Neugestaltung der ' +
        'Internetseite; eine Verbandslösung der KDvZ Citkomm bleibt abzuwarten.',
      bindingness: 'mandatory', // "sind … anzubieten"
      projectKeys: ['werl-5.2'],
    },
  ],

  // Niederschrift Nr. 06/2017, TOP I/4 "Mitteilungen": the written Mitteilung 720 was presented,
  // not voted on. It concerns the whole plan, so it is linked to every project.
  decisions: [
    {
      key: 'ha-2017-09-28-720',
      committee: 'Hauptausschuss',
      date: '2017-09-28',
      subject: 'Mitteilung Nr. 720: Umsetzung von E-Government in der Wallfahrtsstadt Werl',
      outcome:
        'Mitteilung (TOP I/4), kein Beschluss: Die schriftliche Mitteilung wurde durch eine Präsentation des ' +
        'E-Government-Plans (Anlage 1) ergänzt.',
      projectKeys: PROJECT_KEYS_IN_ORDER,
    },
  ],
};
