// Browsing all the way down: a tree of groups (years → months → days, provinces → cities →
// counties) where every node is a page with its count, its breadcrumbs and the previous and
// next page at its level. An article sits at the deepest level it is known to: a piece dated
// only to a year sits on the year's page under 月份不详, never on an invented month.
import { pinyin } from 'pinyin-pro';
import { pinyinSlug } from '../normalize/slug.ts';
import type { ArticleInfo } from './bodies.ts';
import { UNKNOWN_SLUG } from './urls.ts';

export interface Link {
  name: string;
  url: string;
}

export interface BrowseNode extends Link {
  /** the levels' names from the top, e.g. ['2022', '06'] or ['黑龙江省', '大庆市'] */
  keys: string[];
  /** the address segment, and the one to use when a sibling reads the same (山西/陕西) */
  slug: string;
  distinctSlug: string;
  /** every article at this node or below */
  count: number;
  children: BrowseNode[];
  /** the articles known to this level and no deeper (月份不详, 未注明区县 …) */
  here: ArticleInfo[];
}

export interface BrowsePage {
  node: BrowseNode;
  /** from the top of the tree down to the node's parent */
  crumbs: Link[];
  prev: Link | null;
  next: Link | null;
}

/** One step of an article's path in a tree: the key its level groups by, the slug, the name shown. */
export interface Step {
  key: string;
  slug: string;
  /** a slug no other name shares (pinyin with tone numbers), for when `slug` clashes */
  distinctSlug?: string;
  name: string;
}

interface TreeSpec {
  root: Link;
  path: (a: ArticleInfo) => Step[];
  /** sibling order */
  compare: (x: BrowseNode, y: BrowseNode) => number;
  /** articles inside a group, in the order shown */
  order: (x: ArticleInfo, y: ArticleInfo) => number;
}

export function buildTree(articles: ArticleInfo[], spec: TreeSpec): BrowseNode {
  const root: BrowseNode = { ...spec.root, keys: [], slug: '', distinctSlug: '', count: 0, children: [], here: [] };
  for (const a of articles) {
    let node = root;
    node.count++;
    for (const step of spec.path(a)) {
      let child = node.children.find((c) => c.keys.at(-1) === step.key);
      if (!child) {
        const { name, slug, distinctSlug = slug } = step;
        child = { name, url: '', slug, distinctSlug, keys: [...node.keys, step.key], count: 0, children: [], here: [] };
        node.children.push(child);
      }
      node = child;
      node.count++;
    }
    node.here.push(a);
  }
  finish(root, spec);
  return root;
}

/**
 * Sorts each level and gives each node its address: its parent's plus its slug, or, where two
 * siblings' names read the same without tones (山西省, 陕西省), both take the toned slug
 * (shan1-xi1-sheng3, shan3-xi1-sheng3): it depends on the names alone, not on which came first.
 */
function finish(node: BrowseNode, spec: TreeSpec): void {
  node.children.sort(spec.compare);
  node.here.sort(spec.order);
  const uses = new Map<string, number>();
  for (const c of node.children) uses.set(c.slug, (uses.get(c.slug) ?? 0) + 1);
  for (const c of node.children) {
    c.url = `${node.url}${uses.get(c.slug)! > 1 ? c.distinctSlug : c.slug}/`;
    finish(c, spec);
  }
}

/** Every node as a page, with breadcrumbs, and previous/next among the nodes of its depth. */
export function browsePages(root: BrowseNode): BrowsePage[] {
  const pages: BrowsePage[] = [];
  const byDepth = new Map<number, BrowsePage[]>();
  const walk = (node: BrowseNode, crumbs: Link[]) => {
    const page: BrowsePage = { node, crumbs, prev: null, next: null };
    pages.push(page);
    const level = byDepth.get(crumbs.length) ?? [];
    level.push(page);
    byDepth.set(crumbs.length, level);
    for (const c of node.children) walk(c, [...crumbs, { name: node.name, url: node.url }]);
  };
  walk(root, []);
  for (const level of byDepth.values()) {
    level.forEach((p, k) => {
      const link = (q: BrowsePage | undefined) => (q ? { name: fullName(q), url: q.node.url } : null);
      p.prev = link(level[k - 1]);
      p.next = link(level[k + 1]);
    });
  }
  return pages;
}

/** a node's name with its ancestors' where it alone is ambiguous (6月 → 2022年6月) */
export function fullName(page: BrowsePage): string {
  return page.node.keys.length > 1 && /^\d/.test(page.node.name)
    ? [...page.crumbs.slice(1).map((c) => c.name), page.node.name].join('')
    : page.node.name;
}

/** the node an article's path leads to, for links from the article to its groups */
export function nodeAt(root: BrowseNode, keys: readonly string[]): BrowseNode[] {
  const trail: BrowseNode[] = [];
  let node = root;
  for (const key of keys) {
    const child = node.children.find((c) => c.keys.at(-1) === key);
    if (!child) break;
    trail.push(child);
    node = child;
  }
  return trail;
}

/** every article at or below a node */
export function articlesUnder(node: BrowseNode): ArticleInfo[] {
  return [...node.here, ...node.children.flatMap(articlesUnder)];
}

export const unknownStep = (name: string): Step => ({ key: UNKNOWN_SLUG, slug: UNKNOWN_SLUG, name });
/** a named group's step; the same few hundred names recur on every article, so each is worked out once */
const namedSteps = new Map<string, Step>();
export function nameStep(name: string): Step {
  let step = namedSteps.get(name);
  if (!step) {
    const toned = pinyin(name, { toneType: 'num', type: 'array', nonZh: 'consecutive' }).join('-');
    step = { key: name, slug: pinyinSlug(name) || 'x', distinctSlug: pinyinSlug(toned) || 'x', name };
    namedSteps.set(name, step);
  }
  return step;
}
