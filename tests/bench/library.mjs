// The library's full-text search in `npm run bench`: 1,000 captures of 800 generated words each
// (`generated` of tests/unit/verify/pairs.ts) saved in an in-memory IndexedDB (fake-indexeddb),
// then searching a phrase of one article (the word index, then the list's filter) timed against
// listing the library (what opening the library page does anyway; the search lists too, so the
// ratio is at least 1). Reported as the ratio of the medians, on the command-line tool's build
// of the store. The generated words come from a small vocabulary, so most captures hold every
// word of the phrase: the index returns hundreds of ids per word, a worst case for the lookup.
// `found` is 0 when the capture the phrase was taken from is not among those shown.
import { stats } from './stats.mjs';

export async function runLibrarySearch({ bundle, captures = 1000, words = 800, runs = 15 }) {
  const m = await import(bundle);
  const lib = await m.openLibrary(new m.IDBFactory());
  const all = [];
  for (let i = 0; i < captures; i++) {
    const url = `https://news${i % 50}.example/story/${i}`;
    const text = m.generated(words, 1000 + i);
    all.push(
      m.makeCapture(
        {
          url,
          report: { ...m.sampleReport(), url },
          title: `Story ${i}`,
          articleHtml: `<p>${text}</p>`,
          snapshot: { html: `<html><body><p>${text}</p></body></html>`, omitted: [] },
        },
        { now: new Date(Date.UTC(2024, 0, 1) + i * 60_000) },
      ),
    );
  }
  await lib.importMany(all);
  // A phrase from the middle of the article of capture 500: words that appear in few others.
  const target = all[Math.floor(captures / 2)];
  const phrase = target.articleHtml
    .replace(/<[^>]*>/g, '')
    .split(' ')
    .slice(400, 404)
    .join(' ');
  const filters = { query: phrase, status: '', publisher: '' };
  const list = async () => lib.list();
  const search = async () => {
    const summaries = await lib.list();
    const hits = await lib.findText(m.queryWords(phrase));
    return m.filterSummaries(summaries, filters, hits);
  };
  for (let i = 0; i < 3; i++) {
    await list();
    await search();
  }
  const listMs = [];
  const searchMs = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await list();
    listMs.push(performance.now() - t);
    t = performance.now();
    const shown = await search();
    found = shown.some((c) => c.id === target.id) ? shown.length : 0;
    searchMs.push(performance.now() - t);
  }
  lib.close();
  const list_ = stats(listMs);
  const search_ = stats(searchMs);
  return {
    captures,
    words,
    runs,
    phrase,
    found,
    listMs: list_,
    searchMs: search_,
    ratio: search_.median / list_.median,
  };
}
