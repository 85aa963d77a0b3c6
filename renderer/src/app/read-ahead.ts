import type { Channel, ChannelRequest } from '../../../shared/ipc/table.ts';

/** One read a screen makes as it opens, as [channel, payload]: the route asks for it as the navigation starts. */
export type FirstRead = { [C in Channel]: readonly [C, ChannelRequest<C>] }[Channel];

// Reads started for the navigation in progress, by channel and payload; each answers one request.
const early = new Map<string, Promise<unknown>>();

const keyOf = (channel: string, payload: unknown) => `${channel} ${JSON.stringify(payload)}`;

/**
 * Keeps the answers to a new screen's first reads, started before that screen renders: the
 * main process reads while the page draws the screen (a menu click to the case list drew
 * for 90 ms before its first request went out). Forgets the previous navigation's reads.
 */
export function rememberEarly(reads: readonly (readonly [string, unknown, Promise<unknown>])[]): void {
  early.clear();
  for (const [channel, payload, answer] of reads) {
    // Nobody may ever take it: a failure is reported to the request that takes it, not as an unhandled rejection.
    answer.catch(() => undefined);
    early.set(keyOf(channel, payload), answer);
  }
}

/** The answer read ahead for exactly this request, once; undefined when there is none. */
export function takeEarly(channel: string, payload: unknown): Promise<unknown> | undefined {
  const key = keyOf(channel, payload);
  const found = early.get(key);
  early.delete(key);
  return found;
}

/**
 * Drops what the new screen did not take, once it has mounted (its loads start in its first
 * effects): a later request on the same visit, after a save say, must read afresh, never
 * get an answer from when the screen opened.
 */
export function forgetEarly(): void {
  early.clear();
}
