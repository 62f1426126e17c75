import type { Permission } from '../../../shared/auth/permissions';

/** Main navigation; each entry is shown only to roles holding its permission. */
export const NAVIGATION: readonly { to: string; label: string; permission: Permission }[] = [
  { to: '/uebersicht', label: 'Übersicht', permission: 'readPortfolio' },
  { to: '/portfolio', label: 'Portfolio', permission: 'readPortfolio' },
  { to: '/zeitplan', label: 'Zeitplan', permission: 'readPortfolio' },
  { to: '/fristen', label: 'Fristen', permission: 'readPortfolio' },
  { to: '/ziele', label: 'Ziele & Kennzahlen', permission: 'readPortfolio' },
  // Readers come here to export; the import on the page is the steering office's.
  { to: '/verwaltung/import', label: 'Import/Export', permission: 'readPortfolio' },
  { to: '/berichte', label: 'Berichte', permission: 'readReleasedReports' },
  { to: '/verwaltung/programm', label: 'Programmpflege', permission: 'editProgrammeSettings' },
  { to: '/verwaltung/benutzer', label: 'Benutzer', permission: 'manageUsers' },
  { to: '/verwaltung/ampelregeln', label: 'Ampelregeln', permission: 'editProgrammeSettings' },
];
