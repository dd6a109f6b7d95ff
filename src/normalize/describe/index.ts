// Stage: describe. Turns an article draft into the article record: title, subtitle, byline,
// source, date, place and keywords. Front matter wins over anything read from the text.
import type { FrontMatter } from '../../schema.ts';
import { displayLength, isOrganisation } from '../chars.ts';
import type { ArticleDraft } from '../split.ts';
import type { UnsureDecision } from '../tree.ts';
import { cleanByline, leadByline, sourceFrom } from './byline.ts';
import {
  briefsMonth,
  chooseDate,
  columnHeadDate,
  leadDate,
  openingMonth,
  openingYear,
  parsePrintedDate,
  type ChosenDate,
  type DateSource,
} from './date.ts';
import { afterLead, parseNewsLead } from '../news-lead.ts';
import { titleLine } from '../recognise/headline.ts';
import { keywordsOf } from './keywords.ts';
import { continuesReport, type ArticleBefore, type PageContext } from './page-context.ts';
import { districtNamedIn } from './gazetteer.ts';
import { findPlace, placeOf, resolvePlace, type Place } from './place.ts';

export interface Description extends Place {
  title: string;
  subtitle: string | null;
  byline: string[];
  source: string | null;
  date: string | null;
  keywords: string[];
  /** true when no headline was printed and the title was taken from the first sentence */
  titleFromText: boolean;
}

export interface FileContext {
  frontMatter: FrontMatter | undefined;
  /** what the page as a whole says: its date, the city it is about */
  page: PageContext;
  credits: string[];
  /** where describing records the decisions it took on weak evidence (`check` shows them) */
  unsure?: UnsureDecision[];
  /** the article described before this one (articles are described in page order) */
  before?: ArticleBefore;
}

export function describeArticle(
  draft: ArticleDraft,
  paragraphs: string[],
  ctx: FileContext,
  onlyArticle: boolean,
): Description {
  const { title, subtitle, titleFromText } = headlineParts(
    draft,
    paragraphs,
    onlyArticle ? ctx.frontMatter?.title : undefined,
  );
  const lead = leadByline(paragraphs[0]);
  const byline = [...draft.bylines.flatMap(cleanByline), ...(lead ? [lead] : [])];
  const fm = ctx.frontMatter;
  // a piece of the report before, cut off by the splitter, has that report's date and place
  const continued = ctx.before && continuesReport(paragraphs[0], ctx.before.text) ? ctx.before : undefined;
  const date = datedOnWeakEvidence(articleDate(draft, paragraphs, ctx, continued?.date), draft, ctx);
  // the headline (title and subtitle) says where; a title cut from the first sentence is no
  // headline: it says nothing of emphasis
  const headline = titleFromText ? '' : [title, subtitle ?? ''].join(' ');
  const found = placeFor(draft, headline, paragraphs, fm, ctx.page, ctx.unsure);
  const place = found.place || !continued ? found : continued.place;
  const text = [continued?.text ?? '', title, ...paragraphs].join('\n');
  ctx.before = { text, date, place };
  return {
    title,
    subtitle,
    byline,
    source: fm?.source ?? sourceOf(sourceFrom(byline, ctx.credits, paragraphs[0]), ctx.page.source),
    date,
    ...place,
    keywords: keywordsOf(title, paragraphs),
    titleFromText,
  };
}

/** A feature may set the scene in its first paragraph and date its events in the second. */
const OPENING_PARAGRAPHS = 2;

/** The date from each source that gives one (read from the text when chooseDate reaches it). */
function articleDate(draft: ArticleDraft, paragraphs: string[], ctx: FileContext, continued?: string | null) {
  const page = ctx.page;
  // the opening paragraphs, where a report says on which day it happened
  const opening = paragraphs.slice(0, OPENING_PARAGRAPHS).join('\n');
  return chooseDate(
    {
      frontMatter: ctx.frontMatter?.date,
      articleDateLine: () =>
        [...draft.datelines.map(parsePrintedDate), ...draft.headline.map(columnHeadDate)].find((d) => d !== null),
      publicationLine: page.published,
      pageDate: page.date,
      leadOpening: () => leadDate(paragraphs[0]),
      issueYear: page.issueYear,
      pageYear: page.year,
      openingYear: () => openingYear(opening),
      briefsMonth: () => briefsMonth(paragraphs),
      openingMonth: () => openingMonth(paragraphs[0]),
      continuedReport: continued,
    },
    opening,
  );
}

/** Dates read on weak evidence, and why (`check` shows them as unsure). */
const WEAK_DATE: Partial<Record<DateSource, string>> = {
  openingYear: 'from a day printed without its year and the year its sentence names',
  openingMonth: 'from a month printed without its year and the year its sentence names',
  continuedReport: 'as the report before it: it opens by quoting someone that report introduced',
};

/** The chosen date; one read on weak evidence is noted as unsure. */
function datedOnWeakEvidence(chosen: ChosenDate, draft: ArticleDraft, ctx: FileContext): string | null {
  const why = chosen.source && WEAK_DATE[chosen.source];
  if (why && chosen.date) ctx.unsure?.push({ line: draft.firstLine, decision: `dated ${chosen.date} ${why}` });
  return chosen.date;
}

/** `本报` (the paper itself) is the paper the page names, when it names one */
function sourceOf(printed: string | null, page: string | null): string | null {
  return printed === '本报' ? (page ?? printed) : (printed ?? page);
}

/** The article's place; a place read on weak evidence that stands is recorded as unsure. */
function placeFor(
  draft: ArticleDraft,
  title: string,
  paragraphs: string[],
  fm: FrontMatter | undefined,
  page: PageContext,
  unsure?: UnsureDecision[],
): Place {
  const notes: string[] = [];
  const place = placeFrom(draft, title, paragraphs, fm, page, (why) => notes.push(why));
  // a note on a reading the page's city then overruled says nothing of the place given
  if (place.place && notes.some((n) => n.includes(place.place!)))
    unsure?.push(...notes.map((decision) => ({ line: draft.firstLine, decision })));
  return place;
}

function placeFrom(
  draft: ArticleDraft,
  title: string,
  paragraphs: string[],
  fm: FrontMatter | undefined,
  page: PageContext,
  note: (why: string) => void,
): Place {
  const given = fm?.place ?? fm?.city;
  if (given) {
    const d = resolvePlace(given);
    return d ? placeOf(d) : { place: given, city: fm?.city ?? null, province: null };
  }
  // an item printed under a locality heading is about that locality
  const section = draft.section ? resolvePlace(draft.section) : null;
  if (section) return placeOf(section);
  // an author's credit (`（作者为船营区委常委…）`, `永吉县委组织部`) says where the writer works,
  // when the headline names no place
  const credit = draft.bylines.filter((b) => /作者/u.test(b) || isOrganisation(b)).join(' ');
  const named = findPlace(title, []).place !== null;
  const byCredit = named ? null : findPlace(credit, []);
  // the opening of a report names the paper or the city an agency filed from (`新华社北京…电`),
  // which places it only when the text names no place of its own
  const lead = parseNewsLead(paragraphs[0]);
  const text = lead ? [paragraphs[0]!.slice(lead.text.length), ...paragraphs.slice(1)] : paragraphs;
  const inText = byCredit?.place ? byCredit : findPlace(title, text, page.source ?? '', note);
  const found = inText.place || !lead ? inText : findPlace(lead.text, []);
  if (!page.city) return found;
  // a city's own body, named by its level alone (`市委组织部组织三处`), on a page about the city
  if (!named && !byCredit?.place && /(^|为)市(委|政府)/u.test(credit)) return placeOf(page.city);
  if (found.province !== page.city.province) {
    const district = districtNamedIn(page.city.name, title) ?? districtNamedIn(page.city.name, credit);
    if (district) return placeOf(district);
  }
  // on a page about one city, a body-only mention of a place elsewhere is a namesake or an
  // aside (a 和平 that is no 和平县); the headline naming it would have settled it
  // a piece on national affairs that names no place is nobody's local news
  if (!found.place && isNational(paragraphs)) return found;
  if (!found.place || (!named && found.province !== page.city.province)) return placeOf(page.city);
  return found;
}

/** The first clause of a sentence that opens on a place as its subject, if one is short enough. */
function mainClause(sentence: string): string | null {
  for (const clause of sentence.split(/[，；。！？]/u)) {
    const opening = findPlace(clause.slice(0, 8), []).place;
    if (
      opening &&
      !/^(为|在|随着|根据|按照|围绕|通过|对|据)/u.test(clause) &&
      displayLength(clause) >= 8 &&
      displayLength(clause) <= 30
    )
      return clause;
  }
  return null;
}

/** The centre speaks and no local body does: 党中央, 全国, 中国共产党 — and no 市委, 我县, 全区. */
function isNational(paragraphs: string[]): boolean {
  const text = paragraphs.join('');
  const central =
    text.match(/党中央|中共中央|国务院|全国|总书记|中央委员会|中国共产党|中国特色社会主义|中华民族/gu)?.length ?? 0;
  return central >= 2 && !/[市县区旗]委|[我全本][省市县区旗]|乡镇|街道|社区/u.test(text);
}

/**
 * A headline run is printed kicker → title → subtitle; the title is its longest line. With no
 * headline at all, the first sentence stands in, cut at a clause boundary.
 */
function headlineParts(draft: ArticleDraft, paragraphs: string[], given: string | undefined) {
  const lines = draft.headline.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (given) return { title: given, subtitle: lines.find((l) => l !== given) ?? null, titleFromText: false };
  if (lines.length === 0) {
    const opening = paragraphs[0] ?? '';
    const first = afterLead(opening).trimStart();
    const sentence = /^[^。！？]{4,}?[。！？]/u.exec(first)?.[0] ?? first;
    // an item's lead is its printed headline, whole; a longer first sentence stands in by its
    // main clause, the one whose subject is a place (`铁力市谋划实施“村干部学历提升工程”`),
    // or else cut short
    const long = !draft.leadIsTitle && displayLength(sentence) > 30;
    const clause = long ? mainClause(sentence) : null;
    const title = clause ?? (long ? `${[...sentence].slice(0, 28).join('')}…` : sentence.replace(/[。]$/u, ''));
    return { title: title || '（无标题）', subtitle: null, titleFromText: true };
  }
  const { index: main, title } = titleLine(lines, draft.fromSite);
  const others = lines.filter((_, i) => i !== main);
  return { title, subtitle: others.length ? others.join(' ') : null, titleFromText: false };
}
