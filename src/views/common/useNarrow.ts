// Whether the page is one column wide (a phone, a narrow window): views then put their charts
// before their controls. Followed live (a phone turned sideways); false where there is no
// matchMedia (tests in Node).

import { useSyncExternalStore } from 'react';

/** The width below which a view has one column (keep in step with styles.css). */
export const NARROW_QUERY = '(max-width: 860px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const list = window.matchMedia(NARROW_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const narrowNow = () => typeof window !== 'undefined' && !!window.matchMedia?.(NARROW_QUERY).matches;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}
