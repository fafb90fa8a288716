// The publisher table (src/chain/publishers.data.ts) against its own rules: registrable and
// unambiguous domains (tldts decides what is registrable), names, aliases and tags that point to
// one publisher only, no generic word standing as a name, valid kinds, countries and parents,
// and the coverage the product needs.
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  PUBLISHERS,
  type PublisherEntry,
  type PublisherKind,
} from '../../src/chain/publishers.data';

const KINDS: readonly PublisherKind[] = [
  'agency',
  'newspaper',
  'broadcaster',
  'magazine',
  'online',
  'aggregator',
  'archive',
  'photo-agency',
  'press-release',
];

/** Kinds whose entries may lack a domain: services known only by the name in a credit line. */
const MAY_LACK_DOMAIN: readonly PublisherKind[] = ['agency', 'photo-agency'];

/** Words that must never stand alone as a publisher's name or alias. */
const GENERIC_WORDS = [
  'News',
  'Press',
  'Times',
  'Post',
  'Journal',
  'Today',
  'Daily',
  'Herald',
  'Source',
  'Staff',
  'Photo',
  'Photos',
  'Wire',
  'Agency',
  'Media',
  'Online',
  'Reporter',
  'Correspondent',
  'Editor',
  'Editorial',
  'Redaktion',
  'Rédaction',
  'Redacción',
  'Redazione',
  'Redação',
  'Редакция',
  'Agence',
  'Agentur',
  'Agencia',
  'Agenzia',
  'Agência',
  'Агентство',
  'Nachrichten',
  'Noticias',
  'Notizie',
  'Notícias',
  'Новости',
  'Presse',
  'Prensa',
  'Stampa',
  'Imprensa',
  'Пресса',
];

/** Day and month names in the seven languages the product reads. */
const CALENDAR_WORDS = [
  // English
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  // French
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  // German
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
  'Sonntag',
  'Januar',
  'Februar',
  'März',
  'Juni',
  'Juli',
  'Oktober',
  'Dezember',
  // Spanish
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  // Italian
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
  'gennaio',
  'febbraio',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'settembre',
  'ottobre',
  'dicembre',
  // Portuguese
  'segunda-feira',
  'terça-feira',
  'quarta-feira',
  'quinta-feira',
  'sexta-feira',
  'janeiro',
  'fevereiro',
  'março',
  'maio',
  'junho',
  'julho',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
  // Russian
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** Countries the table must cover: those whose readers write in the product's seven languages. */
const REQUIRED_COUNTRIES = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'PT',
  'BR',
  'RU',
  'MX',
  'AR',
  'CH',
  'AT',
  'CA',
  'AU',
  'IN',
  'JP',
];

/** Without diacritics, case, punctuation or spaces. */
function plain(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The form names, aliases and tags are compared in: as plain(), and without a leading "The". */
function key(s: string): string {
  return plain(
    s
      .normalize('NFKD')
      .trim()
      .replace(/^the\s+/i, ''),
  );
}

/** Every name, alias and tag of an entry, each with what it is. */
function labels(e: PublisherEntry): { label: string; what: string }[] {
  return [
    { label: e.name, what: 'name' },
    ...e.aliases.map((label) => ({ label, what: 'alias' })),
    ...e.tags.map((label) => ({ label, what: 'tag' })),
  ];
}

const count = (kind: PublisherKind) => PUBLISHERS.filter((e) => e.kind === kind).length;

describe('publisher table: size and coverage', () => {
  it('holds at least 400 entries', () => {
    expect(PUBLISHERS.length).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ['agency', 100],
    ['archive', 5],
    ['photo-agency', 10],
    ['press-release', 5],
  ] as const)('holds at least %s entries of kind %s', (kind, min) => {
    expect(count(kind), `entries of kind ${kind}`).toBeGreaterThanOrEqual(min);
  });

  it('holds at least 250 newspapers, broadcasters, magazines and online outlets', () => {
    const publishers = PUBLISHERS.filter((e) =>
      ['newspaper', 'broadcaster', 'magazine', 'online'].includes(e.kind),
    );
    expect(publishers.length).toBeGreaterThanOrEqual(250);
  });

  it('covers every country whose readers write in the seven languages', () => {
    const covered = new Set(PUBLISHERS.map((e) => e.country));
    const missing = REQUIRED_COUNTRIES.filter((c) => !covered.has(c));
    expect(missing, 'countries with no entry').toEqual([]);
  });

  it.each([
    'The Associated Press',
    'Reuters',
    'AFP',
    'dpa',
    'dpa-AFX',
    'EFE',
    'ANSA',
    'Lusa',
    'TASS',
    'Xinhua',
    'The Canadian Press',
    'PA Media',
    'KNA',
    'epd',
    'SID',
  ])('lists the agency %s', (name) => {
    const entry = PUBLISHERS.find((e) => e.name === name);
    expect(entry?.kind, `kind of ${name}`).toBe('agency');
  });
});

describe('publisher table: kinds and countries', () => {
  it('gives every entry one of the listed kinds', () => {
    const bad = PUBLISHERS.filter((e) => !KINDS.includes(e.kind)).map(
      (e) => `${e.name}: ${e.kind}`,
    );
    expect(bad, 'entries with an unknown kind').toEqual([]);
  });

  it('gives every entry an ISO 3166-1 alpha-2 country or "INT"', () => {
    const bad = PUBLISHERS.filter((e) => !/^(?:[A-Z]{2}|INT)$/.test(e.country)).map(
      (e) => `${e.name}: ${e.country}`,
    );
    expect(bad, 'entries with a malformed country').toEqual([]);
  });
});

describe('publisher table: domains', () => {
  const all = PUBLISHERS.flatMap((e) => e.domains.map((domain) => ({ domain, entry: e.name })));

  it('are lower-case registrable domains, as tldts getDomain gives them', () => {
    const bad = all
      .filter(({ domain }) => domain !== domain.toLowerCase() || getDomain(domain) !== domain)
      .map(({ domain, entry }) => `${entry}: ${domain} (tldts: ${getDomain(domain)})`);
    expect(bad, 'domains that are not registrable domains').toEqual([]);
  });

  it('each belong to one entry only, once', () => {
    const owners = new Map<string, string[]>();
    for (const { domain, entry } of all) owners.set(domain, [...(owners.get(domain) ?? []), entry]);
    const shared = [...owners]
      .filter(([, o]) => o.length > 1)
      .map(([d, o]) => `${d}: ${o.join(', ')}`);
    expect(shared, 'domains listed more than once').toEqual([]);
  });

  it('are missing only for agencies and photo agencies known by their credit line alone', () => {
    const bad = PUBLISHERS.filter(
      (e) => e.domains.length === 0 && !MAY_LACK_DOMAIN.includes(e.kind),
    ).map((e) => `${e.name} (${e.kind})`);
    expect(bad, 'entries without a domain').toEqual([]);
  });
});

describe('publisher table: names, aliases and tags', () => {
  it('are trimmed, single-spaced and non-empty', () => {
    const bad = PUBLISHERS.flatMap((e) =>
      labels(e)
        .filter(({ label }) => label === '' || label !== label.trim() || /\s{2}/.test(label))
        .map(({ label, what }) => `${e.name}: ${what} "${label}"`),
    );
    expect(bad, 'badly spaced labels').toEqual([]);
  });

  it('name each entry once: no two entries carry the same name', () => {
    const names = PUBLISHERS.map((e) => e.name);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect(repeated, 'names of more than one entry').toEqual([]);
  });

  it('belong to one entry only (compared without case, diacritics, punctuation, spaces or a leading "The")', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of PUBLISHERS) {
      for (const { label } of labels(e)) {
        const k = key(label);
        owners.set(k, (owners.get(k) ?? new Set()).add(e.name));
      }
    }
    const shared = [...owners]
      .filter(([, o]) => o.size > 1)
      .map(([k, o]) => `"${k}": ${[...o].join(' | ')}`);
    expect(shared, 'names, aliases or tags shared by two entries').toEqual([]);
  });

  it('never make an alias equal to another entry’s name', () => {
    const names = new Map(PUBLISHERS.map((e) => [key(e.name), e.name]));
    const bad = PUBLISHERS.flatMap((e) =>
      e.aliases
        .filter((a) => names.has(key(a)) && names.get(key(a)) !== e.name)
        .map((a) => `${e.name}: alias "${a}" is the name of ${names.get(key(a))}`),
    );
    expect(bad, 'aliases that name another entry').toEqual([]);
  });

  it('add something within an entry: no alias or tag repeats another of the same entry', () => {
    // Compared as written but for case, diacritics and punctuation: "Associated Press" beside
    // "The Associated Press" is a spelling of its own, "Globe Newswire" beside "GlobeNewswire" is not.
    const bad = PUBLISHERS.flatMap((e) => {
      const aliasKeys = [e.name, ...e.aliases].map(plain);
      const tagKeys = e.tags.map(plain);
      const dupAliases = aliasKeys.filter((k, i) => aliasKeys.indexOf(k) !== i);
      const dupTags = tagKeys.filter((k, i) => tagKeys.indexOf(k) !== i);
      return [...dupAliases, ...dupTags].map((k) => `${e.name}: "${k}" given twice`);
    });
    expect(bad, 'repeated labels').toEqual([]);
  });

  it('keep names and aliases of three characters or more (shorter forms are tags)', () => {
    const bad = PUBLISHERS.flatMap((e) =>
      labels(e)
        .filter(({ what }) => what !== 'tag')
        .filter(({ label }) => key(label).length < 3)
        .map(({ label, what }) => `${e.name}: ${what} "${label}"`),
    );
    expect(bad, 'names or aliases too short').toEqual([]);
  });

  it('keep tags of two characters or more', () => {
    const bad = PUBLISHERS.flatMap((e) =>
      e.tags.filter((t) => key(t).length < 2).map((t) => `${e.name}: tag "${t}"`),
    );
    expect(bad, 'tags too short').toEqual([]);
  });

  it('never use a generic word as a name or alias', () => {
    const generic = new Set(GENERIC_WORDS.map(plain));
    const bad = PUBLISHERS.flatMap((e) =>
      [e.name, ...e.aliases].filter((l) => generic.has(plain(l))).map((l) => `${e.name}: "${l}"`),
    );
    expect(bad, 'generic words as names or aliases').toEqual([]);
  });

  it('never use a day or month name as a name, alias or tag', () => {
    const calendar = new Set(CALENDAR_WORDS.map(plain));
    const bad = PUBLISHERS.flatMap((e) =>
      labels(e)
        .filter(({ label }) => calendar.has(plain(label)))
        .map(({ label, what }) => `${e.name}: ${what} "${label}"`),
    );
    expect(bad, 'day or month names').toEqual([]);
  });

  it('compare as the rules say', () => {
    expect(key('The Associated Press')).toBe(key('associated press'));
    expect(key('Agence France-Presse')).toBe('agencefrancepresse');
    expect(key('ČTK')).toBe('ctk');
    expect(key('TheJournal.ie')).toBe('thejournalie');
    expect(key('Коммерсантъ')).toBe('коммерсантъ');
  });
});

describe('publisher table: parents', () => {
  it('name another entry, never the entry itself', () => {
    const names = new Set(PUBLISHERS.map((e) => e.name));
    const bad = PUBLISHERS.filter(
      (e) => e.parent !== undefined && (e.parent === e.name || !names.has(e.parent)),
    ).map((e) => `${e.name}: parent "${e.parent}"`);
    expect(bad, 'parents that are not other entries').toEqual([]);
  });

  it('credit dpa-AFX to dpa and keep The Canadian Press its own', () => {
    expect(PUBLISHERS.find((e) => e.name === 'dpa-AFX')?.parent).toBe('dpa');
    expect(PUBLISHERS.find((e) => e.name === 'The Canadian Press')?.parent).toBeUndefined();
  });
});

describe('publisher table: the generic words themselves', () => {
  it.each(GENERIC_WORDS)('"%s" is no name or alias', (word) => {
    const users = PUBLISHERS.filter((e) =>
      [e.name, ...e.aliases].some((l) => plain(l) === plain(word)),
    ).map((e) => e.name);
    expect(users, `entries naming themselves "${word}"`).toEqual([]);
  });
});
