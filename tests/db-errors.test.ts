import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/db/errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('telling a database outage from any other error', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['a server shutting down', withCode('57P01')],
    ['a broken connection (SQLSTATE class 08)', withCode('08006')],
    ["node-postgres's own query timeout", new Error('Query read timeout')],
    ["node-postgres's pool wait timeout", new Error('timeout exceeded when trying to connect')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ["Prisma's cannot-reach code", withCode('P1001')],
    ["Prisma's could-not-start-a-transaction-in-time code (every connection busy)", withCode('P2028')],
    ["Prisma's driver adapter wrapping a closed connection", Object.assign(new Error('adapter'), { cause: { kind: 'ConnectionClosed' } })],
    ['an outage two causes deep', new Error('outer', { cause: new Error('middle', { cause: withCode('ECONNRESET') }) })],
  ])('counts %s as the database being unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a check violation', withCode('23514')],
    ['a plain bug', new TypeError('undefined is not a function')],
    ['nothing at all', undefined],
    ['a string', 'Connection terminated'],
  ])('does not count %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
