/** Error codes every IPC answer may carry; the renderer maps them to screens and retries. */
export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A valid letter of that type already exists for the case and subject (void it to reissue). */
  | 'ALREADY_ISSUED'
  /** An edit made on an older version of a record: someone else changed it since it was loaded. */
  | 'STALE'
  /** The case is lent to an examiner's laptop (or is a borrowed copy on the laptop): edits are refused until its check-in. */
  | 'CHECKED_OUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

export interface IpcError {
  code: ErrorCode;
  /** A sentence a clerk can act on, in the user's language. Never a stack trace. */
  message: string;
  /** Field-level problems for forms: dotted path -> message. */
  fields?: Record<string, string>;
}

/** The one answer shape of every channel, over Electron IPC and over the web harness alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };
