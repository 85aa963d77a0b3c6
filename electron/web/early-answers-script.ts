import type { Channel } from '../../shared/ipc/table.ts';

/**
 * The part of the injected page scripts (harness and office server) that asks the two
 * questions every page load starts with (does the database open, who is signed in) as the
 * script runs, beside the app's own scripts downloading instead of after they have run: one
 * round trip less before the first screen. The renderer's first call of each with an empty
 * payload (renderer/src/main.tsx asks both before drawing) gets that answer; every later call
 * asks the server. Expects `call(channel, payload)` and `channels` in scope; defines `api`.
 */
export const EARLY_CHANNELS: readonly Channel[] = ['recovery:status', 'auth:status'];

/** The script text (a fragment of the client scripts' closure). */
export function earlyAnswersScript(): string {
  return `
  const early = new Map(${JSON.stringify(EARLY_CHANNELS)}.map((c) => [c, call(c, {})]));
  const ask = (channel, payload) => {
    const answer = early.get(channel);
    early.delete(channel);
    return answer && payload && typeof payload === 'object' && Object.keys(payload).length === 0 ? answer : call(channel, payload);
  };
  const api = {};
  for (const c of channels) api[c] = (payload) => ask(c, payload);`;
}
