/** Advisory lock keys shared by writers that must not interleave. */
/** Policy changes take it exclusively; return submissions take it shared. */
export const POLICY_LOCK_KEY = 7_270_001;
//# sourceMappingURL=locks.js.map