/** The marker each draft written by `npm run new:detector` carries until it is filled in. */
export const MARKER: string;
