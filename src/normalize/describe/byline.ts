// Describe: who wrote it and where it was printed. Bylines are kept as printed
// (`黑龙江日报全媒体记者 贾红路`); the `□` marker and the brackets of a news lead go.
import { parseNewsLead } from '../news-lead.ts';
import { newspaperInCredit } from '../recognise/outlet.ts';

/** words that introduce a credit and are not part of the paper's name: 本版稿件均由 */
const CREDIT_PREFIX = /^.*(?:均由|由|据|为|经)/u;

export function cleanByline(line: string): string[] {
  return line
    .replace(/^[□■]\s*/u, '')
    .split(/\s*[□■]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The bracketed credit of a news lead: `本报讯（王晓微 黑龙江日报全媒体记者贾红路）`. */
export function leadByline(firstParagraph: string | undefined): string | null {
  return parseNewsLead(firstParagraph)?.credit ?? null;
}

/** The publication a news lead names (`新华社`, `本报`), else one named in a byline or credit. */
export function sourceFrom(bylines: string[], credits: string[], firstParagraph: string | undefined): string | null {
  const lead = parseNewsLead(firstParagraph);
  if (lead && lead.source !== '本报') return lead.source;
  for (const text of [...bylines, ...credits]) {
    const name = newspaperInCredit(text)?.replace(CREDIT_PREFIX, '');
    if (name && name.length >= 3 && !name.startsWith('本')) return name;
  }
  // `本报讯`, or a byline `本报记者 刘大泳`: the paper itself, by the name it calls itself
  return lead || bylines.some((b) => /本报(?:全媒体)?(?:记者|通讯员)/u.test(b)) ? '本报' : null;
}
