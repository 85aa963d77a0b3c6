import { startTransition, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { afterPaint } from './after-paint.ts';

/**
 * True from the frame after the one that first painted with `ready` true, and from then on.
 *
 * For the long admin screens (deadline rules, letter settings, legal basis): each holds 60-140
 * Mantine inputs, and mounting them all before the first paint kept a menu click 100-175 ms from
 * its screen, while the top screenful alone is drawn in about a third of that. The part below
 * the fold is rendered as a transition after that paint, so a click or keystroke in the part
 * already shown is answered first. Held by the screen (not by the part itself) where the part
 * is remounted later, e.g. a form keyed by its saved values: it is then drawn at once.
 */
export function usePaintedOnce(ready: boolean): boolean {
  const [shown, setShown] = useState(false);
  const wait = ready && !shown;
  useEffect(() => (wait ? afterPaint(() => startTransition(() => setShown(true))) : undefined), [wait]);
  return shown;
}

/**
 * Content that starts below the first screenful, mounted after the paint that shows the content
 * above it: mount it together with that content (after its data arrived). `minHeight` keeps the
 * scrollbar near its final length meanwhile.
 */
export function BelowTheFold({ children, minHeight = 0 }: { children: ReactNode; minHeight?: number }) {
  return usePaintedOnce(true) ? <>{children}</> : <div style={{ minHeight }} />;
}
