/** The "Perlu tindakan" list as it opens: deadlines due within this many workdays count as due soon. */
export const DEFAULT_SOON_WORKDAYS = 5;
/** At most this many rows: the dashboard lists what needs action, not the whole register. */
export const NEEDS_ACTION_LIMIT = 200;

/** The `deadlines:needsAction` request for a "due soon" window. */
export const needsActionRequest = (soonWorkdays: number) => ({ soonWorkdays, limit: NEEDS_ACTION_LIMIT });
