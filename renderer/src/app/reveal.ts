import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * A ref whose element is scrolled into view whenever `key` changes to a non-null value: a
 * result that appears below the fold (a letter preview, an error above a long form) must
 * answer where the user is looking, not silently off-screen.
 */
export function useReveal<T extends HTMLElement>(key: unknown, block: ScrollLogicalPosition = 'nearest'): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key === null || key === undefined || key === false) return;
    ref.current?.scrollIntoView({ behavior: 'smooth', block });
  }, [key, block]);
  return ref;
}
