/**
 * The outcome of a business rule in lib/ (the stores of accounts, positionings and schools):
 * done, with what the caller needs, or refused with the HTTP status a route answers with and a
 * French message for the user. The procedures (lib/procedures) turn a refusal into the caller's
 * answer through the kernel (lib/kernel `refuse`).
 */

/** A business refusal: the status a route handler answers with, and a French message for the user. */
export type Failure = { ok: false; status: 400 | 404 | 409 | 410; message: string };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export const fail = (status: Failure["status"], message: string): Failure => ({ ok: false, status, message });
