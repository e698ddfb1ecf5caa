import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `sr_` + 43 characters: 32 random bytes, base64url. */
const KEY_PATTERN = /^sr_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 11; // "sr_" and 8 characters: enough to tell keys apart, useless to guess with

/** SHA-256 suffices: keys are 256-bit random, so there is nothing to slow a guesser down for. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

export function generateKey(): { key: string; prefix: string; hash: string } {
  const key = `sr_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashKey(key) };
}
