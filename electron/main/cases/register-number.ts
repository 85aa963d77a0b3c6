/** The template helpers live in shared/ so the settings screen previews the same numbers; re-exported for main's callers. */
export { DEFAULT_REGISTER_TEMPLATE, formatRegisterNumber } from '../../../shared/cases/register-number.ts';
