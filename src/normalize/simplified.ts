// Traditional characters read as simplified (opencc-js), for matching names only: places in the
// gazetteer, agencies in a news lead. The text itself is never converted; an archive keeps
// what was printed. The conversion keeps one character for one, so offsets still line up.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;
/**
 * Texts converted lately: the describe stage reads the same paragraphs for the page's city,
 * each article's place and its news lead, and converting was 7% of normalising.
 */
const converted = new Map<string, string>();
const REMEMBERED = 4096;

export function asSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  let simplified = converted.get(text);
  if (simplified === undefined) {
    if (converted.size >= REMEMBERED) converted.clear();
    converted.set(text, (simplified = convert(text)));
  }
  return simplified;
}

/** pinyin some sites print after characters (`鎮（zhèn）原縣`, `站內（nèi）檢索`) */
const PINYIN_NOTE = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)]/gu;

/** A text with its pinyin notes left out, for matching names (offsets do not line up). */
export function withoutPinyinNotes(text: string): string {
  return text.replace(PINYIN_NOTE, '');
}
