declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}

declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';

  const readability: typeof Readability;
  export default readability;
}
