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
  if (!mayConvert(text)) return text;
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  let simplified = converted.get(text);
  if (simplified === undefined) {
    if (converted.size >= REMEMBERED) converted.clear();
    converted.set(text, (simplified = convert(text)));
  }
  return simplified;
}

/**
 * The characters a t→cn conversion can change: in every entry of its dictionaries (the
 * compatibility ideographs, then TSPhrases and TSCharacters) that changes its text, the
 * characters where the two differ (all of the entry's when their lengths differ). A text
 * without any of them converts to itself, whatever entries match it: most clippings are
 * simplified, and converting them was most of the conversions' cost.
 */
let changeable: Uint8Array | null = null;

function mayConvert(text: string): boolean {
  // a flag per code point (1.1 MB): every text the describe stage matches names in comes here
  if (!changeable) {
    changeable = new Uint8Array(0x110000);
    for (const code of changeableCodePoints()) changeable[code] = 1;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (changeable[code] === 1) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

type DictLike = string | string[][];
type Preset = { normalizationChain?: DictLike[][]; conversionChain: DictLike[][] };

function changeableCodePoints(): Set<number> {
  const t2s = (OpenCC.Locale.configs as unknown as Record<string, Preset>).t2s!;
  const out = new Set<number>();
  for (const dict of [...(t2s.normalizationChain ?? []), ...t2s.conversionChain].flat()) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [from, to] of entries) {
      if (from === undefined || to === undefined || from === to) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((ch, k) => {
        if (a.length !== b.length || ch !== b[k]) out.add(ch.codePointAt(0)!);
      });
    }
  }
  return out;
}

/** pinyin some sites print after characters (`鎮（zhèn）原縣`, `站內（nèi）檢索`) */
const PINYIN_NOTE = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)]/gu;

const OPENING_BRACKET = /[（(]/u;

/** A text with its pinyin notes left out, for matching names (offsets do not line up). */
export function withoutPinyinNotes(text: string): string {
  // a note opens on a bracket: most texts have none, and a scan for one is cheaper than the pattern's
  if (!OPENING_BRACKET.test(text)) return text;
  return text.replace(PINYIN_NOTE, '');
}
