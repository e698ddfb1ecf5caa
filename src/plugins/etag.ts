import { createHash, createHmac } from 'node:crypto';
import fp from 'fastify-plugin';

/** A strong entity tag from the bytes of a representation. */
export function etagOf(payload: string | Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`;
}

/**
 * An opaque tag of some state that must reveal nothing of it (ids count other organisations'
 * activity): a keyed hash, with the database's `etag` secret shared by every instance.
 */
export function keyedEtag(secret: string, state: string): string {
  return `"${createHmac('sha256', secret).update(state).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header lists the tag (or `*`): the weak comparison of RFC 9110. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Whether an If-Match header lists the tag (or `*`): the strong comparison, so a weak tag never matches. */
export function matchesEtagStrongly(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const given = tag.trim();
    return given === '*' || (!given.startsWith('W/') && !etag.startsWith('W/') && given === etag);
  });
}

/**
 * Every successful GET gets an ETag (unless the route set its own, e.g. a return's revision tag)
 * and answers 304 to a matching If-None-Match. The tag is computed from the response itself, so
 * it can never outlive the data it describes, whichever instance answers.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      let etag = reply.getHeader('etag') as string | undefined;
      if (!etag) {
        etag = etagOf(payload);
        void reply.header('etag', etag);
      }
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'private, no-cache');
      if (matchesEtag(request.headers['if-none-match'], etag)) {
        void reply.code(304);
        void reply.removeHeader('content-length');
        return '';
      }
      return payload;
    });
  },
  { name: 'etag' },
);
