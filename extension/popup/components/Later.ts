/**
 * What the popup loads once a report is shown: "Save to library", "Check against the original"
 * (each of which loads its own heavier code when the reader uses it) and "Copy citation".
 */
export { Citation } from './Citation';
export { SaveSection } from './SaveSection';
export { Verify } from './Verify';
