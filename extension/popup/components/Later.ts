/**
 * What the popup loads once a report is shown: "Check against the original" and "Save to
 * library" (each of which loads its own heavier code when the reader uses it).
 */
export { SaveSection } from './SaveSection';
export { Verify } from './Verify';
