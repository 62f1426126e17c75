import { SCRIPT_START } from './marks';

// Imported first by each page's entry, so this runs before the page's libraries are evaluated.
performance.mark(SCRIPT_START);
