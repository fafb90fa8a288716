/**
 * Notices when a single-page site shows another article without a page load: history
 * navigation (pushState, back/forward) or the article element replaced wholesale. Checks are
 * debounced, and cheap: the address, the title, the first heading and the article element's
 * identity, never the text.
 */

/** What identifies "the article on screen" cheaply. */
interface Fingerprint {
  url: string;
  title: string;
  heading: string;
  article: Element | null;
}

function fingerprint(doc: Document): Fingerprint {
  const url = doc.location?.href.replace(/#.*$/, '') ?? '';
  return {
    url,
    title: doc.title,
    heading: doc.querySelector('h1')?.textContent?.trim().slice(0, 200) ?? '',
    article: doc.querySelector('article, main, [role="main"]'),
  };
}

function differs(a: Fingerprint, b: Fingerprint): boolean {
  return (
    a.url !== b.url || a.title !== b.title || a.heading !== b.heading || a.article !== b.article
  );
}

/**
 * Calls `onChange` (at most once per `delay` ms of quiet) after the page shows another
 * article. Returns a function that stops watching.
 */
export function watchArticle(doc: Document, onChange: () => void, delay = 400): () => void {
  const win = doc.defaultView;
  let last = fingerprint(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const now = fingerprint(doc);
    if (!differs(last, now)) return;
    last = now;
    onChange();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  observer.observe(doc.head ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  win?.addEventListener('popstate', schedule);
  // The Navigation API also reports pushState from the page's own scripts, which the
  // content script's isolated world cannot otherwise see; mutations cover older browsers.
  const nav = (win as { navigation?: EventTarget } | null)?.navigation;
  nav?.addEventListener('navigatesuccess', schedule);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    nav?.removeEventListener('navigatesuccess', schedule);
  };
}
