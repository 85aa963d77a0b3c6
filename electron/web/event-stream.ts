import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../main/app-context.ts';
import { subscribeChanges } from '../main/records/change-feed.ts';

export interface EventStreams {
  /**
   * Answers GET /events with a server-sent event stream of committed changes (`event:
   * change`, data `{kind,id,version}`: never a name or a text) until the client goes away,
   * `stillAllowed()` turns false (signed out) or `closeAll()` runs. The caller has already
   * checked the request's credentials.
   */
  open: (req: IncomingMessage, res: ServerResponse, stillAllowed: () => boolean) => Promise<void>;
  /** Ends every open stream (the server is stopping: the browsers reconnect to the next one). */
  closeAll: () => void;
  readonly size: number;
}

/** Kept short of proxies' and browsers' idle timeouts, so a quiet stream is not cut. */
const HEARTBEAT_MS = 25_000;

/** The live view's event streams of one server (office server or loopback harness). */
export function eventStreams(ctx: AppContext): EventStreams {
  const open = new Set<() => void>();
  return {
    open: (req, res, stillAllowed) =>
      new Promise<void>((done) => {
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          connection: 'keep-alive',
        });
        res.write('retry: 3000\n\n');
        let ended = false;
        const end = () => {
          if (ended) return;
          ended = true;
          unsubscribe();
          clearInterval(beat);
          open.delete(end);
          res.end();
          done();
        };
        const unsubscribe = subscribeChanges(ctx, (change) => {
          if (!stillAllowed()) return end();
          res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
        });
        const beat = setInterval(() => (stillAllowed() ? res.write(': ping\n\n') : end()), HEARTBEAT_MS);
        beat.unref();
        open.add(end);
        req.on('close', end);
        res.on('error', end);
      }),
    closeAll: () => {
      for (const end of [...open]) end();
    },
    get size() {
      return open.size;
    },
  };
}
