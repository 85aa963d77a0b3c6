/**
 * One change event of the live view: which record changed, never what it holds. Pages
 * subscribe (window.sipenaEvents) and reload a list or calendar, or say on a detail or edit
 * page that the data is out of date. No names, NIPs or texts travel in an event: who
 * changed it is asked through the normal, authorised channels (`records:lastChange`).
 */
export interface RecordChange {
  /** 'case' (its particulars and everything audited under it: hearings, BAP, LHP, decision, letters), 'employee', 'settings', 'calendar', 'staff', 'presence', 'all' (a restore). */
  kind: string;
  /** The record's id (case id, employee id, setting key); null for a whole kind. */
  id: number | string | null;
  /** The record's version after the change, where it has one (case, employee). */
  version?: number;
}

/** What the preload (Electron) or the injected script (browser) puts on `window.sipenaEvents`. */
export interface ChangeFeed {
  /** Calls `listener` for every change committed by anyone; returns the unsubscribe. */
  subscribe: (listener: (change: RecordChange) => void) => () => void;
}
