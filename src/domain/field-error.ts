/** A field of a request that breaks a rule: where (a JSON Pointer into the request) and why. */
export type FieldError = { pointer: string; message: string };
