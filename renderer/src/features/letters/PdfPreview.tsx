import { Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { errorText } from '../../../../shared/error-text.ts';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Renders a PDF with pdf.js onto canvases. Chromium's built-in viewer is not available
 * in a sandboxed window or headless browser; pdf.js works the same in both.
 */
export function PdfPreview({ bytes, scale = 1.2 }: { bytes: Uint8Array<ArrayBuffer>; scale?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | { error: string }>('loading');

  useEffect(() => {
    let cancelled = false;
    const task = pdfjs.getDocument({ data: bytes.slice() });
    (async () => {
      const doc = await task.promise;
      const host = container.current;
      if (!host) return;
      host.replaceChildren();
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
        canvas.style.maxWidth = '100%';
        canvas.dataset.page = String(n);
        host.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      if (!cancelled) setState('ready');
    })().catch((e: unknown) => !cancelled && setState({ error: errorText(e) }));
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, scale]);

  return (
    <Stack gap="xs" data-testid="pdf-preview" data-state={typeof state === 'string' ? state : 'error'}>
      {state === 'loading' && <Loader size="sm" />}
      {typeof state === 'object' && <Text c="red">{state.error}</Text>}
      <div ref={container} style={{ display: 'flex', flexDirection: 'column', gap: 12, alignItems: 'center' }} />
    </Stack>
  );
}
