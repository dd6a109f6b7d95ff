// The opening of a news report: `本报讯（记者 李明）`, `湖北日报讯（…）`,
// `新华社北京3月5日电（记者 张旭东）`, `人民网成都6月12日电`, `央视网消息：`. It starts a
// paragraph, names the source, often the place and day it was filed from, and its brackets
// hold the byline.
// Splitting, line joining and the describe stage all read it from here.
import { isCreditLine, REPORTED_BY } from './recognise/credit.ts';
import { OUTLET } from './recognise/outlet.ts';
import { lookup } from './describe/gazetteer.ts';
import { asSimplified } from './simplified.ts';

/** a paper's own report dated before its 讯: `黑龙江日报10月17日讯` */
const DATED = String.raw`(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)?`;
const FILED = String.raw`(?:\p{Script=Han}{2,8}?)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电`;
// `新华社北京3月5日电（…）`, also set in brackets (`【新华社北京12月10日电】`); a site's
// `央视网消息（新闻联播）：` names its programme in the brackets, not a writer
const NEWS_LEAD = new RegExp(
  String.raw`^【?(?<source>${OUTLET})(?:(?:${DATED}讯|${FILED})】?\s*(?:[（(](?<credit>[^（()）]{2,60})[）)]|(?<reported>${REPORTED_BY})报道[：:])?|消息(?:[（(][^（()）]{2,20}[）)])?[：:]?)`,
  'du',
);

/**
 * A paper's own report filed from a place and opened by its name (`廉江讯 10月20日，…`,
 * `通城讯（通讯员 李明）…`): the name is a place the gazetteer knows, so `喜讯传来`, `通讯员…`
 * and `资讯：` are no lead. The paper is the one the page is (`本报`).
 */
const PLACE_LEAD = /^(?<place>\p{Script=Han}{2,4})讯(?:\s*[（(](?<credit>[^（()）]{2,60})[）)]|(?=\s|\d))/du;

export interface NewsLead {
  /** the whole opening, up to and including the credit */
  text: string;
  source: string;
  credit: string | null;
}

/** the paragraph after its news lead (`本报讯（记者 李明）`), the whole paragraph when it has none */
export function afterLead(paragraph: string): string {
  return paragraph.slice(parseNewsLead(paragraph)?.text.length ?? 0);
}

export function parseNewsLead(paragraph: string | undefined): NewsLead | null {
  const printed = (paragraph ?? '').trimStart();
  // every opening has 讯 or 电 near its start; most lines have neither, so skip the conversion
  if (!/[讯訊电電息]/u.test(printed.slice(0, 40))) return null;
  // 中新網廣州8月26日電 reads as 中新网广州8月26日电; the printed text keeps its characters
  const simplified = asSimplified(printed.slice(0, 120));
  const m = NEWS_LEAD.exec(simplified) ?? placeLead(simplified);
  if (!m?.groups) return null;
  const asPrinted = (group: string) => {
    const span = m.indices?.groups?.[group];
    return span ? printed.slice(span[0], span[1]).trim() || null : null;
  };
  return {
    text: printed.slice(0, m[0].length),
    source: asPrinted('source') ?? '本报',
    credit: asPrinted('credit') ?? asPrinted('reported'),
  };
}

function placeLead(text: string): RegExpExecArray | null {
  const m = PLACE_LEAD.exec(text);
  return m && lookup(m.groups!.place!).length > 0 ? m : null;
}

export function isNewsLead(paragraph: string): boolean {
  return parseNewsLead(paragraph) !== null;
}

/** a byline line is a credit: the splitter asks here as it asks for the lead */
export { isCreditLine };

/** how a news report opens: on the day it happened, or on when it was learned */
export const REPORT_OPENING =
  /^((\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|连日来|昨天|今天|昨日|今日|记者从)/u;

/** the text up to its first line break (no split of a whole paragraph for it) */
const firstLine = (text: string): string => {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};

/** Text that opens like a report: a news lead, a credit, or the day it happened. */
export function opensLikeReport(text: string): boolean {
  const head = text.trimStart();
  return REPORT_OPENING.test(head) || isNewsLead(head) || isCreditLine(firstLine(head));
}
