/**
 * Reads and discards the rest of a request body the service will not use (a body over the
 * limit), so the client, still uploading, receives the answer: closing a connection with unread
 * data makes the kernel reset it, and the client sees EPIPE or ECONNRESET instead of the 413.
 * Bounded in bytes and time: a client sending more than that is cut off after all.
 */
export function drainRequestBody(raw, maxBytes, maxMs) {
    if (raw.readableEnded || raw.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        let seen = 0;
        const finish = () => {
            clearTimeout(timer);
            raw.off('data', onData).off('end', finish).off('close', finish).off('error', finish);
            resolve();
        };
        const onData = (chunk) => {
            seen += chunk.length;
            if (seen > maxBytes)
                finish();
        };
        const timer = setTimeout(finish, maxMs);
        raw.on('data', onData).once('end', finish).once('close', finish).once('error', finish);
        raw.resume();
    });
}
//# sourceMappingURL=drain.js.map