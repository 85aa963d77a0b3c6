/**
 * The part of the injected page scripts (harness and office server) that plays the
 * preload's `window.sipenaEvents`: one `fetch('/events')` stream shared by every
 * subscriber (fetch, not EventSource, so the credential goes in a header, never in the
 * URL), parsed as server-sent events, reopened with back-off when it breaks, closed when
 * the last subscriber has left (a task later, so a screen handing over to the next keeps it); after a break every subscriber hears `{kind: 'all'}` (what
 * changed meanwhile was missed). `headersExpr` is a JS expression giving the request headers,
 * or null while there is nothing to authenticate with yet (not signed in).
 */
export function eventFeedScript(headersExpr: string): string {
  return `
  const listeners = new Set();
  let running = false;
  let stop = null;
  let connectedBefore = false;
  const tell = (change) => { for (const l of [...listeners]) { try { l(change); } catch (e) { console.error(e); } } };
  const connect = async () => {
    let delay = 1000;
    while (listeners.size > 0) {
      const headers = ${headersExpr};
      let ok = false;
      if (headers) {
        const ctrl = new AbortController();
        stop = () => ctrl.abort();
        try {
          const res = await fetch('/events', { headers, credentials: 'same-origin', cache: 'no-store', signal: ctrl.signal });
          if (res.ok && res.body) {
            ok = true;
            delay = 1000;
            // Back after a break: whatever changed meanwhile was not heard, so every page reloads or says so.
            if (connectedBefore) tell({ kind: 'all', id: null });
            connectedBefore = true;
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
            let buffer = '';
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              buffer += value;
              let cut;
              while ((cut = buffer.indexOf('\\n\\n')) >= 0) {
                const block = buffer.slice(0, cut);
                buffer = buffer.slice(cut + 2);
                const data = block.split('\\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\\n');
                if (!data || !/^event: change$/m.test(block)) continue;
                let change;
                try { change = JSON.parse(data); } catch { continue; }
                tell(change);
              }
            }
          }
        } catch (e) { /* broken stream or stopped: retried below */ }
        stop = null;
      }
      // Stopped because nobody listens any more (the page moved on): not a break, nothing was missed.
      if (listeners.size === 0) { connectedBefore = false; break; }
      await new Promise((r) => setTimeout(r, delay));
      if (!ok && headers) delay = Math.min(delay * 2, 30000);
    }
    running = false;
  };
  const events = {
    subscribe(listener) {
      listeners.add(listener);
      if (!running) { running = true; void connect(); }
      return () => {
        listeners.delete(listener);
        // Closed a task later, and only if nobody subscribed meanwhile: moving between two screens
        // that listen leaves the one and joins the other in the same commit. Closing at once
        // reopened the stream a second later, missing what changed in between and telling the
        // new screen that everything had (a reload for nothing).
        if (listeners.size === 0) setTimeout(() => { if (listeners.size === 0 && stop) stop(); }, 0);
      };
    },
  };
  Object.defineProperty(window, 'sipenaEvents', { value: Object.freeze(events), writable: false, configurable: false });
`;
}
