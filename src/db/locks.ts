/** Advisory lock keys shared by writers that must not interleave. */

/** Policy changes take it exclusively; return submissions take it shared. */
export const POLICY_LOCK_KEY = 7_270_001;

/** Publishers of a year take it (with the year as the second key), one at a time. */
export const PUBLISH_LOCK_KEY = 7_270_002;
