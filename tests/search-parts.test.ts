// An index in parts, searched as one: every page is in exactly one part, so the joined count
// is exact, and a term a part lacks finds nothing there (Pagefind itself would answer it with
// the pages of a shorter indexed word the term starts with).
import { describe, expect, it } from 'vitest';
import { joinParts, searchExact, type Pagefind } from '../src/search/engine.ts';
import { pageTokens } from '../src/search/tokens.ts';

/** Pagefind as the engine sees it, over pages of text, with its fallback for an absent term */
function fakePagefind(pages: Record<string, string[]>): Pagefind {
  const streams = Object.entries(pages).map(([url, blocks]) => ({ url, tokens: pageTokens(blocks).split(' ') }));
  const words = new Set(streams.flatMap((s) => s.tokens));
  const matching = (term: string): ((w: string) => boolean) => {
    if ([...words].some((w) => w.startsWith(term))) return (w) => w.startsWith(term);
    for (let n = term.length - 1; n > 0; n--) if (words.has(term.slice(0, n))) return (w) => w === term.slice(0, n);
    return () => false;
  };
  return {
    init: async () => {},
    filters: async () => ({}),
    search: async (term) => {
      const isMatch = matching(term);
      const results = streams
        .map((s, k) => ({ s, k, words: s.tokens.flatMap((t, p) => (isMatch(t) ? [p] : [])) }))
        .filter((r) => r.words.length > 0)
        .map(({ s, k, words }) => ({
          id: `page${k}`,
          score: words.length,
          words,
          data: async () => ({ url: s.url, content: s.tokens.join(' '), meta: {} }),
        }));
      return { results };
    },
  };
}

const part = (pages: Record<string, string[]>, base: string) => ({ pf: fakePagefind(pages), base });
const PARTS = [
  part({ '/a/': ['黑龙江省召开会计工作会议'], '/b/': ['林甸县举办现场招聘会'] }, '/pagefind/'),
  part({ '/c/': ['大庆市财政局会计科'], '/d/': ['拉法村召开分红大会'] }, '/pagefind/p1/'),
  part({ '/e/': ['伊春市林业局'], '/f/': ['现场招聘会'] }, '/pagefind/p2/'),
];

describe('an index in parts', () => {
  it('counts each page once, in whichever part it is', async () => {
    const pf = joinParts(PARTS);
    const urls = async (q: string) =>
      Promise.all((await searchExact(pf, q)).map(async (m) => (await m.result.data()).url));
    expect((await urls('会计')).sort()).toEqual(['/a/', '/c/']);
    expect((await urls('招聘会')).sort()).toEqual(['/b/', '/f/']);
    expect(await urls('林业局')).toEqual(['/e/']);
  });

  it('finds nothing in a part that lacks the term, where Pagefind would answer a shorter word', async () => {
    // the third part has no 会计; its pages end blocks with 会, which Pagefind would return
    const lacking = PARTS[2]!.pf;
    expect((await lacking.search(pageTokens(['会计']).split(' ')[0]!)).results.length).toBeGreaterThan(0);
    const joined = joinParts([PARTS[2]!]);
    expect(await searchExact(joined, '会计')).toEqual([]);
    expect(await searchExact(joinParts(PARTS), '会计')).toHaveLength(2);
  });
});
