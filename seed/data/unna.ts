import type { TProgrammeExchangeInput } from '../../shared/schemas/exchange';

/**
 * Seed data: "Digitaler Masterplan Kreis Unna" (Stand Mai 2019), transcribed from
 * shared/seed-documents/kreis-unna-digitaler-masterplan-2019.txt.
 *
 * Rules followed throughout (see the report of the seed-data task):
 * - Nothing is invented. Where the plan gives no value the field is left empty (omitted → null).
 * - Projects and sub-projects are those of Anlage 7 ("Umsetzungsstand | Realisierung der
 *   Digitalisierungsprojekte"), one field of action per category. `code` is the number in
 *   Anlage 7; keys are `<field>-<number>`.
 * - Reifegrad: an Anlage 7 cell lists the levels reached ("1 2 3" → 3, "1 2" → 2, "1" → 1).
 *   A parent row of Anlage 7 that has numbered sub-projects carries no Reifegrad of its own;
 *   its maturity is the minimum of its children (marked "min of children" below).
 * - The text extraction of the PDF dropped the separator "|" that the plan uses in headings
 *   ("Datenschutz | Datensicherheit", "Berufskollegs | Förderschulen", …); it is restored in
 *   titles where the chapter headings of the plan show it.
 * - Parents' planned start/end are not given by the plan and are left empty; dates that the
 *   Anlage 7 rows name ("bis Ende 2019" …) are set on the sub-project as plannedEnd.
 */

const UNIT_AG_DIGITALISIERUNG = 'Ständige Arbeitsgruppe "Digitalisierung und E-Government"';
const UNIT_FIBU = 'Zentrale Finanzbuchhaltung';

export const unnaProgramme: TProgrammeExchangeInput = {
  formatVersion: 1,
  programme: {
    key: 'unna-masterplan',
    title: 'Digitaler Masterplan Kreis Unna',
    // Impressum: "Stand Mai 2019" — no day is given, so asOfDate stays empty.
    version: 'Mai 2019',
    asOfDate: null,
    description:
      'Strategischer Handlungsrahmen für die Entwicklung eines strukturierten E-Governments sowie ' +
      'Open Governments des Kreises Unna in den Jahren 2019 bis 2022 (Digitalisierung der ' +
      'Kreisverwaltung, digitale Bildungsinfrastruktur als Schulträger, Open Government | Open Data, ' +
      'Einbringung des „Konzerns Kreis Unna“). Der Masterplan wird kontinuierlich fortgeschrieben.',
    // Impressum: Herausgeber Kreis Unna – Der Landrat, Steuerungsdienst.
    leadUnit: 'Steuerungsdienst',
  },

  // Anlage 7: the six categories of the portfolio table, in the order of the plan.
  fieldsOfAction: [
    { key: 'gpk', title: 'Geschäftsprozesse für Kunden' },
    { key: 'igp', title: 'Interne Geschäftsprozesse' },
    { key: 'str', title: 'Schulträgeraufgaben' },
    { key: 'ogd', title: 'Open Government | Open Data Projekte' },
    { key: 'res', title: 'Ressourcen' },
    { key: 'wei', title: 'Weitere' },
  ],

  projects: [
    // ---------------------------------------------------------------- Anlage 7 (1)
    // Geschäftsprozesse für Kunden
    { key: 'gpk-1', code: '1', fieldOfActionKey: 'gpk', title: 'Internet-Auftritt', maturity: 2 }, // min of children
    {
      key: 'gpk-1.1',
      code: '1.1',
      parentKey: 'gpk-1',
      fieldOfActionKey: 'gpk',
      title: 'Wahrnehmung des kreiseigenen Internetauftritts (www.kreis-unna.de) als Informationsplattform',
      maturity: 3,
    },
    {
      key: 'gpk-1.2',
      code: '1.2',
      parentKey: 'gpk-1',
      fieldOfActionKey: 'gpk',
      title: 'Aktualität und Pflege der Internetinhalte von allen Fachbereichen, Fachdiensten und Stabsstellen',
      maturity: 2,
    },
    {
      key: 'gpk-1.3',
      code: '1.3',
      parentKey: 'gpk-1',
      fieldOfActionKey: 'gpk',
      title: 'Optimale Darstellung für mobile Endgeräte (Responsive Webdesign)',
      maturity: 2,
    },
    { key: 'gpk-2', code: '2', fieldOfActionKey: 'gpk', title: 'Digitale Kommunikation', maturity: 2 }, // min of children
    {
      key: 'gpk-2.1',
      code: '2.1',
      parentKey: 'gpk-2',
      fieldOfActionKey: 'gpk',
      title: 'Schaffung eines digitalen Nachrichtenportals (www.kreis-unna.de/nachrichten)',
      maturity: 3,
    },
    {
      key: 'gpk-2.2',
      code: '2.2',
      parentKey: 'gpk-2',
      fieldOfActionKey: 'gpk',
      title: 'Aktivitäten im Bereich Social Media (facebook, Twitter, Instagram)',
      maturity: 2,
    },
    {
      key: 'gpk-3',
      code: '3',
      fieldOfActionKey: 'gpk',
      title: 'Zentrales Serviceportal',
      // Chapter "Arbeitsstrukturen": AG I "Projektierung eines Serviceportals und von Querschnittsdiensten".
      responsibleUnit: UNIT_AG_DIGITALISIERUNG,
      maturity: 1, // min of children
      goalKeys: ['M1'],
    },
    {
      key: 'gpk-3.1',
      code: '3.1',
      parentKey: 'gpk-3',
      fieldOfActionKey: 'gpk',
      title:
        'Schaffung eines Serviceportals mit zielgruppenorientierter Präsentation der Online-Dienste des ' +
        'Kreises Unna und seiner Gesellschaften unter einem einheitlichen Corporate Design',
      maturity: 1,
      // The portal carries the Gesellschaften's services: L4.
      goalKeys: ['L4'],
    },
    {
      key: 'gpk-3.2',
      code: '3.2',
      parentKey: 'gpk-3',
      fieldOfActionKey: 'gpk',
      title: 'Einrichtung des Serviceportals als Voraussetzung für den Portalverbund',
      maturity: 1,
    },
    {
      key: 'gpk-4',
      code: '4',
      fieldOfActionKey: 'gpk',
      title: 'Service-Konto NRW',
      // Chapter "Service-Konto NRW": gemeinsames Angebot von MWIDE NRW und KDN.
      involvedParties: 'Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie NRW; KDN (Dachverband kommunaler IT-Dienstleister)',
      maturity: 1, // min of children
    },
    {
      key: 'gpk-4.1',
      code: '4.1',
      parentKey: 'gpk-4',
      fieldOfActionKey: 'gpk',
      title:
        'Möglichkeit der einmaligen Registrierung (für BürgerInnen, Unternehmen und Organisationen) zur ' +
        'vielfachen Nutzung der gespeicherten Daten: Ein Benutzerkonto, um sich in allen Online-Diensten ' +
        'der Verwaltung sicher auszuweisen.',
      maturity: 1,
    },
    {
      key: 'gpk-4.2',
      code: '4.2',
      parentKey: 'gpk-4',
      fieldOfActionKey: 'gpk',
      title: 'Einrichtung des Service-Kontos NRW als Voraussetzung für den Portalverbund',
      maturity: 1,
    },
    {
      // No numbered sub-projects: the unnumbered Anlage 7 line is the description; Reifegrad "1".
      key: 'gpk-5',
      code: '5',
      fieldOfActionKey: 'gpk',
      title: 'Portalverbund (OZG)',
      description:
        'Nach dem Onlinezugangsgesetz (OZG) sind auf Bundes-, Landes- und kommunaler Ebene lebens- und ' +
        'unternehmenslagenorientierte Verwaltungsportale verpflichtend bis Ende 2022 aufzubauen.',
      plannedEnd: '2022-12-31', // "verpflichtend bis Ende 2022"
      maturity: 1,
      // Anlage 7 3.2 / 4.2: Serviceportal and Service-Konto NRW are "Voraussetzung für den Portalverbund".
      dependsOn: ['gpk-3', 'gpk-4'],
    },
    {
      key: 'gpk-6',
      code: '6',
      fieldOfActionKey: 'gpk',
      title: 'Elektronischer Zugang (Postfach)',
      maturity: 1, // min of children
    },
    {
      key: 'gpk-6.1',
      code: '6.1',
      parentKey: 'gpk-6',
      fieldOfActionKey: 'gpk',
      title:
        'Zusendung eines elektronischen Dokumentes (per E-Mail) mit einer qualifizierten elektronischen ' +
        'Signatur nach der eIDAS Verordnung',
      maturity: 2,
    },
    {
      key: 'gpk-6.2',
      code: '6.2',
      parentKey: 'gpk-6',
      fieldOfActionKey: 'gpk',
      title:
        'Zugangseröffnung De-Mail Adresse als Erfüllung entsprechender Formerfordernisse in ' +
        'schriftformwahrender Versandart (§ 5 Abs. 5 De-Mail-Gesetz)',
      maturity: 2,
    },
    {
      key: 'gpk-6.3',
      code: '6.3',
      parentKey: 'gpk-6',
      fieldOfActionKey: 'gpk',
      title: 'Klärung Art der Rückkommunikation | Voraussetzung für die rechtsverbindliche Zustellung',
      maturity: 1,
    },
    {
      key: 'gpk-7',
      code: '7',
      fieldOfActionKey: 'gpk',
      title: 'Elektronische Bezahlungsmöglichkeit (E-Payment)',
      maturity: 1, // min of children
    },
    {
      key: 'gpk-7.1',
      code: '7.1',
      parentKey: 'gpk-7',
      fieldOfActionKey: 'gpk',
      title:
        'Anschaffung eines zentral einsetzbaren E-Payment-Moduls als Ergänzung der Finanzsoftware ' +
        '"INFOMA newsystem®kommunal" bis Ende 2018',
      plannedEnd: '2018-12-31', // "bis Ende 2018"
      maturity: 3,
    },
    {
      key: 'gpk-7.2',
      code: '7.2',
      parentKey: 'gpk-7',
      fieldOfActionKey: 'gpk',
      title:
        'Auswahl von zwei Dienstleistungsanbietern von E-Payment-Plattformen (Giropay und PayPal), so dass ' +
        'die Möglichkeit besteht, Mahnungen online zu begleichen.',
      involvedParties: 'E-Payment-Plattformen GiroPay und PayPal',
      maturity: 3,
    },
    {
      key: 'gpk-7.3',
      code: '7.3',
      parentKey: 'gpk-7',
      fieldOfActionKey: 'gpk',
      title:
        'Integration des E-Payments als Bestandteil all derjenigen Geschäftsprozesse, bei denen Gebühren ' +
        'zu entrichten oder Zahlungen zu leisten sind.',
      maturity: 1,
    },
    {
      key: 'gpk-8',
      code: '8',
      fieldOfActionKey: 'gpk',
      title: 'Elektronische Rechnung',
      // Chapter "Aktuelle Maßnahmen im Jahr 2019": "Die Zentrale Finanzbuchhaltung hat sich entschieden, die Umsetzung so früh wie möglich anzugehen".
      responsibleUnit: UNIT_FIBU,
      maturity: 3, // min of children
    },
    {
      key: 'gpk-8.1',
      code: '8.1',
      parentKey: 'gpk-8',
      fieldOfActionKey: 'gpk',
      title:
        'Realisierung der technischen Voraussetzungen durch das beim Kreis Unna eingesetzten DV-Finanzwesen ' +
        '"INFOMA newsystem®kommunal"',
      maturity: 3,
    },
    {
      key: 'gpk-8.2',
      code: '8.2',
      parentKey: 'gpk-8',
      fieldOfActionKey: 'gpk',
      // Anlage 7 spells "eREchnungs-Manager"; chapter "Aktuelle Maßnahmen im Jahr 2019" »eRechnungs-Manager«.
      title:
        'Erwerb des Moduls "eRechnungs-Manager" der Finanzsoftware, um die E-Rechnung unmittelbar in den ' +
        'elektronischen Kontierungsworkflow übergeben und bearbeiten zu können',
      involvedParties: 'AXIANS INFOMA (Finanzsoftware newsystem®kommunal)',
      maturity: 3,
      dependsOn: ['igp-2'], // hands the E-Rechnung over to the Kontierungsworkflow
    },
    {
      key: 'gpk-9',
      code: '9',
      fieldOfActionKey: 'gpk',
      title: 'Formularserver',
      description:
        'Auswahl und Erwerb, um die Nutzung elektronischer Formulare auf jeder "Kommunikationsstufe" ' +
        'barrierefrei anbieten zu können',
      maturity: 1,
      goalKeys: ['M4'],
    },
    {
      key: 'gpk-10',
      code: '10',
      fieldOfActionKey: 'gpk',
      title: 'Internetbasierte Kfz-Zulassung',
      // Chapter "Internetbasierte Kfz-Zulassung": "Im Fachbereich Straßenverkehr steht die Umsetzung der
      // dritten Stufe … an"; chapter "Aktueller Stand": "Fachbereich 36 Straßenverkehr".
      responsibleUnit: 'Fachbereich 36 Straßenverkehr',
      maturity: 2, // min of children
    },
    {
      key: 'gpk-10.1',
      code: '10.1',
      parentKey: 'gpk-10',
      fieldOfActionKey: 'gpk',
      title: 'Stufe 1: Online-Außerbetriebsetzung',
      maturity: 3,
    },
    {
      key: 'gpk-10.2',
      code: '10.2',
      parentKey: 'gpk-10',
      fieldOfActionKey: 'gpk',
      title: 'Stufe 2: Online-Wiederzulassung',
      maturity: 3,
    },
    {
      key: 'gpk-10.3',
      code: '10.3',
      parentKey: 'gpk-10',
      fieldOfActionKey: 'gpk',
      title:
        'Stufe 3: Online Fahrzeugzulassung, Einführung neuer Zulassungsbescheinigungen, Aufnahme weiterer ' +
        'Zulassungsvorgänge, Umsetzung im Jahr 2019',
      plannedEnd: '2019-12-31', // "Umsetzung im Jahr 2019" (no start date given)
      maturity: 2,
      goalKeys: ['M2'],
    },

    // ---------------------------------------------------------------- Anlage 7 (2)
    // Interne Geschäftsprozesse
    {
      key: 'igp-1',
      code: '1',
      fieldOfActionKey: 'igp',
      title: 'Elektronische Akte | Dokumenten-Management-System (DMS)',
      // Chapter "Arbeitsstrukturen": AG I "Projektierung der Einführung eines Dokumenten-Management-Systems".
      responsibleUnit: UNIT_AG_DIGITALISIERUNG,
      involvedParties: 'd.velop AG (Produkt d.3ecm)',
      maturity: 1, // min of children
      goalKeys: ['M3'],
    },
    {
      key: 'igp-1.1',
      code: '1.1',
      parentKey: 'igp-1',
      fieldOfActionKey: 'igp',
      title:
        'Beschluss des Kreistages am 04. Dezember 2018 zur Beschaffung eines Dokumenten-Management-Systems. ' +
        'Die Wahl fiel auf das Produkt d.3ecm des Software-Anbieters d.velop AG',
      maturity: 3,
    },
    {
      key: 'igp-1.2',
      code: '1.2',
      parentKey: 'igp-1',
      fieldOfActionKey: 'igp',
      title: 'Teilziel DMS Einführung des DMS-Systems d.3ecm in drei Pilotbereiche | Testumgebungen bis Ende 2019',
      plannedEnd: '2019-12-31', // "bis Ende 2019"
      maturity: 1,
      dependsOn: ['igp-1.1'], // introduction follows the purchase decision ("Aktuelle Maßnahmen im Jahr 2019")
      goalKeys: ['L.1.1'],
    },
    {
      key: 'igp-1.3',
      code: '1.3',
      parentKey: 'igp-1',
      fieldOfActionKey: 'igp',
      title: 'Teilziel DMS Einführung des DMS-Systems d.3ecm an 500 Arbeitsplätzen (1. Phase) bis Ende 2022',
      plannedEnd: '2022-12-31', // "bis Ende 2022"
      maturity: 1,
      // Chapter "Aktuelle Maßnahmen im Jahr 2019": "Mit der Einführung, zuerst in bestimmten Pilotbereichen …" — pilots first.
      dependsOn: ['igp-1.2'],
      goalKeys: ['L.1.2'],
    },
    {
      key: 'igp-2',
      code: '2',
      fieldOfActionKey: 'igp',
      title: 'Kontierungsworkflow',
      description:
        'Nutzung eines elektronischen Kontierungsworkflows zwischen der Zentralen Finanzbuchhaltung und den ' +
        'Organisationseinheiten der Kreisverwaltung Unna',
      // Chapter "Aktuelle Maßnahmen im Jahr 2019": "durch die Zentrale Finanzbuchhaltung … bis Ende des Jahres 2018 umgesetzt".
      responsibleUnit: UNIT_FIBU,
      maturity: 3,
    },
    { key: 'igp-3', code: '3', fieldOfActionKey: 'igp', title: 'Digitale Poststelle', maturity: 2 }, // min of children
    {
      key: 'igp-3.1',
      code: '3.1',
      parentKey: 'igp-3',
      fieldOfActionKey: 'igp',
      title: 'Scannen von Eingangsrechnungen und Einspeisung in den Kontierungsworkflow',
      maturity: 3,
      dependsOn: ['igp-2'],
    },
    {
      key: 'igp-3.2',
      code: '3.2',
      parentKey: 'igp-3',
      fieldOfActionKey: 'igp',
      title: 'Zentrales Scannen des gesamten Posteingangs der Kreisverwaltung Unna',
      maturity: 2,
    },
    {
      key: 'igp-3.3',
      code: '3.3',
      parentKey: 'igp-3',
      fieldOfActionKey: 'igp',
      title: 'Schaffung der räumlichen und technischen Voraussetzungen für das zentrale Scannen',
      maturity: 2,
    },
    {
      key: 'igp-4',
      code: '4',
      fieldOfActionKey: 'igp',
      // Anlage 7 writes "Elektronische Gerichts- …"; the chapter heading "Elektronisches …" is used.
      title: 'Elektronisches Gerichts- und Verwaltungspostfach (EGVP)',
      description:
        'Vorbereitung der Kreisverwaltung Unna auf die Anforderungen zur Nutzung der EGVP-Komponenten ' +
        '(EGVP, beA, beN, beBPO)',
      maturity: 1,
    },
    {
      key: 'igp-5',
      code: '5',
      fieldOfActionKey: 'igp',
      title: 'Prozessmanagement',
      description:
        'Mit der Einführung des Dokumenten-Management-Systems einhergehende Geschäftsprozess-Analyse mit dem ' +
        'Ziel der Optimierung und Modellierung.',
      maturity: 1,
    },

    // Schulträgeraufgaben
    {
      key: 'str-1',
      code: '1',
      fieldOfActionKey: 'str',
      title: 'Medienentwicklungsplan',
      // Anlage 2 M6: "durch die Arbeitsgruppe 'Medienentwicklungsplan'"; chapter "Arbeitsstrukturen" AG V "Medienentwicklungsplanung".
      responsibleUnit: 'Arbeitsgruppe "Medienentwicklungsplanung"',
      maturity: 1, // min of children
      goalKeys: ['L.2.1', 'M6'],
    },
    {
      key: 'str-1.1',
      code: '1.1',
      parentKey: 'str-1',
      fieldOfActionKey: 'str',
      title:
        'Teilziel Erarbeitung der Medienkonzepte der Berufskollegs | Förderschulen (Grundlage zur Erstellung ' +
        'Medienentwicklungsplan)',
      maturity: 2,
    },
    {
      key: 'str-1.2',
      code: '1.2',
      parentKey: 'str-1',
      fieldOfActionKey: 'str',
      title:
        'Teilziel Erstellung des Medienentwicklungsplanes für die Berufskollegs | Förderschulen auf Grundlage ' +
        'der Medienkonzepte bis Mitte 2019',
      plannedEnd: '2019-06-30', // "bis Mitte 2019"
      maturity: 1,
      dependsOn: ['str-1.1'], // "auf Grundlage der Medienkonzepte"
      goalKeys: ['L.2.1'],
    },
    {
      key: 'str-1.3',
      code: '1.3',
      parentKey: 'str-1',
      fieldOfActionKey: 'str',
      title:
        'Technische Anbindung aller Berufskollegs | Förderschulen an die Zentrale Datenverarbeitung über ein ' +
        'Schulverwaltungsnetz für alle Schulgebäude bis Ende 2019',
      plannedEnd: '2019-12-31', // "bis Ende 2019"
      maturity: 2,
      goalKeys: ['L.2.2'],
    },
    {
      key: 'str-1.4',
      code: '1.4',
      parentKey: 'str-1',
      fieldOfActionKey: 'str',
      title: 'Teilziel Vereinbarung zur Zusammenarbeit zwischen Schulen und Schulträger bis Mitte 2019',
      plannedEnd: '2019-06-30', // "bis Mitte 2019"
      maturity: 1,
      goalKeys: ['L.2.3'],
    },
    {
      key: 'str-2',
      code: '2',
      fieldOfActionKey: 'str',
      title: 'Technische Infrastruktur',
      maturity: 1, // min of children
      goalKeys: ['W2'],
    },
    {
      key: 'str-2.1',
      code: '2.1',
      parentKey: 'str-2',
      fieldOfActionKey: 'str',
      title: 'Technische Ausstattung - Schaffung nahezu homogener Standards in der Hardwarebeschaffung -',
      maturity: 2,
    },
    {
      key: 'str-2.2',
      code: '2.2',
      parentKey: 'str-2',
      fieldOfActionKey: 'str',
      title: 'Technische Wartung und Support (1st-Level-Support; 2nd-Level-Support)',
      maturity: 1,
    },
    {
      key: 'str-3',
      code: '3',
      fieldOfActionKey: 'str',
      title: 'Lern- und Kommunikationsplattform PeP (Provided Education Portal)',
      description:
        'Einbindung des digitalen Lernmittels PeP als ein zentrales und jederzeit zugängliches, ' +
        'alltagstaugliches Informations- und Kommunikationsbasis als Teil eines Online-Portals mit virtuellen ' +
        'Klassenzimmern für SchülerInnen und Lehrkräfte.',
      // Chapter "Lern- und Kommunikationsplattform PeP": "PeP wurde von der Zentralen Datenverarbeitung des Kreises Unna entwickelt".
      involvedParties: 'Zentrale Datenverarbeitung (Entwicklung und Betrieb im Kreisrechenzentrum)',
      maturity: 3,
      goalKeys: ['W2'],
    },

    // Open Government | Open Data Projekte
    {
      key: 'ogd-1',
      code: '1',
      fieldOfActionKey: 'ogd',
      title: 'Georeferenzierung',
      // Chapter "Open Government | Open Data - Projekte": "Die vom Landrat im Februar 2018 eingerichtete ständige Arbeitsgruppe Geodatenmanagement …".
      responsibleUnit: 'Ständige Arbeitsgruppe "Geodatenmanagement"',
      maturity: 1, // min of children
      goalKeys: ['M5'],
    },
    {
      key: 'ogd-1.1',
      code: '1.1',
      parentKey: 'ogd-1',
      fieldOfActionKey: 'ogd',
      title:
        'Nutzbarmachung der Möglichkeiten der Georeferenzierung, der Zusammenführung geographischer und ' +
        'statistischer Daten',
      maturity: 2,
    },
    {
      key: 'ogd-1.2',
      code: '1.2',
      parentKey: 'ogd-1',
      fieldOfActionKey: 'ogd',
      title: 'Weiterentwicklung des Geodaten-Portals (Medienbruchfreiheit und gebührenfreie Weitergabe von Daten)',
      maturity: 1,
    },
    {
      key: 'ogd-1.3',
      code: '1.3',
      parentKey: 'ogd-1',
      fieldOfActionKey: 'ogd',
      title:
        'Bis zum Jahr 2022 stellt der Kreis Unna Geodaten unter einer Open-Data-Lizenz zur Verfügung und ' +
        'richte einen technischen Zugang zum Download ein.',
      plannedEnd: '2022-12-31', // "Bis zum Jahr 2022"
      maturity: 1,
      goalKeys: ['L3'],
    },
    { key: 'ogd-1.4', code: '1.4', parentKey: 'ogd-1', fieldOfActionKey: 'ogd', title: 'Relaunch des GeoServices', maturity: 1 },
    {
      key: 'ogd-1.5',
      code: '1.5',
      parentKey: 'ogd-1',
      fieldOfActionKey: 'ogd',
      title: 'Schaffung eines Metadateninformationssystems',
      maturity: 1,
    },
    {
      key: 'ogd-1.6',
      code: '1.6',
      parentKey: 'ogd-1',
      fieldOfActionKey: 'ogd',
      title:
        'Einrichtung einer GeoData Warehouse-Lösung, um Daten aus verschiedenen Quellen an einer zentralen ' +
        'Stellen vorzuhalten',
      maturity: 1,
    },
    {
      // Anlage 7 lists two unnumbered lines here, each with Reifegrad "1". Decision: they are NOT
      // made two sub-projects. The first line restates the intended effect (it is W3 almost word for
      // word), the second names the means to reach it (chapter "Open Government | Open Data - Projekte": "Ein Ziel des Kreises Unna ist die
      // Erstellung eines Open-Data-Konzeptes"); together they describe one project. Both lines are
      // kept in the description; the maturity is their common level 1.
      key: 'ogd-2',
      code: '2',
      fieldOfActionKey: 'ogd',
      title: 'Open Government | Open Data',
      description:
        'Die vom Kreis Unna erhobenen Daten können maschinenlesbar und unentgeltlich von allen Interessenten ' +
        'genutzt werden. Entwicklung eines Open Data - Konzeptes.',
      maturity: 1,
      goalKeys: ['W3'],
    },
    {
      key: 'ogd-3',
      code: '3',
      fieldOfActionKey: 'ogd',
      title: '"Konzern Kreis Unna" | Jobcenter Kreis Unna',
      // Chapter '"Konzern Kreis Unna" | Jobcenter Kreis Unna' lists the Gesellschaften GWA, WFG, VKU, UKBS, NFG.
      involvedParties: 'Gesellschaften des Kreises Unna (GWA, WFG, VKU, UKBS GmbH, NFG) und Jobcenter Kreis Unna',
      maturity: 1, // min of children
      goalKeys: ['W4'],
    },
    {
      key: 'ogd-3.1',
      code: '3.1',
      parentKey: 'ogd-3',
      fieldOfActionKey: 'ogd',
      title: 'Integration der Tochtergesellschaften des Kreises Unna in die gesamtheitliche Digitalisierungsstrategie',
      maturity: 1,
    },
    {
      key: 'ogd-3.2',
      code: '3.2',
      parentKey: 'ogd-3',
      fieldOfActionKey: 'ogd',
      title: 'Schaffung einer einheitlichen digitalen Dachmarke "Kreis Unna" | Corporate Design',
      maturity: 1,
    },
    {
      key: 'ogd-3.3',
      code: '3.3',
      parentKey: 'ogd-3',
      fieldOfActionKey: 'ogd',
      title: 'Zusammenschluss von Informationen und Angeboten von Dienstleistungen der Gesellschaften',
      maturity: 1,
    },
    {
      key: 'ogd-3.4',
      code: '3.4',
      parentKey: 'ogd-3',
      fieldOfActionKey: 'ogd',
      title:
        'Bis zum Jahr 2021 werden über das Serviceportal des "Konzerns Kreis Unna" die digitalen Prozesse und ' +
        'Dienstleistungen der Gesellschaften | Jobcenter Kreis Unna angeboten',
      plannedEnd: '2021-12-31', // "Bis zum Jahr 2021"
      maturity: 1,
      dependsOn: ['gpk-3'], // offered "über das Serviceportal"
      goalKeys: ['L4'],
    },
    {
      key: 'ogd-3.5',
      code: '3.5',
      parentKey: 'ogd-3',
      fieldOfActionKey: 'ogd',
      title:
        'Erstellung eines Gesamtkonzeptes sowie abgestimmte Teilkonzepte mit den einzelnen ' +
        'Tochtergesellschaften und dem Jobcenter Kreis Unna',
      maturity: 1,
      goalKeys: ['M7'],
    },
    {
      // One Anlage 7 cell with one Reifegrad; its "1. … 4." are the four points of chapter "Open Government | Open Data" (Kapitel 5.4), not
      // numbered sub-projects of the Anlage 7 scheme (x.y) — kept as the description.
      key: 'ogd-4',
      code: '4',
      fieldOfActionKey: 'ogd',
      title: 'Weitere Open Data - Projekte',
      description:
        '1. Entwicklung neuer Kooperationsformen, 2. Steigerung der Transparenz, 3. Steigerung der Teilhabe, ' +
        '4. Ausbau der Dienstleistungsangebote',
      maturity: 1,
    },

    // ---------------------------------------------------------------- Anlage 7 (3)
    // Ressourcen
    {
      key: 'res-1',
      code: '1',
      fieldOfActionKey: 'res',
      title: 'Fördermittel',
      description:
        'Recherche und Beantragung und Nutzung von Fördermitteln als Finanzierungsmöglichkeiten des Bundes und ' +
        'des Landes NRW',
      maturity: 1,
    },
    {
      key: 'res-2',
      code: '2',
      fieldOfActionKey: 'res',
      title: 'IT-Ausstattung',
      description:
        'Besetzung von 2,0 Stellen im Bereich der Zentralen Datenverarbeitung für die Umsetzung von ' +
        'Digitalisierungsprojekten der Kreisverwaltung Unna',
      responsibleUnit: 'Zentrale Datenverarbeitung',
      maturity: 1,
    },

    // Weitere
    {
      key: 'wei-1',
      code: '1',
      fieldOfActionKey: 'wei',
      title: 'Interkommunale Zusammenarbeit',
      description:
        'Austausch in der seit 2016 bestehenden Arbeitsgruppe (Beschluss der Bürgermeisterkonferenz) über die ' +
        'Einführung und Umsetzung von E-Government-Projekten',
      involvedParties: 'Städte und Gemeinden im Kreis Unna (Arbeitsgruppe auf Initiative der Bürgermeisterkonferenz)',
      maturity: 2,
    },
    { key: 'wei-2', code: '2', fieldOfActionKey: 'wei', title: 'Gremienarbeit des Kreistages', maturity: 3 }, // min of children
    {
      key: 'wei-2.1',
      code: '2.1',
      parentKey: 'wei-2',
      fieldOfActionKey: 'wei',
      title: 'Digitale, papierlose Umstellung des Sitzungsdienstes',
      maturity: 3,
    },
    {
      key: 'wei-2.2',
      code: '2.2',
      parentKey: 'wei-2',
      fieldOfActionKey: 'wei',
      title: 'Erschließung weiterer Möglichkeiten zur digitalen Gremienarbeit im Rahmen eines interfraktionellen Arbeitskreises',
      maturity: 3,
    },
    {
      key: 'wei-3',
      code: '3',
      fieldOfActionKey: 'wei',
      title: 'Interaktiver Haushalt des Kreises Unna',
      description: 'Interaktive Darstellung des Haushaltes des Kreises Unna seit März 2018',
      maturity: 3,
    },
    { key: 'wei-4', code: '4', fieldOfActionKey: 'wei', title: 'MitarbeiterInnen', maturity: 1 }, // min of children
    {
      key: 'wei-4.1',
      code: '4.1',
      parentKey: 'wei-4',
      fieldOfActionKey: 'wei',
      title: 'Zeiterfassungssoftware (IPEV X4) für die Zeiterfassung und Beantragung von Urlaub und Gleitzeit seit 2008',
      maturity: 3,
    },
    {
      key: 'wei-4.2',
      code: '4.2',
      parentKey: 'wei-4',
      fieldOfActionKey: 'wei',
      title: 'Das Intranet als digitale Plattform für die MitarbeiterInnen',
      maturity: 3,
    },
    {
      key: 'wei-4.3',
      code: '4.3',
      parentKey: 'wei-4',
      fieldOfActionKey: 'wei',
      title:
        'Entwicklung einer Dienstvereinbarung Digitalisierung in der Kreisverwaltung Unna (Regelungen u.a. über ' +
        'Beschäftigungssicherung, Datenschutz, Nutzung mobiler Endgeräte, Schulung und Qualifizierung etc.)',
      maturity: 1,
    },
    { key: 'wei-5', code: '5', fieldOfActionKey: 'wei', title: 'Datenschutz | Datensicherheit', maturity: 2 }, // min of children
    {
      key: 'wei-5.1',
      code: '5.1',
      parentKey: 'wei-5',
      fieldOfActionKey: 'wei',
      // Anlage 7 spells "Defferenzialsicherung"; chapter "Datenschutz | Datensicherheit" "Differenzialsicherung".
      title:
        'Der Kreis Unna verfügt über eine Datenspiegelung, Speicherabbild-Sicherung, Server-Virtualisierung, ' +
        'Vollsicherung, Differenzialsicherung, Auslagerung und ein Ausfallrechenzentrum',
      maturity: 3,
    },
    {
      key: 'wei-5.2',
      code: '5.2',
      parentKey: 'wei-5',
      fieldOfActionKey: 'wei',
      title:
        'Im Februar 2014 wurde ein vollständig neues Serverraumkonzept baulich umgesetzt (sicherheitstechnischer ' +
        'Standard auf oberstem Niveau)',
      maturity: 3,
    },
    {
      key: 'wei-5.3',
      code: '5.3',
      parentKey: 'wei-5',
      fieldOfActionKey: 'wei',
      title:
        'Gemeinsam mit der Stadt Unna verfügt der Kreis Unna über einen Datenschutz-Beauftragten (Einhaltung und ' +
        'Durchsetzung der Datenschutz-Grundverordnung (DSGVO))',
      involvedParties: 'Stadt Unna',
      maturity: 3,
    },
    {
      key: 'wei-5.4',
      code: '5.4',
      parentKey: 'wei-5',
      fieldOfActionKey: 'wei',
      title: 'Einrichten einer Stelle eines IT-Sicherheitsbeauftragten (Beschluss Bürgermeisterkonferenz)',
      involvedParties: 'Bürgermeisterkonferenz (gemeinsamer IT-Sicherheitsbeauftragter)',
      maturity: 2,
    },
  ],

  // The plan keeps no milestone list. Only two events carry an exact day in the text, both already
  // reached, so they are recorded as milestones with an actual date and no planned date.
  milestones: [
    {
      key: 'gpk-6-ms-qes-demail',
      projectKey: 'gpk-6',
      // Chapter "Aktuelle Maßnahmen im Jahr 2019": "Seit dem 01.01.2018 ist der Empfang von E-Mails mit qualifizierter elektronischer
      // Signatur und von De-Mail möglich."
      title: 'Empfang von E-Mails mit qualifizierter elektronischer Signatur und von De-Mail möglich',
      actualDate: '2018-01-01',
    },
    {
      key: 'gpk-10.2-ms-stufe-2',
      projectKey: 'gpk-10.2',
      // Chapter "Internetbasierte Kfz-Zulassung": "Stufe 2: Online-Wiederzulassung …, Umsetzung seit 01.10.2017".
      title: 'Stufe 2 (Online-Wiederzulassung) umgesetzt',
      actualDate: '2017-10-01',
    },
  ],

  // Anlage 2 (WOS Datenblatt) and chapter "Wirkungsziele und Leistungsziele". Texts as in Anlage 2.
  goals: [
    {
      key: 'W1',
      kind: 'impact',
      text:
        'Die Bürgerinnen und Bürger, Unternehmen, Verbände sowie öffentlichen und privaten Einrichtungen im ' +
        'Kreis Unna können die Dienstleistungen der Kreisverwaltung Unna medienbruchfrei und barrierefrei ' +
        'digital nutzen.',
    },
    {
      key: 'W2',
      kind: 'impact',
      text:
        'Die Schülerinnen und Schüler der in Trägerschaft des Kreises Unna stehenden Schulen (Berufskollegs, ' +
        'Förderschulen) nutzen umfassend die Möglichkeiten der digitalen Bildung.',
    },
    {
      key: 'W3',
      kind: 'impact',
      text:
        'Die vom Kreis Unna zur Erfüllung öffentlicher Aufgaben erhobenen Daten können maschinenlesbar und ' +
        'unentgeltlich von Bürgerinnen und Bürgern sowie Unternehmen genutzt werden.',
    },
    {
      key: 'W4',
      kind: 'impact',
      text:
        'Die Gesellschaften des "Konzerns Kreis Unna" und das Jobcenter bringen ihre jeweiligen digitalen ' +
        'Dienstleistungen und Prozesse in die Digitalisierungsstrategie des Kreises Unna ein.',
    },
    {
      key: 'L.1.1',
      kind: 'output',
      parentKey: 'W1',
      text:
        'Einführung der elektronischen Akte in drei Pilotbereichen der Kreisverwaltung Unna sowie die digitale ' +
        'Umsetzung ausgewählter Geschäftsprozesse bis Ende 2019.',
      dueDate: '2019-12-31', // "bis Ende 2019" → 31.12.2019
    },
    {
      key: 'L.1.2',
      kind: 'output',
      parentKey: 'W1',
      text:
        'Umsetzung der ersten Phase der verwaltungsweiten Einführung eines Dokumentenmanagementsystems (DMS) ' +
        'mit elektronischer Akte an 500 Arbeitsplätzen bis zum Jahr 2022.',
      dueDate: '2022-12-31', // "bis zum Jahr 2022" → 31.12.2022
    },
    {
      key: 'L.2.1',
      kind: 'output',
      parentKey: 'W2',
      text:
        'Bis Mitte 2019 wird ein Medienentwicklungsplan für die Berufskollegs sowie die Förderschulen des ' +
        'Kreises Unna in dem Umfang erarbeitet, dass er dem Kreistag zur Entscheidung über die Bereitstellung ' +
        'entsprechender Ressourcen vorgelegt werden kann.',
      dueDate: '2019-06-30', // "Bis Mitte 2019" → 30.06.2019
    },
    {
      key: 'L.2.2',
      kind: 'output',
      parentKey: 'W2',
      text:
        'Bis 2019 ist die technische Anbindung aller Schulen in Trägerschaft des Kreises Unna an die Zentrale ' +
        'Datenverarbeitung über ein Schulverwaltungsnetz für alle Schulgebäude abgeschlossen.',
      // Anlage 2 says "Bis 2019", chapter "Digitale Bildungsinfrastruktur" and Anlage 7 (Schulträger 1.3) say "Bis Ende 2019" → 31.12.2019.
      dueDate: '2019-12-31',
    },
    {
      key: 'L.2.3',
      kind: 'output',
      parentKey: 'W2',
      text:
        'Bis Mitte 2019 wird zwischen den Schulen und dem Schulträger eine Vereinbarung zur Zusammenarbeit ' +
        'geschlossen, in der sich beide Seiten zu bestimmten Maßnahmen verpflichten.',
      dueDate: '2019-06-30', // "Bis Mitte 2019" → 30.06.2019
    },
    {
      key: 'L3',
      kind: 'output',
      parentKey: 'W3',
      text:
        'Bis zum Jahr 2022 stellt der Kreis Unna als geodatenhaltende Stelle Geodaten unter einer ' +
        'Open-Data-Lizenz zur Verfügung und richtet einen technischen Zugang zum Download ein.',
      dueDate: '2022-12-31', // "Bis zum Jahr 2022" → 31.12.2022
    },
    {
      key: 'L4',
      kind: 'output',
      parentKey: 'W4',
      text:
        'Die digitalen Dienstleistungen der Gesellschaften des "Konzerns Kreis Unna" werden bis zum Jahr ' +
        '2020/2021 über das Serviceportal des Kreises Unna angeboten.',
      // Anlage 2 says "2020/2021"; chapter 'Digitalisierung "Konzern Kreis Unna"' and Anlage 7 (Open Government 3.4) say "bis zum Jahr 2021"
      // → 31.12.2021 (the later, repeated date).
      dueDate: '2021-12-31',
    },
    // Measures, each under the goal it serves.
    {
      key: 'M1',
      kind: 'measure',
      // Serviceportal: the text ties it to the digital use of the services in general; no single
      // output goal is named, so it hangs under W1.
      parentKey: 'W1',
      text:
        'Auswahl einer Software und Einrichtung eines Serviceportals im Internetauftritt des Kreises Unna zur ' +
        'Bündelung von digitalen Schwerpunktangeboten.',
    },
    {
      key: 'M2',
      kind: 'measure',
      parentKey: 'W1', // I-Kfz Stufe 3: no output goal names it → W1
      text:
        'Umsetzung des Fachkonzepts zur dritten Stufe des Projektes internetbasierte Fahrzeugzulassung (I-Kfz) ' +
        'des Bundesministeriums für Verkehr und digitale Infrastruktur.',
    },
    {
      key: 'M3',
      kind: 'measure',
      parentKey: 'L.1.2', // DMS / E-Akte
      text:
        'Einführung der elektronischen Akte für alle Aufgabenbereiche der Kreisverwaltung Unna sowie ' +
        'Implementierung eines Dokumentenmanagementsystems.',
    },
    {
      key: 'M4',
      kind: 'measure',
      parentKey: 'W1', // Formularserver: no output goal names it → W1
      text:
        'Einrichtung eines Formular-Servers zur einheitlichen Nutzung in allen Aufgabenbereichen der ' +
        'Kreisverwaltung Unna.',
    },
    {
      key: 'M5',
      kind: 'measure',
      parentKey: 'L3',
      text: 'Entwicklung eines Konzeptes zum Ausbau des "GeoService-Portal Kreis Unna" zu einer Open Data Plattform.',
    },
    {
      key: 'M6',
      kind: 'measure',
      parentKey: 'L.2.1',
      text: 'Erarbeitung eines Medienentwicklungsplanes durch die Arbeitsgruppe "Medienentwicklungsplan" des Kreises Unna.',
    },
    {
      key: 'M7',
      kind: 'measure',
      parentKey: 'L4',
      text: 'Erstellung eines Gesamtkonzeptes bzw. von Einzelkonzepten in Zusammenarbeit mit den Gesellschaften.',
    },
  ],

  // Anlage 2, Kennzahlen. Each KPI hangs under the output goal it measures.
  kpis: [
    { key: 'K1', title: 'Digitale Umsetzung ausgewählter Geschäftsprozesse', unit: 'count', goalKey: 'L.1.1' },
    { key: 'K2', title: 'Einführung DMS an 500 Arbeitsplätzen (1. Phase)', unit: 'count', goalKey: 'L.1.2' },
    { key: 'K3', title: 'Erstellung Medienentwicklungsplan', unit: 'yesno', goalKey: 'L.2.1' },
    {
      key: 'K4',
      title: 'Schulen in Trägerschaft des Kreises Unna, die an das SVN angeschlossen sind',
      unit: 'percent',
      goalKey: 'L.2.2',
    },
    { key: 'K5', title: 'Zurverfügungstellung von Geodaten über Open-Data', unit: 'yesno', goalKey: 'L3' },
  ],

  // Anlage 2 columns: "2017 Ist", "2018 Plan" … "2022 Plan". "-" and empty cells are no value (no row);
  // an "X" in a ja/nein KPI is plan = 1 (ja) for that year; "70%" is 70.
  kpiValues: [
    { kpiKey: 'K1', year: 2017, actual: 36 },
    { kpiKey: 'K1', year: 2018, plan: 36 },
    { kpiKey: 'K1', year: 2019, plan: 46 },
    { kpiKey: 'K1', year: 2020, plan: 56 },
    { kpiKey: 'K1', year: 2021, plan: 66 },
    { kpiKey: 'K1', year: 2022, plan: 76 },
    { kpiKey: 'K2', year: 2019, plan: 3 },
    { kpiKey: 'K2', year: 2020, plan: 168 },
    { kpiKey: 'K2', year: 2021, plan: 334 },
    { kpiKey: 'K2', year: 2022, plan: 500 },
    { kpiKey: 'K3', year: 2019, plan: 1 },
    { kpiKey: 'K4', year: 2018, plan: 70 },
    { kpiKey: 'K4', year: 2019, plan: 100 },
    { kpiKey: 'K4', year: 2020, plan: 100 },
    { kpiKey: 'K4', year: 2021, plan: 100 },
    { kpiKey: 'K4', year: 2022, plan: 100 },
    { kpiKey: 'K5', year: 2022, plan: 1 },
  ],

  // Anlage 1 (EGovG NRW) — every paragraph listed, plus the OZG (chapters "Bund" and "Portalverbund").
  // Deadline = the date of Anlage 1 ("… bis 01.01.2018" is the date by which it applies).
  // Bindingness: Verpflichtend → mandatory, Sollvorschrift → should, Kann-Vorschrift → may. The
  // undated paragraphs of the second table carry no bindingness in the plan; they take the modal
  // verb of the law where it is known ("soll" → should, "kann/können" → may, "hat … / sind … zu" →
  // mandatory) and 'should' where it is not clear.
  obligations: [
    {
      key: 'egovg-3',
      law: 'EGovG NRW',
      paragraph: '§ 3 Abs. (1) - (4)',
      title: 'Elektronischer Zugang zur Verwaltung',
      description:
        'Eröffnung eines elektronischen Zugangs für die Übermittlung elektronischer Dokumente – einschließlich ' +
        'solcher mit qualifizierter Signatur; Angebot eines Verschlüsselungsverfahrens (Ende-zu-Ende-' +
        'Verschlüsselung entsprechend der Technischen Richtlinie TR-03107-1 des BSI); Eröffnung eines Zugangs ' +
        'für De-Mail; Identifikation mit eID (elektronischer Identitätsnachweis nach § 18 des ' +
        'Personalausweisgesetzes). Verpflichtend bis 01.01.2018.',
      deadline: '2018-01-01',
      bindingness: 'mandatory',
      projectKeys: ['gpk-6'],
    },
    {
      key: 'egovg-8',
      law: 'EGovG NRW',
      paragraph: '§ 8 Abs. (1) - (3)',
      title: 'Nachweise',
      description:
        'Ermöglichung der Einreichung elektronischer Nachweise (im Rahmen eines elektronisch durchgeführten ' +
        'Verwaltungsverfahrens). Verpflichtend bis 01.01.2018.',
      deadline: '2018-01-01',
      bindingness: 'mandatory',
      // The plan names no project that delivers electronic proofs.
      projectKeys: [],
    },
    {
      key: 'egovg-7',
      law: 'EGovG NRW',
      paragraph: '§ 7',
      title: 'Elektronische Bezahlmöglichkeiten',
      description:
        'Angebot eines E-Payment-Verfahrens (im Rahmen eines durchgängig elektronisch durchgeführten ' +
        'Verwaltungsverfahrens). Verpflichtend bis 01.01.2019.',
      deadline: '2019-01-01',
      bindingness: 'mandatory',
      projectKeys: ['gpk-7'],
    },
    {
      key: 'egovg-7a',
      law: 'EGovG NRW',
      paragraph: '§ 7a Abs. (1) - (3)',
      title: 'Elektronische Rechnung',
      description:
        'Eine E-Rechnung ist elektronisch, wenn sie in einem strukturierten elektronischen Format ausgestellt, ' +
        'übermittelt und empfangen wird, das ihre automatische und elektronische Verarbeitung ermöglicht. ' +
        'Verpflichtend bis 01.04.2020.',
      deadline: '2020-04-01',
      bindingness: 'mandatory',
      projectKeys: ['gpk-8'],
    },
    {
      key: 'egovg-5',
      law: 'EGovG NRW',
      paragraph: '§ 5',
      title: 'Elektronische Verwaltungsverfahren',
      description: 'Angebot der elektronischen Durchführung von Verwaltungsverfahren. Sollvorschrift bis 01.01.2021.',
      deadline: '2021-01-01',
      bindingness: 'should',
      // Chapter "Das Serviceportal des Kreises Unna": the Serviceportal is where the online services are offered.
      projectKeys: ['gpk-3'],
    },
    {
      key: 'egovg-9',
      law: 'EGovG NRW',
      paragraph: '§ 9 Abs. (1) - (3)',
      title: 'Elektronische Aktenführung',
      description:
        'Einführung der elektronischen Akte unter Einhaltung der Grundsätze ordnungsgemäßer Aktenführung. ' +
        'Sollvorschrift bis 01.01.2022 (Sollvorschrift für Landesbehörden / Kann-Vorschrift für übrige Behörden).',
      deadline: '2022-01-01',
      // Anlage 1 qualifies the Sollvorschrift: it binds Landesbehörden; for the other authorities —
      // the Kreis Unna among them — it is a Kann-Vorschrift.
      bindingness: 'may',
      projectKeys: ['igp-1'],
    },
    {
      key: 'egovg-14',
      law: 'EGovG NRW',
      paragraph: '§ 14 Abs. (1) - (3)',
      title: 'Elektronische Behördenkommunikation und Datenaustausch',
      description:
        'Schriftliche Kommunikation zwischen Behörden auf elektronischem Weg; Übermittlung und Austausch der ' +
        'Akten auf elektronischem Weg zwischen Behörden des Landes und den Gemeinden und Gemeindeverbänden. ' +
        'Verpflichtend bis 01.01.2022.',
      deadline: '2022-01-01',
      bindingness: 'mandatory',
      // EGVP = electronic communication with courts and authorities; the exchange of files needs the E-Akte.
      projectKeys: ['igp-4', 'igp-1'],
    },
    {
      key: 'egovg-12',
      law: 'EGovG NRW',
      paragraph: '§ 12 Abs. (1) - (5)',
      title: 'Optimierung von Verwaltungsabläufen und Information zum Verfahrensstand',
      description:
        'Elektronische Vorgangsbearbeitung; alle Verwaltungsabläufe der Behörden des Landes sollen auf ' +
        'elektronischem Weg abgewickelt und entsprechend gestaltet werden. Sollvorschrift bis 01.01.2031 ' +
        '(Sollvorschrift für Landesbehörden).',
      deadline: '2031-01-01',
      // Anlage 1 says Sollvorschrift; what applies to other authorities is not said → 'should'.
      bindingness: 'should',
      projectKeys: ['igp-5'], // Geschäftsprozess-Analyse "mit dem Ziel der Optimierung und Modellierung"
    },
    // Anlage 1, second table: paragraphs without a date.
    {
      key: 'egovg-4',
      law: 'EGovG NRW',
      paragraph: '§ 4 Abs. (1) - (3)',
      title: 'Elektronische Kommunikation mit Bürgerinnen und Bürgern sowie Unternehmen',
      description:
        'Elektronischer Rückkanal (Die Behörde soll in den Fällen, in denen sich die Bürgerin oder der Bürger ' +
        'oder das Unternehmen auf elektronischem Wege an die Verwaltung gewendet hat, auch den gleichen ' +
        'elektronischen Weg für eine Antwort nutzen.); Verwendung von offenen und standardisierten Formaten für ' +
        'die Übermittlung von Dokumenten an Bürgerinnen und Bürger.',
      bindingness: 'should', // "Die Behörde soll …" (quoted in Anlage 1)
      projectKeys: ['gpk-6.3'], // "Klärung Art der Rückkommunikation"
    },
    {
      key: 'egovg-6',
      law: 'EGovG NRW',
      paragraph: '§ 6 Abs. (1), (2)',
      title: 'Information zu Behörden in öffentlich zugänglichen Netzen',
      description: 'Informationen im Netz über die von der Behörde angebotenen elektronischen Dienstleistungen',
      bindingness: 'should', // not clear from the plan
      projectKeys: ['gpk-1'], // Internet-Auftritt "als Informationsplattform"
    },
    {
      key: 'egovg-10',
      law: 'EGovG NRW',
      paragraph: '§ 10 Abs. (1), (2)',
      title: 'Übertragen und Vernichten des Papieroriginals',
      description: 'Rechtsgrundlage für das ersetzende Scannen im Rahmen der elektronischen Aktenführung',
      bindingness: 'should', // not clear from the plan
      // Chapter "Aktuelle Maßnahmen im Jahr 2019": with the digitale Poststelle "besteht die Möglichkeit, auch ein ersetzendes Scannen … zu realisieren".
      projectKeys: ['igp-3'],
    },
    {
      key: 'egovg-11',
      law: 'EGovG NRW',
      paragraph: '§ 11 Abs. (1), (2)',
      title: 'Aufbewahrung und Archivierung',
      description:
        'Überführung elektronisch gespeicherter Akten oder Akteile in ein anderes elektronisches Format zur ' +
        'Erhaltung der Lesbarkeit',
      bindingness: 'should', // not clear from the plan
      projectKeys: [],
    },
    {
      key: 'egovg-13',
      law: 'EGovG NRW',
      paragraph: '§ 13',
      title: 'Akteneinsicht',
      description: 'Regelung zur Art und Weise der Akteneinsicht bei elektronischer Aktenführung',
      // The law: "… können die Behörden, die Akten elektronisch führen, Akteneinsicht dadurch gewähren, dass …"
      // (quoted in the Werl plan, section 2.1.3.3).
      bindingness: 'may',
      projectKeys: ['igp-1'],
    },
    {
      key: 'egovg-15',
      law: 'EGovG NRW',
      paragraph: '§ 15',
      title: 'Petitionsverfahren',
      description: 'Vollständige Abwicklung von Petitionsverfahren auf elektronischem Weg',
      bindingness: 'should', // not clear from the plan
      projectKeys: [],
    },
    {
      key: 'egovg-16',
      law: 'EGovG NRW',
      paragraph: '§ 16',
      title: 'Anforderungen an das Bereitstellen von Daten',
      description: 'Datenbereitstellung in maschinenlesbaren Formaten und möglichst offen',
      // The law: Daten "sind … in maschinenlesbaren Formaten und möglichst offen anzubieten"
      // (quoted in the Werl plan, section 2.1.4).
      bindingness: 'mandatory',
      projectKeys: ['ogd-2', 'ogd-1.3'],
    },
    {
      key: 'egovg-17',
      law: 'EGovG NRW',
      paragraph: '§ 17 Abs. (1), (2)',
      title: 'Georeferenzierung von Registern',
      description:
        'Aufnahme einer bundesweit einheitlich festgelegten direkten Koordinate zu einem Flurstück, Gebäude ' +
        'oder definierten Gebiet (in einem neu aufgebauten oder grundlegend überarbeiteten Register mit Bezug ' +
        'zu Grundstücken). Elektronische Register sind solche, für die Daten auf Grund von Rechtsvorschriften ' +
        'des Landes elektronisch erhoben oder gespeichert werden. Dies können öffentlich/nichtöffentliche ' +
        'Register sein.',
      bindingness: 'mandatory', // the law: "… hat die Behörde in das Register … aufzunehmen"
      projectKeys: ['ogd-1'],
    },
    {
      key: 'egovg-18',
      law: 'EGovG NRW',
      paragraph: '§ 18 Abs. (1), (2)',
      title: 'Elektronische Beteiligungen',
      description: 'Nutzung von elektronischen Informationstechnologien zur Beteiligung der Öffentlichkeit',
      bindingness: 'may', // the law: "Die Behörden können … nutzen"
      projectKeys: ['ogd-4'], // "3. Steigerung der Teilhabe" (chapter "Open Government | Open Data": E-Partizipation)
    },
    {
      key: 'egovg-19',
      law: 'EGovG NRW',
      paragraph: '§ 19 Abs. (1) - (3)',
      title: 'Amtliche Mitteilungs- und Verkündungsblätter',
      description: 'Erfüllung der Publikationspflicht durch Veröffentlichung einer elektronischen Ausgabe',
      bindingness: 'may', // the law: "… kann … durch eine elektronische Ausgabe erfüllt werden"
      projectKeys: [],
    },
    {
      key: 'ozg-1',
      law: 'OZG',
      paragraph: '§ 1 Abs. (1), (2)',
      title: 'Onlinezugang zu Verwaltungsleistungen über Verwaltungsportale und Portalverbund',
      description:
        'Bund und Länder (einschließlich der Kommunen) sind binnen fünf Jahren verpflichtet, alle ' +
        'Verwaltungsleistungen über Verwaltungsportale digital verfügbar zu machen und diese zu einem ' +
        'Portalverbund zu verknüpfen; Verwaltungsportale sind verpflichtend bis Ende 2022 aufzubauen.',
      deadline: '2022-12-31', // Chapter "Portalverbund" / Anlage 7 "verpflichtend bis Ende 2022"
      bindingness: 'mandatory',
      projectKeys: ['gpk-5', 'gpk-3', 'gpk-4'],
    },
  ],

  // Chapter "Ressourcen" (IT-Ausstattung) and chapter "Aktuelle Maßnahmen im Jahr 2019". Amounts in euro ("265 T€" → 265000).
  // The 800 T€ of 2019 "(hiervon 500 T€ investiv)" is not a line of its own: it is the sum of the
  // first four 2019 items below (100 + 100 + 100 + 500), and only the schools' 500 T€ is investive,
  // so the other three (300 T€) are consumptive. The 265 T€ DMS item stands apart from it.
  // Not recorded: the 13,5 / 1,1 / 3,2 Mio. € of 2018 (running costs of all schools, not programme
  // budget) and the DigitalPakt Schule (5,5 Mrd. € federal; no amount or year for the Kreis Unna).
  budgetLines: [
    {
      projectKey: 'igp-1',
      year: 2018,
      // The text does not say; purchase of a DMS product (licences) is by its nature investive.
      kind: 'investive',
      fundingSource: 'Haushalt',
      description: 'Im Haushalt 2018 bereitgestellt für ein Dokumentenmanagementsystem (265 T€)',
      plan: 265_000,
    },
    {
      projectKey: null,
      year: 2018,
      // The text says "Planstelle im Steuerdienst" — read as the Steuerungsdienst (Impressum), which
      // coordinates the programme. Year: the position was filled on 01.06.2018; no amount is given.
      kind: 'consumptive', // a position: personnel costs are consumptive by nature
      fundingSource: 'Haushalt',
      description:
        'Vom Kreistag zusätzlich bereitgestellte Planstelle im Steuerungsdienst für die „Koordination und ' +
        'Projektsteuerung“ der Digitalisierungsprojekte, besetzt zum 01.06.2018',
      positions: 1,
    },
    {
      projectKey: 'res-2',
      year: 2019,
      kind: 'consumptive', // positions: personnel costs are consumptive by nature
      fundingSource: 'Haushalt',
      description:
        'Stellenplan 2019: Einrichtung von 2,0 Stellen im Bereich der Zentralen Datenverarbeitung für die ' +
        'Umsetzung von Digitalisierungsprojekten (perspektivisch weiterer Stellenbedarf)',
      positions: 2,
    },
    {
      // Split between the Serviceportal and mobile devices, so not booked on the Serviceportal project.
      projectKey: null,
      year: 2019,
      kind: 'consumptive',
      fundingSource: 'Haushalt',
      description: 'Haushalt 2019: 100 T€ für konkrete technische Projekte (Serviceportal, Nutzung mobiler Endgeräte)',
      plan: 100_000,
    },
    {
      projectKey: null,
      year: 2019,
      kind: 'consumptive',
      fundingSource: 'Haushalt',
      description: 'Haushalt 2019: 100 T€ für weitere Serviceleistungen, Dienstleistungen, Schulungen',
      plan: 100_000,
    },
    {
      // "Digitalisierung der Schulen" is booked on the Schulträger project "Technische Infrastruktur"
      // (Ausstattung, Wartung und Support), the project the school money concerns by its nature.
      projectKey: 'str-2',
      year: 2019,
      kind: 'consumptive', // "100 T€ Aufwand"
      fundingSource: 'Fördermittel „Gute Schule 2020“ und Schulpauschale',
      description: 'Haushalt 2019: 100 T€ Aufwand für die Digitalisierung der Schulen',
      plan: 100_000,
    },
    {
      projectKey: 'str-2',
      year: 2019,
      kind: 'investive', // "500 T€ investiv"
      fundingSource: 'Fördermittel „Gute Schule 2020“ und Schulpauschale',
      description: 'Haushalt 2019: 500 T€ investiv für die Digitalisierung der Schulen',
      plan: 500_000,
    },
    {
      projectKey: 'igp-1',
      year: 2019,
      // Listed again among the "zusätzliche Ansätze im Haushalt 2019"; the text does not say whether
      // it is the 2018 amount carried forward, so it is recorded as written. Kind as for 2018.
      kind: 'investive',
      fundingSource: 'Haushalt',
      description: 'Haushalt 2019: 265 T€ für die Einführung eines verwaltungsweiten Dokumentenmanagementsystems',
      plan: 265_000,
    },
  ],

  // The only committee decision with a date in the plan (chapter "Aktuelle Maßnahmen im Jahr 2019" and Anlage 7 Interne
  // Geschäftsprozesse 1.1). Other decisions the text mentions carry no date (the Planstelle
  // "vom Kreistag zusätzlich bereitgestellt", the transfer of digitalisation matters to the
  // Kreisausschuss, agreements of the Bürgermeisterkonferenz) and are not recorded.
  decisions: [
    {
      key: 'kt-2018-12-04-dms',
      committee: 'Kreistag',
      date: '2018-12-04',
      subject: 'Beschaffung eines strategischen Produktes für ein Dokumenten-Management-System',
      outcome: 'Beschlossen. Die Wahl fiel auf das Produkt d.3ecm des Software-Anbieters d.velop AG.',
      projectKeys: ['igp-1', 'igp-1.1'],
    },
  ],
};
