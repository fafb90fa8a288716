/**
 * Message keys and the translate function type. Keys are taken from the English catalogue's
 * type, so a misspelt key fails type-checking; a convention test checks every key is used.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Looks up one UI string, with `$1`-style substitutions. */
export type Translate = (key: MessageKey, subs?: string[]) => string;
