/** A unique-constraint violation, from Prisma (P2002) or from pg directly (23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'P2002' || code === '23505';
}

// SQLSTATE classes and codes: 08 connection exception; 57P01-57P03 shutdown, crash, starting up;
// 57014 query cancelled (statement_timeout); 53300 too many connections.
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|57014|53300)$/;
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// Prisma's codes for the same conditions: cannot reach, timed out, closed the connection, pool wait.
// P2028: a transaction could not start in time (every connection busy): unavailable for now.
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
// Prisma's driver adapter wraps the driver's error as `cause` with one of these kinds.
const UNAVAILABLE_ADAPTER_KINDS = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections']);
// node-postgres reports its own timeouts and lost connections only by message.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'the database system is',
];

/**
 * Whether an error means the database could not be reached or did not answer in time, as
 * opposed to a fault in the request or in our code. Such requests are answered 503 (try again),
 * and the connection they used is thrown away rather than returned to the pool.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, message, cause, kind, originalCode } = current as Record<string, unknown>;
    if (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
    if (typeof originalCode === 'string' && UNAVAILABLE_SQLSTATES.test(originalCode)) return true;
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SYSTEM_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code)) return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
    current = cause;
  }
  return false;
}
