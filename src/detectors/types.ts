import type { Block, PageText } from '../extract/blocks';
import type { PageMeta } from '../extract/metadata';
import type {
  CopyrightNotice,
  EvidenceKind,
  EvidenceSource,
  License,
  Republishing,
} from '../report';

/** What every detector is given: the page read once, shared by all of them. */
export interface Context {
  doc: Document;
  /** The page's address (http(s)), or null for a saved file with none. */
  url: string | null;
  /** Registrable domain of the page's address. */
  hostDomain: string | null;
  page: PageText;
  meta: PageMeta;
}

/** An organisation the page credits, as far as one signal tells. */
export interface Party {
  name: string | null;
  domain: string | null;
  url: string | null;
  date: string | null;
}

export interface Finding {
  kind: EvidenceKind;
  /** The detector or inference that made it (its id). */
  by?: string;
  source: EvidenceSource;
  /** The words the finding rests on, as on the page. */
  text: string;
  strength: 'strong' | 'weak';
  block?: Block;
  /** The credited source. */
  party?: Party;
  /** `original`: the earliest publisher; `immediate`: the copy this page was taken from. */
  depth?: 'original' | 'immediate';
  /** Two-hop wording: the party that republished between the original and this page. */
  via?: Party;
  copyright?: CopyrightNotice;
  license?: License;
  terms?: Republishing;
}

/** A positive example names what must be found; a negative one must find nothing. */
export interface Example {
  /** HTML placed in an article page (plain text is wrapped in a paragraph). */
  html: string;
  /** Where the snippet stands in the story: after its paragraphs (default), or before them. */
  at?: 'top' | 'end';
  /** The page address; defaults to https://host.example/news/story.html */
  url?: string;
  /** Fields the first finding must have (name, domain, date, via, holders, year, license, requires). */
  expect?: Record<string, unknown>;
}

export interface Detector {
  id: string;
  /** What it looks for, in a sentence. */
  description: string;
  detect(ctx: Context): Finding[];
  examples: { positive: Example[]; negative: Example[] };
}
