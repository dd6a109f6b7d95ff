// Describe: where an article is about. Mentions of divisions are counted (the headline weighs
// most, then the opening paragraph); the most specific division that is clearly the subject
// wins, and its city and province come from the gazetteer, never from the text.
import { asSimplified } from '../simplified.ts';
import {
  countyOfTowns,
  districtNamedIn,
  formalNamesOf,
  lookup,
  lookupIn,
  placeNames,
  type Division,
} from './gazetteer.ts';

export interface Place {
  place: string | null;
  city: string | null;
  province: string | null;
}

export const NO_PLACE: Place = { place: null, city: null, province: null };

export function placeOf(division: Division): Place {
  return { place: division.name, city: division.city, province: division.province };
}

/** Resolves a name an editor or a section heading gives (`林甸`, `大庆市`) to a division. */
export function resolvePlace(name: string): Division | null {
  const found = lookup(name.trim());
  if (found.length === 0) return null;
  // an exact full name beats a short form; among equals the higher level (吉林 → 吉林省)
  const exact = found.filter((d) => d.name === name.trim());
  const pool = exact.length ? exact : found;
  return pool.length === 1 || new Set(pool.map((d) => d.level)).size === pool.length ? pickByLevel(pool) : null;
}

function mentions(text: string, context: string): Map<Division, number> {
  const found = new Map<Division, number>();
  for (const name of placeNames(text))
    for (const d of namesakesAside(lookupIn(name, context), context)) found.set(d, (found.get(d) ?? 0) + 1);
  return found;
}

/** Among divisions named together, the most specific; a name shared by several places is
 * settled by the body text (the one whose city or province the body also names). */
function pickMostSpecific(divisions: Division[], paragraphs: string[]): Division | null {
  const order = { province: 0, city: 1, county: 2 };
  const deepest = Math.max(...divisions.map((d) => order[d.level]));
  const pool = divisions.filter((d) => order[d.level] === deepest);
  if (pool.length === 1) return pool[0]!;
  const body = asSimplified(paragraphs.join('\n'));
  const supported = pool.filter((d) => (d.city && body.includes(d.city)) || body.includes(d.province));
  return supported.length === 1 ? supported[0]! : null;
}

/** the text names the division by a form that names its level (凉山州, 阿旗) */
const formalIn = (text: string, d: Division) => formalNamesOf(d).some((n) => text.includes(n));

/**
 * The part of a headline after a visit's verb, when places stand on both sides of it: the
 * visitors come from the first (`铜仁市政协考察团来凤冈考察`, `九三学社赤峰市委赴阿旗开展专题调研`), the
 * report is about where they went.
 */
function destination(title: string): string | null {
  const m = /^(.+?)(?:来到|來到|来|來|到|赴|走进|走進|深入)(.+)$/u.exec(title);
  return m && placeNames(m[1]!).length > 0 && placeNames(m[2]!).length > 0 ? m[2]! : null;
}

function pickByLevel(pool: Division[]): Division {
  const order = { province: 0, city: 1, county: 2 };
  return [...pool].sort((a, b) => order[a.level] - order[b.level])[0]!;
}

/** the headline weighs most, then the opening paragraph, then each other paragraph */
const WEIGHT = { title: 6, opening: 2, paragraph: 1 };

/**
 * Each division the text names, weighed by where (WEIGHT; a name several divisions share is
 * split between them), and the divisions named in full somewhere (山南市, 浪卡子县), not only
 * by a short form that may be an ordinary word (惠民 in 惠民生).
 */
function scoreMentions(title: string, bodyNames: (readonly string[])[], whole: string, outlet: string) {
  const score = new Map<Division, number>();
  const inFull = new Set<Division>();
  const settle = settleNamesakes(whole);
  const titleNames = placeNames(title);
  const districtFirst = districtLikeProvince(whole, [titleNames, ...bodyNames].flat(), outlet);
  const count = (names: readonly string[], weight: number) => {
    for (const name of names) {
      const candidates = settle(namesakesAside(districtFirst(name, lookupIn(name, whole)), whole));
      for (const d of candidates) {
        score.set(d, (score.get(d) ?? 0) + weight / candidates.length);
        if (formalNamesOf(d).includes(name)) inFull.add(d);
      }
    }
  };
  count(titleNames, WEIGHT.title);
  bodyNames.forEach((names, i) => count(names, i === 0 ? WEIGHT.opening : WEIGHT.paragraph));
  return { score, inFull };
}

/**
 * The place a report is about, from its headline and paragraphs. `outlet`: the paper or site the
 * page names as the report's source (`鄂州日报`), which can only say where a report speaking as
 * `我市` was written, never outvote what the text names.
 */
export function findPlace(title: string, paragraphs: string[], outlet = '', note?: (why: string) => void): Place {
  // the headline says where when it names a place: take its most specific one
  // names are matched on simplified text (placeNames); the checks of what else is named too
  const whole = asSimplified([title, ...paragraphs].join('\n'));
  // each paragraph's place names, read once: the headline's place, the scores and a district's
  // city all ask for them
  let read: (readonly string[])[] | undefined;
  const bodyNames = () => (read ??= paragraphs.map((p) => placeNames(p)));
  const headlines = titlePlace(title, paragraphs, whole, bodyNames);
  if (headlines) return placeOf(headlines);
  const { score, inFull } = scoreMentions(title, bodyNames(), whole, outlet);
  // the headline named no place: a report speaking as its home is about it
  const fromOutlet = placeNames(outlet).flatMap((name) => lookupIn(name, `${whole}\n${outlet}`));
  const home = homeDivision(whole, [...new Set([...score.keys(), ...fromOutlet])], fromOutlet);
  if (home) {
    note?.(
      `placed in ${home.name}: the only place of its level named (or in its outlet's city) in a report that speaks as 我${home.name.slice(-1)}`,
    );
    return placeOf(home);
  }
  if (score.size === 0) {
    // no division named: a township only one county has says which county
    const county = countyOfTowns(whole);
    if (county) note?.(`placed in ${county.name} by the towns it names (no county or city is named)`);
    return county ? placeOf(county) : NO_PLACE;
  }
  // a survey of many provinces, none of them most of it, is about the country (共青团…工作综述
  // names 天津, 新疆, 北京, 湖南 … in turn)
  const byProvince = new Map<string, number>();
  for (const [d, v] of score) byProvince.set(d.province, (byProvince.get(d.province) ?? 0) + v);
  const mass = [...byProvince.values()];
  if (byProvince.size >= 4 && Math.max(...mass) < 0.5 * mass.reduce((a, b) => a + b, 0)) return NO_PLACE;
  // support from the levels above: a county whose city or province is also named is likelier
  const support = (d: Division) =>
    [...score].reduce((s, [o, v]) => s + (o !== d && (o.name === d.city || o.name === d.province) ? v : 0), 0);
  const ranked = [...score].map(([d, v]) => ({ d, own: v, v: v + 0.5 * support(d) })).sort((a, b) => b.v - a.v);
  // a headline about 全市 (the whole city) is about a city, not one of its counties
  const scope = PROVINCE_WIDE.test(title) ? 2 : CITY_WIDE.test(title) ? 1 : 0;
  const byTowns = scope === 0 ? townsBelow(whole, [...score.keys()]) : null;
  if (byTowns) {
    note?.(`placed in ${byTowns.name} by the towns it names (only its province is named)`);
    return placeOf(byTowns);
  }
  const toured = scope === 0 ? cityToured(paragraphs[0] ?? '', whole) : null;
  if (toured) return placeOf(toured);
  const prominent = mostProminent(ranked, inFull, score, scope);
  if (prominent) return placeOf(prominent);
  // a headline about the whole province that names none: the province its places lie in
  if (scope !== 2) return NO_PLACE;
  const province = provinceHolding(byProvince);
  if (province.place)
    note?.(`placed in ${province.place}: the headline is about the whole province, which is not named`);
  return province;
}

/** the counties whose name (full or short) ends a phrase, the longest name first */
function countiesEnding(phrase: string): Division[] {
  for (let k = Math.min(phrase.length, 10); k >= 2; k--) {
    const found = lookup(phrase.slice(-k)).filter((d) => d.level === 'county');
    if (found.length) return found;
  }
  return [];
}

/** a list of names ended by 等 (`北林区、安达市等区县（市）`, `西畴县、麻栗坡县等地`) */
const LISTED = /((?:\p{Script=Han}{2,10}、)+\p{Script=Han}{2,10})等/gu;

/**
 * A city's body touring its counties (`绥化市生态环境局对北林区、安达市等区县（市）…进行专项督导`):
 * the opening lists two or more counties of one city, ending in 等, and the text names that city.
 * The report is about the city, however often it then names the first county it went to.
 */
function cityToured(opening: string, whole: string): Division | null {
  for (const m of asSimplified(opening).matchAll(LISTED)) {
    // the first item runs on from what comes before it (`…局对北林区`): its name ends it
    const counties = m[1]!.split('、').map(countiesEnding);
    const cities = new Set(counties.map((ds) => (ds.length === 1 ? ds[0]!.city : null)));
    const [city] = cities;
    if (counties.length < 2 || cities.size !== 1 || !city || !whole.includes(city)) continue;
    return lookup(city).find((d) => d.name === city && d.level === 'city') ?? null;
  }
  return null;
}

type Ranked = { d: Division; own: number; v: number };

/**
 * The most specific division named prominently, from the level the headline's scope allows.
 * One place named (with its city or province) counts even named once (山南市浪卡子县堆瓦村), and
 * so does one place named in full beside short forms named once in passing, which may be
 * ordinary words (惠民 in 惠民生): then those short forms are passed over.
 */
function mostProminent(ranked: Ranked[], inFull: Set<Division>, score: Map<Division, number>, scope: number) {
  const all = ranked.map((r) => r.d);
  const fullOnly =
    !onePlaceNamed(all) &&
    inFull.size > 0 &&
    onePlaceNamed([...inFull]) &&
    ranked.every((r) => inFull.has(r.d) || r.own < PROMINENT);
  const pool = fullOnly ? ranked.filter((r) => inFull.has(r.d)) : ranked;
  const least = fullOnly || onePlaceNamed(all) ? 1 : PROMINENT;
  const top = pool[0]!.v;
  for (const level of (['county', 'city', 'province'] as const).slice(scope)) {
    // the most specific division counts when it is named prominently, not in passing
    // by its own mentions: its city named often is no sign that one passing mention is the subject
    const prominent = pool.filter(
      (r) => r.d.level === level && r.own >= least && r.v >= top * 0.4 && !inPassing(r.d, r.own, score),
    );
    if (prominent.length === 0) continue;
    // several counties of one city named alike: a tour of the city (州政协副主席到西畴县、麻栗坡县、马关县调研)
    const alike = prominent.filter((r) => r.v >= prominent[0]!.v * NAMED_ALIKE);
    return sharedParent(alike.map((r) => r.d)) ?? prominent[0]!.d;
  }
  return null;
}

/**
 * A district named like a province (天津市河北区, 乌海市海南区): in a report that speaks of a
 * district's own offices (`副区长`, `区政府`) and whose text or outlet names the district's city
 * (`来源：天津新闻信息网`), the bare name (`消防河北支队`, `公安河北分局`) is that district.
 * Without both, the name stays the province's (a Tianjin report on 京津冀 that names 河北).
 */
function districtLikeProvince(whole: string, named: string[], outlet: string) {
  let cities: Division[] | undefined;
  return (name: string, candidates: Division[]): Division[] => {
    const province = candidates.find((d) => d.level === 'province' && d.name !== name);
    if (!province || !DISTRICT_OFFICE.test(whole)) return candidates;
    cities ??= [...named, ...placeNames(outlet)].flatMap((n) => lookup(n)).filter((d) => d.level !== 'county');
    const districts = new Set(cities.filter((c) => c !== province).map((c) => districtNamedIn(c.name, name)));
    districts.delete(null);
    return districts.size === 1 ? [[...districts][0]!] : candidates;
  };
}

/** a district's own offices and officers, as a district's report names them */
const DISTRICT_OFFICE = /区长|区委|区政府|区人大|区政协|我区/u;

/** the most specific place a headline names (or the one place in it its body is about) */
function titlePlace(
  title: string,
  paragraphs: string[],
  whole: string,
  bodyNames: () => (readonly string[])[],
): Division | null {
  const inTitle = mentions(destination(title) ?? title, whole);
  if (inTitle.size === 0) return null;
  // a full name (山南市) outranks a short form found inside a phrase (惠民 in 惠民生)
  const full = [...inTitle.keys()].filter((d) => title.includes(d.name) || formalIn(title, d));
  const best = pickMostSpecific(full.length ? full : [...inTitle.keys()], [title, ...paragraphs]);
  return best && (withinTitlePlace(best, title, bodyNames, whole) ?? best);
}

/**
 * A headline that names a province or city over a body about one place in it (`上海：提升社区服务`
 * over `上海市虹口区…`, named again and again) is about that place: the only division below the
 * headline's that the body names, named at least PROMINENT times. A headline about the whole
 * province or city (全省, 全市) keeps its own.
 */
function withinTitlePlace(
  best: Division,
  title: string,
  bodyNames: () => (readonly string[])[],
  whole: string,
): Division | null {
  if (best.level === 'county' || PROVINCE_WIDE.test(title) || CITY_WIDE.test(title)) return null;
  const below = new Map<Division, number>();
  for (const name of bodyNames().flat())
    for (const d of lookupIn(name, whole))
      if (d !== best && (d.city === best.name || d.province === best.name)) below.set(d, (below.get(d) ?? 0) + 1);
  const deepest = [...below].filter(([d]) => d.level === 'county');
  const pool = deepest.length ? deepest : [...below];
  return pool.length === 1 && pool[0]![1] >= PROMINENT ? pool[0]![0] : null;
}

/**
 * A report that speaks as its place (`我市`, `我县`) was written there: of the divisions it names,
 * the one whose name ends in that level (瑞安市 for 我市, where the text also names a 滨海县) is
 * its home, when exactly one does and the text speaks as one level only; of several, the one
 * in the outlet's city.
 */
function homeDivision(text: string, named: Division[], outlet: Division[]): Division | null {
  // `text` is simplified already (我縣 of a traditional-character copy reads 我县)
  const levels = new Set([...text.matchAll(/我(县|市|区|旗)/gu)].map((m) => m[1]!));
  if (levels.size !== 1) return null;
  const [level] = levels;
  const homes = named.filter((d) => d.level !== 'province' && d.name.endsWith(level!));
  if (homes.length === 1) return homes[0]!;
  // a visit from another county (河北省临城县考察团来我县): the home is the one in the city its
  // outlet is named for (德州新闻网 and 齐河县)
  const local = homes.filter((d) => outlet.some((o) => o === d || (o.level === 'city' && o.name === d.city)));
  return local.length === 1 ? local[0]! : null;
}

/**
 * A text that names only its province and towns of one county in it (`浙江省历史文化名镇` beside
 * 临山镇) is about that county: the towns are more specific than the province.
 */
function townsBelow(text: string, named: Division[]): Division | null {
  if (named.length === 0 || named.some((d) => d.level !== 'province')) return null;
  const county = countyOfTowns(text);
  return county && named.some((d) => d.name === county.province) ? county : null;
}

/** a headline about the whole province: `全省中小学开学`, `我省启动春风行动` */
const PROVINCE_WIDE = /全省|我省/u;
/** a headline about the whole city: `全市安全生产工作会议召开` */
const CITY_WIDE = /全市/u;

/** the province that holds most of what a text names, when one holds most of it */
function provinceHolding(byProvince: Map<string, number>): Place {
  const total = [...byProvince.values()].reduce((a, b) => a + b, 0);
  const [name, mass] = [...byProvince].sort((a, b) => b[1] - a[1])[0] ?? [];
  const province = name && mass! > total / 2 ? lookup(name).find((d) => d.level === 'province') : undefined;
  return province ? placeOf(province) : NO_PLACE;
}

/**
 * A county named in passing in a report on its city: its city is named this many times as often
 * (a provincial leader's tour of 梅州市 that stops at one village of 梅县区).
 */
const PASSING = 3;
function inPassing(d: Division, own: number, score: Map<Division, number>): boolean {
  if (d.level !== 'county') return false;
  const city = [...score].find(([o]) => o.level === 'city' && o.name === d.city);
  return city !== undefined && city[1] >= PASSING * own;
}

/**
 * A short form shared by a province and a division in another province (海南: 海南省, and 海南藏族
 *自治州 in 青海) means the province unless the text names the other's province too.
 */
function namesakesAside(candidates: Division[], text: string): Division[] {
  const province = candidates.find((d) => d.level === 'province');
  if (!province || candidates.length < 2) return candidates;
  const named = (p: string) => text.includes(shortOf(p));
  return candidates.filter((d) => d.province === province.name || named(d.province));
}

/**
 * Namesakes (通州区 of 北京市 and of 南通市) settled by what else the text names: the county a
 * township only one county has lies in (漷县镇 → 北京市通州区), or else the one whose city or
 * province is named (通州区 beside 北京).
 */
function settleNamesakes(text: string): (candidates: Division[]) => Division[] {
  let county: Division | null | undefined;
  const named = (parent: string | null) => parent !== null && text.includes(shortOf(parent));
  return (candidates) => {
    if (candidates.length < 2) return candidates;
    if (county === undefined) county = countyOfTowns(text);
    if (county && candidates.includes(county)) return [county];
    const supported = candidates.filter((d) => d.level !== 'province' && (named(d.city) || named(d.province)));
    return supported.length > 0 ? supported : candidates;
  };
}

const shortOf = (name: string) => name.replace(/省|市|自治区|壮族|回族|维吾尔|特别行政区/gu, '');

/** the weight of mentions that make a division prominent: twice in the body, once in the opening */
const PROMINENT = 2;

/** every division named is one place or a division above it */
function onePlaceNamed(divisions: Division[]): boolean {
  const order = { province: 0, city: 1, county: 2 };
  const deepest = [...divisions].sort((a, b) => order[b.level] - order[a.level])[0]!;
  return divisions.every((d) => d === deepest || d.name === deepest.city || d.name === deepest.province);
}

/**
 * Divisions named within this share of the most named one are named alike: a report on one
 * county that mentions a neighbour (志丹县 three times, 宝塔区 once) stays with the county.
 */
const NAMED_ALIKE = 0.75;

/**
 * The city that holds every one of several counties (or the province that holds several cities),
 * when a report names them alike; null for one division, or for divisions in different ones.
 */
function sharedParent(divisions: Division[]): Division | null {
  const distinct = [...new Set(divisions)];
  if (distinct.length < 2) return null;
  const parent = (d: Division) => (d.level === 'county' ? d.city : d.level === 'city' ? d.province : null);
  const names = new Set(distinct.map(parent));
  const [name] = names;
  if (names.size !== 1 || !name) return null;
  return lookup(name).find((d) => d.name === name && d.level !== 'county') ?? null;
}
