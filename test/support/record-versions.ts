import type { AppContext } from '../../electron/main/app-context.ts';

/**
 * The stored version of a record, as a form that has just loaded it would send back
 * (`expectedVersion`); 0 when the record does not exist yet (a first BAP, LHP, decision).
 */
export function sessionVersion(ctx: AppContext, id: number): number {
  return (ctx.db.prepare('SELECT version FROM exam_sessions WHERE id = ?').pluck().get(id) as number | undefined) ?? 0;
}
export function bapVersion(ctx: AppContext, sessionId: number): number {
  return (ctx.db.prepare('SELECT version FROM baps WHERE session_id = ?').pluck().get(sessionId) as number | undefined) ?? 0;
}
export function lhpVersion(ctx: AppContext, caseId: number, accusedId: number): number {
  return (ctx.db.prepare('SELECT version FROM lhps WHERE case_id = ? AND accused_id = ?').pluck().get(caseId, accusedId) as number | undefined) ?? 0;
}
export function decisionVersion(ctx: AppContext, caseId: number, accusedId: number): number {
  return (ctx.db.prepare('SELECT version FROM decisions WHERE case_id = ? AND accused_id = ?').pluck().get(caseId, accusedId) as number | undefined) ?? 0;
}
