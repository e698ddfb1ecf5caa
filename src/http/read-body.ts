import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { badRequest } from '../errors/problem.ts';
import { Cooperative } from './cooperative.ts';

/** Fastify's own code for a body over the limit: the error handler answers 413 after draining it. */
export class BodyTooLarge extends Error {
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
  readonly statusCode = 413;
}

export type ReadBody = { text: string; fingerprint: string };

export const notUtf8 = (near: number) =>
  badRequest(`The body is not valid UTF-8 (near byte ${near}). Save the file as "CSV UTF-8" (or send JSON as UTF-8) and try again.`);

function decodeOrRefuse(decode: () => string, near: number): string {
  try {
    return decode();
  } catch {
    throw notUtf8(near);
  }
}

/**
 * Reads a large request body as UTF-8 text, decoding and hashing each chunk as it arrives.
 * Fastify's own reader joins the whole body and decodes it in one go when it ends (about 25 ms
 * for a 7.5 MB file, three files ending together stalling everyone for 75 ms). The fingerprint
 * is the SHA-256 of `prefix` and the body, for Idempotency-Key.
 */
export async function readBody(payload: IncomingMessage, limit: number, prefix: string): Promise<ReadBody> {
  const declared = Number(payload.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(`The body is larger than ${limit} bytes.`);
  const hash = createHash('sha256').update(prefix);
  // Bytes that are not UTF-8 are refused, never decoded to U+FFFD and stored as such.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const cooperative = new Cooperative();
  let received = 0;
  for await (const chunk of payload as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) throw new BodyTooLarge(`The body is larger than ${limit} bytes.`);
    hash.update(chunk);
    parts.push(decodeOrRefuse(() => decoder.decode(chunk, { stream: true }), received - chunk.length));
    await cooperative.turn();
  }
  parts.push(decodeOrRefuse(() => decoder.decode(), received));
  return { text: parts.join(''), fingerprint: hash.digest('hex') };
}
