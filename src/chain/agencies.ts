/**
 * News agencies whose copy is carried whole by other sites. Their names are the one place
 * where the product knows publishers by name: a dateline "(AP) —" names no domain.
 */
export interface Agency {
  name: string;
  domain: string;
  /** How the agency is written in datelines, bylines and copyright lines. */
  pattern: RegExp;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', domain: 'reuters.com', pattern: /^(?:thomson\s+)?reuters$/i },
  {
    name: 'The Associated Press',
    domain: 'apnews.com',
    pattern: /^(?:the\s+)?(?:associated\s+press|ap)$/i,
  },
  { name: 'AFP', domain: 'afp.com', pattern: /^(?:afp|agence\s+france[-\s]presse)$/i },
  {
    name: 'dpa',
    domain: 'dpa.com',
    pattern: /^(?:dpa(?:-[a-z]+)?|deutsche\s+presse[-\s]agentur)$/i,
  },
  { name: 'EFE', domain: 'efe.com', pattern: /^(?:agencia\s+)?efe$/i },
  { name: 'ANSA', domain: 'ansa.it', pattern: /^ansa$/i },
  { name: 'Europa Press', domain: 'europapress.es', pattern: /^europa\s+press$/i },
  { name: 'Lusa', domain: 'lusa.pt', pattern: /^(?:agência\s+)?lusa$/i },
  { name: 'Xinhua', domain: 'xinhuanet.com', pattern: /^xinhua$/i },
  { name: 'UPI', domain: 'upi.com', pattern: /^(?:upi|united\s+press\s+international)$/i },
  { name: 'PA Media', domain: 'pa.media', pattern: /^(?:pa|pa\s+media|press\s+association)$/i },
  { name: 'Bloomberg', domain: 'bloomberg.com', pattern: /^bloomberg(?:\s+news)?$/i },
  { name: 'TASS', domain: 'tass.com', pattern: /^(?:tass|тасс)$/i },
  {
    name: 'RIA Novosti',
    domain: 'ria.ru',
    pattern: /^(?:ria(?:\s+novosti)?|риа(?:\s+новости)?)$/i,
  },
  { name: 'Interfax', domain: 'interfax.ru', pattern: /^(?:interfax|интерфакс)$/i },
  { name: 'Kyodo', domain: 'kyodonews.net', pattern: /^kyodo(?:\s+news)?$/i },
  { name: 'Yonhap', domain: 'yna.co.kr', pattern: /^yonhap$/i },
  { name: 'Anadolu', domain: 'aa.com.tr', pattern: /^anadolu(?:\s+agency)?$/i },
  {
    name: 'The Canadian Press',
    domain: 'thecanadianpress.com',
    pattern: /^(?:the\s+)?canadian\s+press|cp$/i,
  },
  { name: 'AAP', domain: 'aap.com.au', pattern: /^(?:aap|australian\s+associated\s+press)$/i },
  { name: 'PTI', domain: 'ptinews.com', pattern: /^(?:pti|press\s+trust\s+of\s+india)$/i },
  { name: 'ANP', domain: 'anp.nl', pattern: /^anp$/i },
  { name: 'APA', domain: 'apa.at', pattern: /^apa$/i },
  { name: 'Belga', domain: 'belga.be', pattern: /^belga$/i },
  { name: 'Keystone-SDA', domain: 'keystone-sda.ch', pattern: /^(?:keystone-sda|sda|ats)$/i },
];

/** Agency short forms as they appear in datelines, for the wire detector's patterns. */
export const AGENCY_WORDS =
  'Reuters|Thomson Reuters|AP|Associated Press|AFP|Agence France-Presse|dpa|EFE|ANSA|Europa Press|Lusa|Xinhua|UPI|PA|Bloomberg|TASS|ТАСС|RIA Novosti|РИА Новости|Interfax|Интерфакс|Kyodo|Yonhap|Anadolu|CP|AAP|PTI|ANP|APA|Belga|Keystone-SDA|SDA|ATS';

/** The agency a name refers to, if any. */
export function agencyOf(name: string | null | undefined): Agency | null {
  if (!name) return null;
  const n = name.trim().replace(/(?<![.\s])[.\s]+$/, '');
  return AGENCIES.find((a) => a.pattern.test(n)) ?? null;
}

/** The agency whose domain this is, if any. */
export function agencyByDomain(domain: string | null): Agency | null {
  return domain ? (AGENCIES.find((a) => a.domain === domain) ?? null) : null;
}

/**
 * The agency a dateline's or a tag's token names: "AP", "dpa/lno" (dpa's regional service),
 * "efe-epa" (EFE with its photo partner), "Reuters". Only the part before a slash or hyphen
 * is tried beside the whole.
 */
export function agencyTag(token: string | null | undefined): Agency | null {
  if (!token) return null;
  const t = token.trim();
  if (!t || t.length > 40) return null;
  return agencyOf(t) ?? agencyOf(t.split(/\s*[/-]\s*/)[0]);
}

/** A publisher known by name that is not an agency (newspapers that syndicate their stories). */
export function knownPublisher(name: string | null | undefined): Agency | null {
  void name;
  return null;
}
