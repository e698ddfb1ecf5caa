import http from 'node:http';
import type { Socket } from 'node:net';
import { problemTypes } from '../errors/problem.ts';

type Answer = { status: number; type: string; title: string; detail: string };

const ANSWERS: Record<string, Answer> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, type: problemTypes.requestTimeout, title: 'Request timeout', detail: 'The request did not arrive in time.' },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    type: problemTypes.requestTooLarge,
    title: 'Request header fields too large',
    detail: 'The request line or headers are larger than 16 KB; shorten the URL or the headers.',
  },
};

/**
 * Requests Node's HTTP parser rejects (an over-long URL or headers, a malformed request line, a
 * request that never finishes) never reach Fastify's error handler, so they are answered here,
 * on the raw socket, in the same problem+json shape as every other error.
 */
export function clientErrorAnswerer(publicUrl: string | undefined) {
  return (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, publicUrl);
}

/**
 * The problem type is absolute under PUBLIC_URL when set; without it, and without a parsed Host
 * header to take the origin from, it stays a reference relative to the service (RFC 9457 allows it).
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, publicUrl: string | undefined): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer = ANSWERS[error.code ?? ''] ?? {
    status: 400,
    type: problemTypes.badRequest,
    title: 'Bad request',
    detail: 'The request could not be parsed as HTTP/1.1.',
  };
  const body = JSON.stringify({ type: `${publicUrl ?? ''}${answer.type}`, title: answer.title, status: answer.status, detail: answer.detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${answer.status} ${http.STATUS_CODES[answer.status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
