import type { Channel } from '../ipc/table.ts';
import { CONFIDENTIAL_ROLES, ROLES } from './roles.ts';
import type { Role } from './roles.ts';

/** 'public': callable before sign-in (first launch, login, language). Otherwise the roles allowed. */
export type Access = 'public' | readonly Role[];

const ALL: readonly Role[] = ROLES;
const ADMIN: readonly Role[] = ['administrator'];
/** Case intake: registering cases, reporters, evidence. */
const INTAKE: readonly Role[] = ['administrator', 'clerk'];
/** Examination work: summons, hearings, BAP, LHP. */
const EXAMINATION: readonly Role[] = ['administrator', 'examiner'];
/** Approving decisions and issuing official letters. */
const OFFICIAL: readonly Role[] = ['administrator', 'official'];
/** Reporter identity and evidence: see roles.ts. */
const CONFIDENTIAL: readonly Role[] = CONFIDENTIAL_ROLES;
/** Anyone who handles a case, i.e. every role except the read-only viewer. */
const STAFF: readonly Role[] = ['administrator', 'clerk', 'examiner', 'official'];

/**
 * Who may call each IPC channel. Typed as a total map: a new channel does not compile
 * until it has an entry here. Enforced in the main process (electron/main/ipc/dispatch.ts)
 * before the payload is even parsed; the renderer only uses it to hide what would be refused.
 */
export const permissions: Record<Channel, Access> = {
  // Backups and restore (issue 6B): administrators only. Recovery channels are public because
  // in recovery mode the accounts sit in the database that cannot be opened; they answer
  // only while the app is in recovery mode (electron/main/backup/handlers.ts).
  'backup:list': ADMIN,
  'backup:create': ADMIN,
  'backup:toFolder': ADMIN,
  'backup:job': ADMIN,
  'backup:chooseFolder': ADMIN,
  'backup:chooseFile': ADMIN,
  'backup:preview': ADMIN,
  'backup:restore': ADMIN,
  'recovery:status': 'public',
  'recovery:backups': 'public',
  'recovery:preview': 'public',
  'recovery:restore': 'public',

  'system:info': 'public',
  'system:setLanguage': 'public',
  'catalogue:violations': ALL,

  'cases:create': INTAKE,
  'cases:update': INTAKE,
  'cases:duplicates': INTAKE,
  'cases:list': ALL,
  'cases:get': ALL,

  // Employee registry, OPD list and import (issue 3A): everyone reads (the intake picker,
  // case views); clerks and administrators maintain them.
  'employees:list': ALL,
  'employees:search': ALL,
  'employees:get': ALL,
  'employees:create': INTAKE,
  'employees:update': INTAKE,
  'opds:list': ALL,
  'opds:create': INTAKE,
  'opds:update': INTAKE,
  'employees:importBegin': INTAKE,
  'employees:importChunk': INTAKE,
  'employees:importPreview': INTAKE,
  'employees:importCommit': INTAKE,
  'employees:importDiscard': INTAKE,

  // Evidence (issue 3B): clerks upload and attach; reading is confidential (CONFIDENTIAL_ROLES,
  // not the viewer); staff verify (audited).
  'evidence:begin': INTAKE,
  'evidence:chunk': INTAKE,
  'evidence:commit': INTAKE,
  'evidence:abort': INTAKE,
  'evidence:attach': INTAKE,
  'evidence:list': CONFIDENTIAL,
  'evidence:read': CONFIDENTIAL,
  'evidence:verify': STAFF,
  'cases:options': ALL,
  'cases:registerTemplate': ALL,
  'cases:setRegisterTemplate': ADMIN,

  // Letters (issue 5): staff draft and read; issuing and voiding official letters is the officials' call.
  'letters:options': STAFF,
  'letters:draft': STAFF,
  'letters:issue': OFFICIAL,
  'letters:list': ALL,
  'letters:pdf': STAFF,
  'letters:void': OFFICIAL,
  'letters:verify': ALL,
  'letters:bulkStart': STAFF,
  'letters:bulkStatus': STAFF,
  'letters:bulkResult': STAFF,
  'letters:settings': ALL,
  'letters:saveSettings': ADMIN,
  'letters:uploadLogo': ADMIN,
  'letters:removeLogo': ADMIN,
  'letters:logo': ALL,

  'auth:status': 'public',
  'auth:setup': 'public',
  'auth:login': 'public',
  'auth:logout': ALL,
  'auth:lock': ALL,
  'auth:unlock': ALL,
  'auth:touch': ALL,
  'auth:changePassword': ALL,
  'users:list': ADMIN,
  'users:create': ADMIN,
  'users:update': ADMIN,
  'users:resetPassword': ADMIN,
  'users:setIdleMinutes': ADMIN,

  // Working-day calendar and deadline rules (issue 4A): everyone reads, the administrator edits.
  'calendar:years': ALL,
  'calendar:year': ALL,
  'calendar:data': ALL,
  'calendar:setYear': ADMIN,
  'calendar:addHoliday': ADMIN,
  'calendar:updateHoliday': ADMIN,
  'calendar:removeHoliday': ADMIN,
  'calendar:addWorkdays': ALL,
  'calendar:workdaysBetween': ALL,
  'deadlines:rules': ALL,
  'deadlines:setRule': ADMIN,
  'deadlines:resetRule': ADMIN,
  'dashboard:needsAction': ALL,

  // Examination (issue 4B): staff schedule and run examinations; the workflow machine
  // (shared/workflow/machine.ts) narrows each step further; officials record decisions.
  'staff:list': ALL,
  'staff:save': INTAKE,
  'rooms:list': ALL,
  'rooms:add': INTAKE,
  'hearings:range': ALL,
  'hearings:schedule': STAFF,
  'hearings:reschedule': STAFF,
  'hearings:attendance': STAFF,
  'examination:overview': ALL,
  'examination:transition': STAFF,
  'examination:setTeam': STAFF,
  'examination:saveBap': EXAMINATION,
  'examination:saveLhp': EXAMINATION,
  'examination:saveDecision': OFFICIAL,
  'catalogue:sanctions': ALL,
};

/** Channels a signed-in user may still call while the screen is locked. */
export const ALLOWED_WHILE_LOCKED: ReadonlySet<Channel> = new Set<Channel>(['auth:unlock', 'auth:logout']);

/** True when `role` may call `channel` (public channels: anyone). */
export function can(role: Role | null | undefined, channel: Channel): boolean {
  const access = permissions[channel];
  if (access === 'public') return true;
  return role != null && access.includes(role);
}

/** The role groups used above, for features that want to name a group rather than list roles. */
export const ROLE_GROUPS = { ALL, ADMIN, INTAKE, EXAMINATION, OFFICIAL, STAFF, CONFIDENTIAL } as const;
