/**
 * The page scripts' live-view feed (electron/web/event-feed-script.ts): one `/events` stream
 * shared by the page's subscribers. Moving between two screens that both listen unsubscribes
 * the one and subscribes the other in the same commit; the stream must stay open through
 * that, neither dropping the changes of a reconnect's gap nor telling the new screen that
 * everything changed (`{kind: 'all'}`, which reloads it for nothing).
 */
import { describe, expect, it } from 'vitest';
import { eventFeedScript } from '../../electron/web/event-feed-script.ts';

type Listener = (change: unknown) => void;
interface Feed {
  subscribe: (l: Listener) => () => void;
}

/** The script run on a window of its own, with a fetch whose streams stay open until aborted and timers the test runs. */
function loadFeed() {
  const win: Record<string, unknown> = {};
  const timers: (() => void)[] = [];
  const opened: { aborted: boolean }[] = [];
  const fakeFetch = (_url: string, init: { signal: AbortSignal }) => {
    const stream = { aborted: false };
    opened.push(stream);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init.signal.addEventListener('abort', () => {
          stream.aborted = true;
          controller.error(new DOMException('aborted', 'AbortError'));
        });
      },
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  };
  const run = new Function('window', 'fetch', 'setTimeout', eventFeedScript('{}'));
  run(win, fakeFetch, (fn: () => void) => timers.push(fn));
  /** Lets the stream's promises settle, then runs the timers due, as often as asked. */
  const settle = async (rounds = 5) => {
    for (let i = 0; i < rounds; i++) {
      await new Promise((r) => globalThis.setTimeout(r, 0));
      for (const fn of timers.splice(0)) fn();
    }
  };
  return { feed: win.sipenaEvents as Feed, opened, settle };
}

describe('the page scripts’ change feed', () => {
  it('keeps its stream open when one screen hands over to the next in the same commit', async () => {
    const { feed, opened, settle } = loadFeed();
    const leaving = feed.subscribe(() => undefined);
    await settle();
    expect(opened).toHaveLength(1);
    const heard: unknown[] = [];
    leaving();
    const stayOn = feed.subscribe((c) => heard.push(c));
    await settle();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.aborted).toBe(false);
    expect(heard).toEqual([]);
    stayOn();
  });

  it('closes its stream when the last screen that listens has gone', async () => {
    const { feed, opened, settle } = loadFeed();
    const only = feed.subscribe(() => undefined);
    await settle();
    only();
    await settle();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.aborted).toBe(true);
  });
});
