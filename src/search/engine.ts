// Exact-substring search over the bigram index (see tokens.ts), in the browser. For each word
// of the query: search each of its bigram tokens with Pagefind, keep the pages where the
// bigrams stand at consecutive positions, and count those pages. No page text is fetched to
// decide a match, so the count is exact and cheap; text is fetched only for results shown.
import { CHUNK_STARTS_FILE, decodeTokens, foldBucket, foldBucketUrl, queryTokens, type Fold } from './tokens.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
export interface Pagefind {
  options?: (options: { basePath: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** the first token of every index chunk (an index in parts: of every part's chunks) */
  chunkStarts?: () => Promise<string[]>;
}

/**
 * The index of a large archive comes in parts (search/integration.ts): each part is a
 * complete Pagefind index of its own pages, in its own directory with its own copy of
 * pagefind.js, so each is its own module instance (Pagefind takes its base path from the
 * script's address) and page hashes never mix. Search asks every part and joins the answers:
 * every page is in exactly one part, so counts add up exactly. `load` imports one part.
 */
export function joinParts(loaded: Array<{ pf: Pagefind; base: string }>): Pagefind {
  const parts = loaded.map((p) => ({ ...p, pf: termsAsIndexed(p.pf) }));
  if (parts.length === 1) return { ...parts[0]!.pf, chunkStarts: () => fetchChunkStarts(parts[0]!.base) };
  const each = <T>(f: (pf: Pagefind) => Promise<T>) => Promise.all(parts.map((p) => f(p.pf)));
  return {
    init: async () => void (await each((pf) => pf.init())),
    search: async (term, options) => {
      const answers = await each((pf) => pf.search(term, options));
      // a page's id is its hash within its own part: the part's number makes it unique
      return { results: answers.flatMap((a, k) => a.results.map((r) => ({ ...r, id: `${k}:${r.id}` }))) };
    },
    filters: async () => {
      const joined: Record<string, Record<string, number>> = {};
      for (const filters of await each((pf) => pf.filters()))
        for (const [name, values] of Object.entries(filters))
          for (const [value, n] of Object.entries(values))
            (joined[name] ??= {})[value] = (joined[name][value] ?? 0) + n;
      return joined;
    },
    chunkStarts: async () => (await Promise.all(parts.map((p) => fetchChunkStarts(p.base)))).flat(),
  };
}

/**
 * Pagefind answers a term its index lacks with the pages of the longest indexed word the term
 * starts with (a bigram absent from a part of the index came back as the pages where its first
 * character ends a block). Exactness needs the term itself: the first result's token at its
 * matched position shows which word Pagefind took, and whether a term is in an index does not
 * depend on filters, so each term is checked once per index.
 */
function termsAsIndexed(pf: Pagefind): Pagefind {
  const indexed = new Map<string, boolean>();
  const search: Pagefind['search'] = async (term, options) => {
    const answer = await pf.search(term, options);
    const first = answer.results[0];
    if (!first || indexed.get(term)) return answer;
    if (!indexed.has(term)) {
      const tokens = (await first.data()).content.split(' ');
      indexed.set(term, first.words.length > 0 && (tokens[first.words[0]!]?.startsWith(term) ?? false));
    }
    return indexed.get(term) ? answer : { ...answer, results: [] };
  };
  return { ...pf, search };
}

function fetchChunkStarts(base: string): Promise<string[]> {
  return fetch(`${base}${CHUNK_STARTS_FILE}`).then(
    (r) => (r.ok ? r.json() : []),
    () => [],
  );
}

export interface Match {
  id: string;
  /** start positions (token offsets) of the query's first word */
  starts: number[];
  /** query length in characters of the first word */
  length: number;
  order: number;
  result: PagefindResult;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: 'relevance' | 'date';
  /** traditional → simplified, as the index was folded (see loadFold) */
  fold?: Fold;
}

const foldBuckets = new Map<number, Promise<Record<string, string>>>();

/** The fold for a query: the table's pairs for its characters' buckets, fetched once each. */
export async function loadFold(query: string): Promise<Fold> {
  const buckets = [...new Set([...query].filter((c) => c.codePointAt(0)! > 0x2e7f).map(foldBucket))];
  const tables = await Promise.all(
    buckets.map((b) => {
      if (!foldBuckets.has(b))
        foldBuckets.set(
          b,
          fetch(foldBucketUrl(b)).then(
            (r) => (r.ok ? r.json() : {}),
            () => ({}),
          ),
        );
      return foldBuckets.get(b)!;
    }),
  );
  const pairs: Record<string, string> = Object.assign({}, ...tables);
  return (ch) => pairs[ch] ?? ch;
}

export async function searchExact(pf: Pagefind, query: string, options: SearchOptions = {}): Promise<Match[]> {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const perWord = await Promise.all(words.map((w) => matchWord(pf, w, options)));
  const [first, ...rest] = perWord;
  const matches = [...first!.values()].filter((m) => rest.every((r) => r.has(m.id)));
  // relevance: more occurrences first, then an earlier first occurrence (the headline)
  matches.sort((a, b) => b.starts.length - a.starts.length || a.starts[0]! - b.starts[0]! || a.order - b.order);
  if (options.sort === 'date')
    return byDate(pf, matches, coveringTokens(words[0]!, options.fold)[0]!.token, options.filters ?? {});
  return matches;
}

/**
 * Newest first, by month: walk the year filter and then the month filter from the latest
 * value down, asking which matches fall in each, until every match has its place; relevance
 * orders a month, undated articles come last. Pagefind's chunks are loaded by then, so each
 * step costs a search in memory, not a download.
 */
async function byDate(
  pf: Pagefind,
  matches: Match[],
  token: string,
  filters: Record<string, string>,
): Promise<Match[]> {
  const values = await pf.filters();
  const desc = (key: string) =>
    Object.keys(values[key] ?? {})
      .filter((v) => /^\d/.test(v))
      .sort()
      .reverse();
  const left = new Map(matches.map((m) => [m.id, m]));
  const ordered: Match[] = [];
  const place = (found: Match[]) => {
    for (const m of found) {
      ordered.push(m);
      left.delete(m.id);
    }
  };
  const take = async (filter: Record<string, string>) => {
    const { results } = await pf.search(token, { filters: { ...filters, ...filter } });
    const ids = new Set(results.map((r) => r.id));
    return matches.filter((m) => left.has(m.id) && ids.has(m.id));
  };
  for (const year of desc('year')) {
    if (left.size === 0) break;
    if ((await take({ year })).length === 0) continue;
    for (const month of desc('month').filter((m) => m.startsWith(year))) {
      place(await take({ month }));
    }
    place(await take({ year })); // dated to the year only: after its months
  }
  return [...ordered, ...left.values()];
}

/**
 * The bigrams a word needs, with their offsets: every other one is enough (each covers two
 * characters), plus the last; that halves the index chunks a long query loads.
 */
function coveringTokens(word: string, fold?: Fold): Array<{ token: string; offset: number }> {
  const tokens = queryTokens(word, fold);
  const offsets = tokens.map((_, k) => k).filter((k) => k % 2 === 0 || k === tokens.length - 1);
  return offsets.map((k) => ({ token: tokens[k]!, offset: k }));
}

/**
 * Makes Pagefind load every index chunk that holds tokens starting with `prefix`: it loads
 * only the chunk where a term sorts, and searches over all chunks it has loaded, so a search
 * for the first token of each further chunk brings that chunk in.
 */
async function loadPrefixChunks(pf: Pagefind, prefix: string): Promise<void> {
  let starts = chunkStarts.get(pf);
  if (!starts) chunkStarts.set(pf, (starts = pf.chunkStarts?.() ?? fetchChunkStarts('/pagefind/')));
  const probes = (await starts).filter((start) => start.startsWith(prefix));
  for (const probe of probes) await pf.search(probe);
}
const chunkStarts = new WeakMap<Pagefind, Promise<string[]>>();

async function matchWord(pf: Pagefind, word: string, options: SearchOptions): Promise<Map<string, Match>> {
  const needed = coveringTokens(word, options.fold);
  if (needed.length === 1 && queryTokens(word).length === 1) await loadPrefixChunks(pf, needed[0]!.token);
  const distinct = [...new Set(needed.map((n) => n.token))];
  const searches = await Promise.all(distinct.map((t) => pf.search(t, { filters: options.filters ?? {} })));
  const positions = new Map<string, Map<string, Set<number>>>(); // token → page → positions
  distinct.forEach((t, k) => positions.set(t, new Map(searches[k]!.results.map((r) => [r.id, new Set(r.words)]))));
  const out = new Map<string, Match>();
  const first = needed[0]!;
  searches[0]!.results.forEach((result, order) => {
    const starts = [...positions.get(first.token)!.get(result.id)!]
      .map((p) => p - first.offset)
      .filter((p) =>
        needed.every(({ token, offset }) =>
          positions
            .get(token)!
            .get(result.id)
            ?.has(p + offset),
        ),
      )
      .sort((a, b) => a - b);
    if (starts.length)
      out.set(result.id, { id: result.id, starts, length: [...word.replace(/\s+/gu, '')].length, order, result });
  });
  return out;
}

/**
 * An excerpt around the first match, as [before, match, after] strings, from the page's tokens
 * and the page's printed patch (tokens.ts printedPatch), so it reads as printed: case, spaces
 * and traditional characters as they stand on the page.
 */
export function excerpt(
  content: string,
  start: number,
  length: number,
  printed: Record<number, string> = {},
  context = 36,
): [string, string, string] {
  const chars = decodeTokens(content.split(' ')).map((c, k) => ({ ...c, ch: printed[k] ?? c.ch }));
  let lo = start;
  while (lo > 0 && start - lo < context && !chars[lo - 1]!.blockEnd) lo--;
  let hi = start + length;
  while (hi < chars.length && hi - start - length < context && !chars[hi - 1]!.blockEnd) hi++;
  const text = (a: number, b: number) =>
    chars
      .slice(a, b)
      .map((c) => c.ch)
      .join('');
  // a space printed before the match stays outside the highlight
  const hit = text(start, start + length);
  const lead = hit.match(/^\s*/u)![0];
  return [
    (lo > 0 && !chars[lo - 1]!.blockEnd ? '…' : '') + text(lo, start).replace(/^\s+/u, '') + lead,
    hit.slice(lead.length),
    text(start + length, hi) + (hi < chars.length && !chars[hi - 1]!.blockEnd ? '…' : ''),
  ];
}
