import { useEffect } from 'react';

/** The browser tab's title (and what screen readers announce on navigation): the page first, then the site. */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = parts.filter(Boolean).join(' · ');
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
