import type { z } from 'zod';
import type { Role } from '../accounts/roles.ts';

/** 'public': callable before sign-in (first launch, login, language). Otherwise the roles allowed. */
export type Access = 'public' | readonly Role[];

/**
 * What the main process checks before a channel's handler runs (electron/main/ipc/dispatch.ts).
 * Written beside the channel's schema so one entry says everything about the channel.
 */
export interface ChannelPolicy {
  /** Who may call. Checked before the payload is parsed: no session UNAUTHENTICATED, another role FORBIDDEN. */
  access: Access;
  /** Still callable while the screen is locked (only unlock and logout are). */
  whileLocked?: true;
  /**
   * Still runs when the database is unavailable: in recovery mode (damaged or newer file) and
   * while a restore swaps the file. Every other channel is then refused with a clear message.
   */
  duringRestore?: true;
}

/** One IPC channel: its request schema, its policy and (type-only) response. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res = unknown> {
  request: Req;
  policy: ChannelPolicy;
  /** Phantom field: carries the response type, never read at runtime. */
  response?: Res;
}

/**
 * Declares a channel. Curried so the response type is written explicitly while the
 * request type is inferred from the schema:
 * `channel<CaseSummary[]>()(listSchema, { access: ROLE_GROUPS.ALL })`.
 */
export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req, policy: ChannelPolicy): ChannelSpec<Req, Res> => ({ request, policy });
}

export type RequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<S> = S extends ChannelSpec<z.ZodType, infer Res> ? Res : never;
