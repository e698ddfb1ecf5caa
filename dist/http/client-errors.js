import http from 'node:http';
import { problemTypes } from "../errors/problem.js";
const ANSWERS = {
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
export function answerClientError(error, socket) {
    if (error.code === 'ECONNRESET' || socket.destroyed)
        return;
    const answer = ANSWERS[error.code ?? ''] ?? {
        status: 400,
        type: problemTypes.badRequest,
        title: 'Bad request',
        detail: 'The request could not be parsed as HTTP/1.1.',
    };
    const body = JSON.stringify({ type: answer.type, title: answer.title, status: answer.status, detail: answer.detail });
    if (socket.writable) {
        socket.write(`HTTP/1.1 ${answer.status} ${http.STATUS_CODES[answer.status]}\r\nContent-Type: application/problem+json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    }
    socket.destroy();
}
//# sourceMappingURL=client-errors.js.map