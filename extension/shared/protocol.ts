/**
 * The message protocol, declared once: one method map per direction, a guard for each
 * method's parameters, and results that travel as values (`{ ok, value } | { ok: false, error }`)
 * instead of thrown errors, which do not survive structured cloning across contexts.
 */
export * from './protocol-background';
export * from './protocol-envelope';
export * from './protocol-page';
