import { Loader, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { errorText } from '../../../../shared/error-text.ts';
import { openPdf } from './pdf-engine.ts';

type State = 'loading' | 'first' | 'ready' | { error: string };

/**
 * Renders a PDF with pdf.js onto canvases. Chromium's built-in viewer is not available
 * in a sandboxed window or headless browser; pdf.js works the same in both.
 *
 * Page 1 is drawn and shown first (`data-state="first"`), the other pages follow. New
 * bytes clear the old pages at once, and a superseded load is cancelled, so a preview
 * never shows the previous document while the next one loads.
 */
export function PdfPreview({ bytes, scale = 1.2 }: { bytes: Uint8Array<ArrayBuffer>; scale?: number }) {
  const container = useRef<HTMLDivElement>(null);
  // The state belongs to the bytes it was reached for: new bytes read as 'loading' at once.
  const [shown, setShown] = useState<{ bytes: Uint8Array; state: State } | null>(null);
  const state: State = shown?.bytes === bytes ? shown.state : 'loading';

  // A layout effect, not a passive one: the preview mounts from a promise (the draft's answer),
  // and React runs passive effects for such an update only after the browser has painted the
  // frame, so pdf.js started a frame late (measured: answer to load start 28 ms median, 52 p95,
  // now 16 and 28). The effect itself only starts the load; the work runs after it.
  useLayoutEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    let rendering: { cancel: () => void } | null = null;
    const setState = (next: State) => setShown({ bytes, state: next });
    container.current?.replaceChildren();
    (async () => {
      const task = await openPdf(bytes);
      destroy = () => task.destroy();
      if (cancelled) return void task.destroy();
      const doc = await task.promise;
      for (let n = 1; n <= doc.numPages; n++) {
        if (cancelled) return;
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
        canvas.style.maxWidth = '100%';
        canvas.dataset.page = String(n);
        const task2 = page.render({ canvas, viewport });
        rendering = task2;
        await task2.promise;
        rendering = null;
        // A canvas joins the page only when drawn: no blank sheet flashes, no layout per stroke.
        if (cancelled || !container.current) return;
        canvas.dataset.drawn = 'true';
        container.current.appendChild(canvas);
        if (n === 1 && doc.numPages > 1) {
          setState('first');
          // Let the browser paint page 1 before the remaining pages take the main thread.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      }
      if (!cancelled) setState('ready');
    })().catch((e: unknown) => {
      if (cancelled || (e instanceof Error && e.name === 'RenderingCancelledException')) return;
      setState({ error: errorText(e) });
    });
    return () => {
      cancelled = true;
      rendering?.cancel();
      void destroy?.();
    };
  }, [bytes, scale]);

  return (
    <Stack gap="xs" data-testid="pdf-preview" data-state={typeof state === 'string' ? state : 'error'}>
      {typeof state === 'object' && <Text c="red">{state.error}</Text>}
      <div ref={container} style={{ display: 'flex', flexDirection: 'column', gap: 12, alignItems: 'center' }} />
      {(state === 'loading' || state === 'first') && <Loader size="sm" />}
    </Stack>
  );
}
