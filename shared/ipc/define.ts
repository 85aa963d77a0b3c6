import type { z } from 'zod';

/** One IPC channel: its request schema and (type-only) response. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res = unknown> {
  request: Req;
  /** Phantom field: carries the response type, never read at runtime. */
  response?: Res;
}

/**
 * Declares a channel. Curried so the response type is written explicitly while the
 * request type is inferred from the schema: `channel<CaseSummary[]>()(listSchema)`.
 */
export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelSpec<Req, Res> => ({ request });
}

export type RequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<S> = S extends ChannelSpec<z.ZodType, infer Res> ? Res : never;
