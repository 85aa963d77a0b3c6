/**
 * What an office must set before its first case, in the order the administrator does it.
 * Each step is done or not, and names the screen where it is done.
 */
export const SETUP_STEPS = ['letterhead', 'logo', 'signatories', 'registerNumber', 'holidays', 'employees', 'examinersRooms', 'users', 'backup'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** The screen (hash path) of each step. */
export const SETUP_STEP_PATH: Record<SetupStep, string> = {
  letterhead: '/settings/letters',
  logo: '/settings/letters',
  signatories: '/settings/letters',
  registerNumber: '/settings/register',
  holidays: '/calendar',
  employees: '/employees/import',
  examinersRooms: '/staff',
  users: '/users',
  backup: '/backup',
};

export type SetupChecklist = Record<SetupStep, boolean>;
