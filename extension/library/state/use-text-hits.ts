/**
 * The words typed in the search box, looked up in the saved texts and annotations (the store's
 * word index); a later query's answer replaces an earlier one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CaptureSummary, Library } from '../../storage/store';
import { queryWords, type TextHits } from '../search';

export function useTextHits(
  lib: Library | null,
  query: string,
  list: readonly CaptureSummary[],
  fail: (e: unknown) => void,
): TextHits {
  const [hits, setHits] = useState<TextHits>(new Map());
  useEffect(() => {
    const words = queryWords(query);
    if (!lib || !words.length) return setHits(new Map());
    let live = true;
    lib.findText(words).then((found) => live && setHits(found), fail);
    return () => {
      live = false;
    };
  }, [lib, query, list, fail]);
  return hits;
}
