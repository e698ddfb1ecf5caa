export class HttpProblem extends Error {
    status;
    type;
    title;
    detail;
    errors;
    extensions;
    headers;
    constructor(init) {
        super(init.detail);
        this.name = 'HttpProblem';
        this.status = init.status;
        this.type = init.type;
        this.title = init.title;
        this.detail = init.detail;
        this.errors = init.errors;
        this.extensions = init.extensions;
        this.headers = init.headers;
    }
}
export const problemTypes = {
    validation: '/problems/validation-error',
    malformedBody: '/problems/malformed-body',
    unsupportedMediaType: '/problems/unsupported-media-type',
    notAcceptable: '/problems/not-acceptable',
    bodyTooLarge: '/problems/body-too-large',
    notFound: '/problems/not-found',
    methodNotAllowed: '/problems/method-not-allowed',
    ruleViolation: '/problems/rule-violation',
    conflict: '/problems/conflict',
    preconditionFailed: '/problems/precondition-failed',
    unauthorized: '/problems/unauthorized',
    forbidden: '/problems/forbidden',
    tooManyRequests: '/problems/too-many-requests',
    serviceUnavailable: '/problems/service-unavailable',
    internal: '/problems/internal-error',
    badRequest: '/problems/bad-request',
    requestTooLarge: '/problems/request-too-large',
    requestTimeout: '/problems/request-timeout',
};
export function notFound(detail) {
    return new HttpProblem({ status: 404, type: problemTypes.notFound, title: 'Not found', detail });
}
export function badRequest(detail, errors) {
    return new HttpProblem({
        status: 400,
        type: problemTypes.validation,
        title: 'The request is not valid',
        detail,
        errors,
    });
}
export function unprocessable(detail, errors, extensions) {
    return new HttpProblem({
        status: 422,
        type: problemTypes.ruleViolation,
        title: 'The request breaks a rule',
        detail,
        errors,
        extensions,
    });
}
/** A request line or URL that cannot be understood at all (not a field that fails validation). */
export function malformedRequest(detail) {
    return new HttpProblem({ status: 400, type: problemTypes.badRequest, title: 'Bad request', detail });
}
export function unauthorized(detail) {
    return new HttpProblem({
        status: 401,
        type: problemTypes.unauthorized,
        title: 'Unauthorized',
        detail,
        headers: { 'www-authenticate': 'Bearer realm="staff-ratio-api"' },
    });
}
export function forbidden(detail) {
    return new HttpProblem({ status: 403, type: problemTypes.forbidden, title: 'Forbidden', detail });
}
/** 429; `retryAfterSeconds` when the caller sets Retry-After itself (the rate-limit plugin does its own). */
export function tooManyRequests(detail, retryAfterSeconds, title = 'Too many requests') {
    return new HttpProblem({
        status: 429,
        type: problemTypes.tooManyRequests,
        title,
        detail,
        ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }),
    });
}
export function conflict(detail) {
    return new HttpProblem({ status: 409, type: problemTypes.conflict, title: 'Conflict', detail });
}
export function preconditionFailed(detail) {
    return new HttpProblem({
        status: 412,
        type: problemTypes.preconditionFailed,
        title: 'Precondition failed',
        detail,
    });
}
export function serviceUnavailable(detail) {
    return new HttpProblem({
        status: 503,
        type: problemTypes.serviceUnavailable,
        title: 'Service unavailable',
        detail,
        headers: { 'retry-after': '5' },
    });
}
export function databaseUnavailable() {
    return serviceUnavailable('The database is not answering just now. Try again shortly (re-sending the same return is safe: an identical return is not stored twice).');
}
//# sourceMappingURL=problem.js.map