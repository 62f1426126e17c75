import { useEffect } from 'react';

/** Every page names itself in the browser tab and for screen readers. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Digitalisierungs-Cockpit`;
  }, [title]);
}
