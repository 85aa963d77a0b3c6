/**
 * The message groups the screens before sign-in use: first-launch setup, sign-in, the lock
 * screen, the connection badge, and what their validation says. The renderer's first download
 * carries only these, in Indonesian; the other groups come with the shell behind sign-in
 * (renderer/src/app/i18n.ts, split at build time by electron.vite.config.ts).
 */
export const GATE_NAMESPACES = ['app', 'auth', 'ui', 'connection', 'validation', 'errors'] as const;

/** The groups of `messages` named in `names` (`keep`), or all the others (`!keep`). */
export function pickNamespaces<M extends object>(messages: M, names: readonly string[], keep: boolean): Partial<M> {
  return Object.fromEntries(Object.entries(messages).filter(([name]) => names.includes(name) === keep)) as Partial<M>;
}
