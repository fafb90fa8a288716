/** The policy of a standalone HTML file and of every snapshot shown: inline images and styles only. */
export const STANDALONE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
