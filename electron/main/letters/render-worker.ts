/**
 * Worker thread that renders letters (letter-render.ts) for the main process. One
 * worker is kept while the app runs (render-client.ts), so fonts are parsed once and a
 * long render or its read-back never holds up the window's other calls.
 */
import { parentPort } from 'node:worker_threads';
import type { LetterJob } from './letter-render.ts';
import { renderLetter } from './letter-render.ts';
import type { Expected } from './content-check.ts';
import { LETTER_FONT, renderPdf } from './render-pdf.ts';

/** A letter to render, or a warm-up: one line in the letter font, so pdfmake and the fonts are loaded before the first letter. */
export type RenderRequest = { id: number; job: LetterJob } | { id: number; warm: { resourcesDir: string } };
export type RenderReply = { id: number; ok: true; pdf: Uint8Array; missing: Expected[] } | { id: number; ok: false; message: string };

const warmUp = async (resourcesDir: string) => ({ pdf: await renderPdf({ content: 'Sipena', defaultStyle: { font: LETTER_FONT } }, { resourcesDir }), missing: [] });

parentPort?.on('message', (req: RenderRequest) => {
  ('warm' in req ? warmUp(req.warm.resourcesDir) : renderLetter(req.job)).then(
    ({ pdf, missing }) => {
      // A Buffer may share a pooled ArrayBuffer: copy into one the reply can transfer.
      const own = new Uint8Array(pdf);
      const reply: RenderReply = { id: req.id, ok: true, pdf: own, missing };
      parentPort?.postMessage(reply, [own.buffer]);
    },
    (e: unknown) => {
      const reply: RenderReply = { id: req.id, ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      parentPort?.postMessage(reply);
    },
  );
});
