/**
 * What the popup loads once a report is shown: "Save to library", "Check against the original"
 * (each of which loads its own heavier code when the reader uses it), the credit checklist and
 * copyright notices, "Copy citation" and the page's licence, terms and notes.
 */
export { Citation } from './Citation';
export { Details } from './Details';
export { PageTerms } from './PageTerms';
export { SaveSection } from './SaveSection';
export { Verify } from './Verify';
