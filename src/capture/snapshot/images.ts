/** Images embedded as data: addresses, each within its cap and all within theirs. */
import { bytesToBase64 } from '../bytes';
import { isDataImage, urlScheme } from '../safety/url-scheme';
import { type Omissions, short, size } from './omissions';
import { type FetchedImage, MB, type SnapshotOptions } from './options';

// Ahead of the image being embedded, so a slow server does not hold up the rest.
const FETCH_AHEAD = 3;

export interface PendingImage {
  copy: Element;
  url: string;
}

/** The image each <img> shows (currentSrc, else src); srcset and <picture> sources dropped. */
export function collectImages(twin: Map<Element, Element>, copy: Element): PendingImage[] {
  const out: PendingImage[] = [];
  for (const [live, twinCopy] of twin) {
    if (live.localName !== 'img') continue;
    const img = live as HTMLImageElement;
    const url = img.currentSrc || img.src || '';
    twinCopy.removeAttribute('srcset');
    twinCopy.removeAttribute('sizes');
    if (url) out.push({ copy: twinCopy, url });
    else twinCopy.removeAttribute('src');
  }
  for (const source of Array.from(copy.querySelectorAll('picture > source'))) source.remove();
  return out;
}

export async function embedImages(
  images: PendingImage[],
  options: SnapshotOptions,
  omitted: Omissions,
): Promise<void> {
  const maxImage = options.maxImageBytes ?? 2 * MB;
  const maxTotal = options.maxTotalBytes ?? 20 * MB;
  const fetchImage = options.fetchImage;
  const fetched = new Map<string, Promise<FetchedImage | null>>();
  const get = (url: string) => {
    let got = fetched.get(url);
    if (!got) {
      got = fetchImage ? fetchImage(url, maxImage).catch(() => null) : Promise.resolve(null);
      fetched.set(url, got);
    }
    return got;
  };
  let total = 0;
  for (const [i, image] of images.entries()) {
    for (const next of images.slice(i + 1, i + 1 + FETCH_AHEAD)) {
      if (total < maxTotal && fetchable(next.url)) void get(next.url);
    }
    const { copy, url } = image;
    copy.removeAttribute('src');
    let embedded: { dataUrl: string; size: number } | null = null;
    if (isDataImage(url)) {
      embedded = { dataUrl: url, size: Math.floor((url.length - url.indexOf(',') - 1) * 0.75) };
    } else if (!fetchable(url)) {
      omitted.add(`image ${short(url)} (not a web address)`);
      continue;
    } else if (!fetchImage) {
      omitted.add(`image ${short(url)} (not fetched)`);
      continue;
    } else if (total >= maxTotal) {
      omitted.add(`image ${short(url)} (over the ${size(maxTotal)} cap for all images)`);
      continue;
    } else {
      const got = await get(url);
      const type = (got?.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!got || (got.bytes === null && got.size <= maxImage)) {
        omitted.add(`image ${short(url)} could not be fetched`);
        continue;
      }
      if (!/^image\/[a-z0-9.+-]+$/.test(type)) {
        omitted.add(`image ${short(url)} (not an image file)`);
        continue;
      }
      embedded =
        got.bytes && got.size <= maxImage
          ? { dataUrl: `data:${type};base64,${bytesToBase64(got.bytes)}`, size: got.bytes.length }
          : { dataUrl: '', size: got.size };
    }
    if (embedded.size > maxImage) {
      omitted.add(`image ${short(url)} (${size(embedded.size)}, over the ${size(maxImage)} cap)`);
    } else if (total + embedded.size > maxTotal) {
      omitted.add(`image ${short(url)} (over the ${size(maxTotal)} cap for all images)`);
    } else {
      copy.setAttribute('src', embedded.dataUrl);
      total += embedded.size;
    }
  }
}

function fetchable(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'http' || scheme === 'https' || scheme === 'blob';
}
