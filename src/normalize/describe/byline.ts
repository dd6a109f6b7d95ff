// Describe: who wrote it and where it was printed. Bylines are kept as printed
// (`黑龙江日报全媒体记者 贾红路`); the `□` marker and the brackets of a `本报讯（…）` lead go.
const PUBLICATION = /(\p{Script=Han}{2,8}?(?:日报|晚报|晨报|商报|时报|报))(?:全媒体|社|驻)?(?:记者|通讯员)/u;
/** words that introduce a credit and are not part of the paper's name: 本版稿件均由 */
const CREDIT_PREFIX = /^.*(?:均由|由|据|为|经)/u;

export function cleanByline(line: string): string[] {
  return line
    .replace(/^[□■]\s*/u, '')
    .split(/\s*[□■]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The bracketed credit of a `本报讯（王晓微 黑龙江日报全媒体记者贾红路）` lead. */
export function leadByline(firstParagraph: string | undefined): string | null {
  const m = /^本报讯[（(]([^）)]{2,60})[）)]/u.exec(firstParagraph ?? '');
  return m ? m[1]!.trim() : null;
}

/** The publication named in a byline or credit, `本报` for a `本报讯` lead, else null. */
export function sourceFrom(bylines: string[], credits: string[], firstParagraph: string | undefined): string | null {
  for (const text of [...bylines, ...credits]) {
    const m = PUBLICATION.exec(text);
    const name = m?.[1]!.replace(CREDIT_PREFIX, '');
    if (name && name.length >= 3 && !name.startsWith('本')) return name;
  }
  if (/^本报讯/u.test(firstParagraph ?? '')) return '本报';
  return null;
}
