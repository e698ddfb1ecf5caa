import { TokenParser, TokenType, Tokenizer } from '@streamparser/json';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { HttpProblem, problemTypes } from '../errors/problem.ts';

/**
 * A JSON number whose text a double cannot hold exactly (e.g. 1000.1000000000000001, which
 * JSON.parse would read as 1000.1). Kept as its text so that a WTE with too many decimal places
 * is refused instead of silently rounded; any other field refuses it as a wrong type.
 */
export class ExactNumber {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}
// Validation messages name the type of a wrong value by its constructor: say "number", which is
// what the client sent, rather than this class's name.
Object.defineProperty(ExactNumber, 'name', { value: 'number' });

// Up to 15 significant digits, at most 2 of them decimals: a double holds such text exactly.
const PLAIN_NUMBER = /^-?\d{1,13}(\.\d{1,2})?$/;

function readNumber(text: string): number | ExactNumber {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const value = Number(text);
  // Exact when the double's shortest text names the same decimal as the source text.
  return Number.isFinite(value) && sameDecimal(String(value), text) ? value : new ExactNumber(text);
}

/** Whether two decimal texts (with optional sign, fraction and exponent) name the same value. */
function sameDecimal(a: string, b: string): boolean {
  const canonical = (text: string) => {
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!match) return text;
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const digits = `${whole}${fraction}`.replace(/^0+/, '');
    const trimmed = digits.replace(/0+$/, '');
    if (!trimmed) return '0';
    return `${sign}${trimmed}e${Number(exponent) - fraction.length + (digits.length - trimmed.length)}`;
  };
  return canonical(a) === canonical(b);
}

/** The library's tokenizer, with every number read by readNumber. */
class ExactTokenizer extends Tokenizer {
  protected override parseNumber(text: string): number {
    return readNumber(text) as number;
  }
}

/** A body's bytes as text, refused (400) when they are not UTF-8 rather than stored as U+FFFD. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw malformedJson('The body is not valid UTF-8: send JSON encoded as UTF-8.');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The library's token parser's state while it expects an object's key (its internal enum). */
const EXPECTING_KEY = 1;

/**
 * The library's token parser, refusing a key an object already has: JSON.parse keeps the last
 * one, so `{"staffWte": 1000, …, "staffWte": 5000}` would silently store 5000.
 */
class StrictTokenParser extends TokenParser {
  duplicateKey: string | undefined;

  override write(token: Parameters<TokenParser['write']>[0]): void {
    const self = this as unknown as { state: number; value: unknown };
    if (
      !token.partial &&
      token.token === TokenType.STRING &&
      self.state === EXPECTING_KEY &&
      typeof self.value === 'object' &&
      self.value !== null &&
      Object.hasOwn(self.value, token.value as string)
    ) {
      this.duplicateKey ??= String(token.value);
      throw new Error('duplicate key');
    }
    super.write(token);
  }
}

export const malformedJson = (detail = 'The body is not well-formed JSON.') =>
  new HttpProblem({ status: 400, type: problemTypes.malformedBody, title: 'The request body could not be read', detail });

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses a JSON body with every number read from its text (see ExactNumber) and keys that could
 * poison prototypes refused, as Fastify's own parser refuses them (or, with `forbiddenKeys: 'keep'`,
 * kept as plain own properties for the caller to refuse row by row). A streaming parser, so that a
 * large body can be parsed a slice at a time (`yieldEvery` characters, giving the event loop a
 * turn in between) instead of blocking every other request: JSON.parse takes ~110 ms for a
 * 100,000-row file here, and can neither keep number texts nor be interrupted.
 */
export async function parseJsonBody(
  text: string,
  options: { yieldEvery?: number; forbiddenKeys?: 'refuse' | 'keep' } = {},
): Promise<unknown> {
  if (text.trim() === '') throw malformedJson('The body is empty but Content-Type says JSON.');
  const tokenizer = new ExactTokenizer();
  const tokens = new StrictTokenParser({ paths: ['$'], keepStack: false });
  tokenizer.onToken = tokens.write.bind(tokens);
  tokenizer.onEnd = () => {
    if (!tokens.isEnded) tokens.end();
  };
  let root: unknown;
  let done = false;
  let failure: Error | undefined;
  tokens.onValue = ({ value, stack }) => {
    if (stack.length === 0) {
      root = value;
      done = true;
    }
  };
  tokens.onError = (error) => {
    failure ??= error;
  };
  tokens.onEnd = () => undefined;
  tokenizer.onError = (error) => {
    failure ??= error;
  };
  const parser = tokenizer;
  const sliceSize = options.yieldEvery ?? Number.POSITIVE_INFINITY;
  for (let start = 0; start < text.length && !failure; start += sliceSize) {
    if (done && text.slice(start).trim() !== '') throw malformedJson('The body has more after its JSON value.');
    parser.write(Number.isFinite(sliceSize) ? text.slice(start, start + sliceSize) : text);
    if (Number.isFinite(sliceSize) && start + sliceSize < text.length) await nextTurn();
  }
  if (!failure && !done) parser.end();
  if (tokens.duplicateKey !== undefined) {
    throw malformedJson(`The body names "${tokens.duplicateKey.slice(0, 64)}" twice in one object: which value is meant? Send each field once.`);
  }
  if (failure || !done) throw malformedJson();
  if (options.forbiddenKeys !== 'keep') assertNoForbiddenKeys(root);
  return root;
}

/** Iterative (a body may nest deeper than the call stack). */
function assertNoForbiddenKeys(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object' || value instanceof ExactNumber) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw malformedJson(`The body has a key named "${key}", which is not allowed.`);
      pending.push(child);
    }
  }
}
