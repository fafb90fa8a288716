import { agencyByDomain, agencyOf, knownPublisher } from '../chain/agencies';
import type { Finding } from '../detectors/types';
import type { Inference } from './types';

/**
 * An agency's copyright on a story on someone else's site: the agency is the original. A
 * known newspaper's or broadcaster's copyright in the story itself ("© 2017, The Miami
 * Herald" at the end of a Seattle Times page) says the same of that paper; in the site's footer
 * or under a photo it says nothing about the story.
 */
export const wireCopyright: Inference = {
  id: 'wire-copyright',
  description:
    "An agency's copyright on the story, or a known paper's in the story itself, names the original.",
  infer(findings, host) {
    const out: Finding[] = [];
    for (const f of findings) {
      if (!f.copyright || f.copyright.scope === 'media' || f.copyright.scope === 'site') continue;
      for (const holder of f.copyright.holders) {
        const agency = agencyOf(holder);
        const paper = agency || f.copyright.scope !== 'article' ? null : knownPublisher(holder);
        const org = agency ?? paper;
        if (!org || (agency && agency === agencyByDomain(host.domain))) continue;
        if (paper && paper.domain === host.domain) continue;
        out.push({
          ...f,
          // An agency's notice is a wire mark; a paper's is a credit by copyright.
          kind: agency ? 'wire-copyright' : 'copyright-credit',
          party: { name: org.name, domain: org.domain, url: null, date: null },
          depth: 'original',
          copyright: undefined,
        });
      }
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: '<p>The council met again on Tuesday.</p><p>Copyright 2024 The Associated Press. All rights reserved.</p>',
        expect: { name: 'The Associated Press', domain: 'apnews.com' },
      },
      {
        html: '<p>The river rose overnight.</p><p>© 2017, The Miami Herald</p>',
        expect: { name: 'Miami Herald' },
      },
    ],
    negative: [
      { html: '<figure><img src="/a.jpg"><figcaption>© Reuters / Jane Doe</figcaption></figure>' },
      { html: '<p>© 2024 Host Example. All rights reserved.</p>' },
      {
        html: '<p>Copyright 2024 The Associated Press.</p>',
        url: 'https://apnews.com/article/bridge-vote-1234',
      },
    ],
  },
};
