/** Deadline rules and due-date arithmetic (import from here). */
export * from './rules.ts';
export * from './compute.ts';
