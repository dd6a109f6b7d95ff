// Stage 1: bytes → text. Clippings arrive as UTF-8 (with or without BOM), UTF-16 from Windows
// tools, or GB18030/GBK from older Chinese software. We trust a BOM, then strict UTF-8, and
// only then ask an encoding detector, so a valid UTF-8 file is never second-guessed.
// After the best decoding, what is not text in a Chinese or Latin script is refused (see
// textSanity): a binary file saved as .txt must fail the build, not become an article.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export interface Decoded {
  text: string;
  encoding: string;
  /** set when the bytes could not be decoded cleanly */
  warning?: string;
  /** set when the decoded text is not text at all: the file gives no article */
  error?: { line: number; message: string };
}

export function decodeClipping(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let candidates: string[];
  let body = buf;
  let strict = false;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) [candidates, body] = [['utf-8'], buf.subarray(3)];
  else if (buf[0] === 0xff && buf[1] === 0xfe) [candidates, body] = [['utf-16le'], buf.subarray(2)];
  else if (buf[0] === 0xfe && buf[1] === 0xff) [candidates, body] = [['utf-16be'], buf.subarray(2)];
  // strict UTF-8 (WHATWG's fatal decoder accepts the same bytes), checked without decoding
  else if ((strict = isUtf8(buf))) candidates = ['utf-8'];
  // the detector's guess first, then the encodings clippings come in: the best reading wins
  // (a UTF-8 file with one bad byte is UTF-8, not the Cyrillic code page a detector may say)
  else candidates = [...new Set([detectLegacy(buf), 'utf-8', 'gb18030', 'big5'])];
  let best: (Decoded & { badness: number }) | undefined;
  for (const encoding of candidates) {
    const text = decode(body, encoding, strict).replace(/\r\n?/g, '\n').normalize('NFC');
    const counts = countScripts(text);
    const badness = counts.notText + counts.otherScript + counts.rareHan + counts.accented;
    if (!best || badness < best.badness) best = { text, encoding, badness, ...textSanity(text, encoding, counts) };
  }
  const { badness: _, ...decoded } = best!;
  return decoded;
}

/**
 * `bytes` in `encoding`. Strict UTF-8 with no BOM (`strict`) goes to Buffer's own decoder,
 * which reads it as iconv-lite would (no BOM to strip, no bad byte to replace) in one step.
 */
function decode(bytes: Buffer, encoding: string, strict: boolean): string {
  return strict && encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding);
}

function detectLegacy(buf: Buffer): string {
  const guess = jschardet.detect(buf);
  const name = (guess.encoding ?? '').toLowerCase();
  // jschardet reports GB2312 for any GB-family text; GB18030 is its superset and decodes all of it.
  if (name === '' || name === 'gb2312' || name === 'gbk' || name === 'ascii') return 'gb18030';
  if (name.startsWith('utf-16')) return name;
  return iconv.encodingExists(name) ? name : 'gb18030';
}

/**
 * Share of characters that are no text in any encoding (control characters, U+FFFD for bytes
 * the encoding could not read, private-use and unassigned code points) above which a file is
 * refused. 4 KB of random bytes decoded as GB18030 has about 12% control characters alone; a
 * real clipping has none, or a stray form feed from PDF extraction (allowed as layout), or a
 * byte or two of U+FFFD where a copy was cut (a warning, as before).
 */
const NOT_TEXT_SHARE = 0.01;
/**
 * Letters of scripts other than Han and Latin (kana, hangul, Cyrillic, Greek, Arabic…) above
 * this share of all letters: a Chinese clipping quotes the odd α or № but is not written in
 * them. Text decoded with the wrong legacy code page lands in GB2312's kana/Cyrillic rows.
 */
const OTHER_SCRIPT_SHARE = 0.2;
/**
 * Han characters outside both common sets (GB2312 for simplified, Big5 for traditional) above
 * this share of all Han characters, counted once there are MIN_HAN of them: real text, even a
 * traditional one, is over 99% common characters; random bytes read as GBK are about 70% rare.
 */
const RARE_HAN_SHARE = 0.2;
const MIN_HAN = 40;
/**
 * Latin-1 letters other than pinyin's toned vowels above this share of Latin letters: UTF-8
 * read with a Western code page (`Ã¤Â¸Â­`), not a language. Toned pinyin (`Dǎngjiàn`), which
 * web copies print, is not counted.
 */
const MOJIBAKE_LATIN_SHARE = 0.3;
const MOJIBAKE_LATIN = /[\u00C0-\u00FF]/u;
const PINYIN_VOWEL = /[àáèéìíòóùúü]/u;

/* eslint-disable no-control-regex -- finding control characters is the point */
const NOT_TEXT = /[\x00-\x08\x0e-\x1f\x7f-\x9f\uFFFD\p{Co}\p{Cn}]/u;
/* eslint-enable no-control-regex */

interface Counts {
  chars: number;
  notText: number;
  firstNotText: number;
  letters: number;
  otherScript: number;
  han: number;
  rareHan: number;
  latin: number;
  accented: number;
}

/** Whether decoded text is text in a Chinese or Latin script: an error, a warning, or neither. */
export function textSanity(
  text: string,
  encoding: string,
  c: Counts = countScripts(text),
): Pick<Decoded, 'warning' | 'error'> {
  const lineOf = (index: number) => (index < 0 ? 1 : text.slice(0, index).split('\n').length);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const refuse = (why: string) => ({
    error: { line: lineOf(c.firstNotText), message: `not a text file: ${why} (read as ${encoding}); no article made` },
  });
  if (share(c.notText, c.chars) > NOT_TEXT_SHARE)
    return refuse(`${c.notText} of ${c.chars} characters are control characters or bytes no encoding reads`);
  if (share(c.otherScript, c.letters) > OTHER_SCRIPT_SHARE)
    return refuse(`${c.otherScript} of ${c.letters} letters are in neither Chinese nor Latin script`);
  if (c.han >= MIN_HAN && share(c.rareHan, c.han) > RARE_HAN_SHARE)
    return refuse(`${c.rareHan} of ${c.han} Chinese characters are rare ones no clipping uses so often`);
  if (c.latin >= MIN_HAN && share(c.accented, c.latin) > MOJIBAKE_LATIN_SHARE)
    return refuse(
      `${c.accented} of ${c.latin} Latin letters are Latin-1 ones, as in text decoded with the wrong code page`,
    );
  if (c.notText > 0)
    return {
      warning: `${c.notText} character(s) are not text (control characters, or bytes not valid ${encoding} replaced by U+FFFD), first on line ${lineOf(c.firstNotText)}`,
    };
  return {};
}

/** what a character counts as in Counts; a character's kind is found once and then read from `kinds` */
const Kind = {
  Layout: 1,
  NotText: 2,
  NotLetter: 3,
  CommonHan: 4,
  RareHan: 5,
  Latin: 6,
  AccentedLatin: 7,
  OtherScript: 8,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const kinds = new Uint8Array(0x110000);

function kindOf(ch: string): Kind {
  if (ch === '\n' || ch === '\t' || ch === '\f' || ch === '\v') return Kind.Layout;
  if (NOT_TEXT.test(ch)) return Kind.NotText;
  if (!/\p{L}/u.test(ch)) return Kind.NotLetter;
  if (/\p{Script=Han}/u.test(ch)) return isCommonHan(ch) ? Kind.CommonHan : Kind.RareHan;
  if (/\p{Script=Latin}/u.test(ch))
    return MOJIBAKE_LATIN.test(ch) && !PINYIN_VOWEL.test(ch) ? Kind.AccentedLatin : Kind.Latin;
  return Kind.OtherScript;
}

function countScripts(text: string): Counts {
  const c: Counts = {
    chars: 0,
    notText: 0,
    firstNotText: -1,
    letters: 0,
    otherScript: 0,
    han: 0,
    rareHan: 0,
    latin: 0,
    accented: 0,
  };
  // by code point (a lone surrogate is one of its own), as `for (const ch of text)` reads them
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const at = i;
    i += code > 0xffff ? 2 : 1;
    const kind = (kinds[code] || (kinds[code] = kindOf(String.fromCodePoint(code)))) as Kind;
    if (kind === Kind.Layout) continue;
    c.chars++;
    if (kind === Kind.NotText) {
      c.notText++;
      if (c.firstNotText < 0) c.firstNotText = at;
    }
    if (kind <= Kind.NotLetter) continue;
    c.letters++;
    if (kind === Kind.CommonHan || kind === Kind.RareHan) {
      c.han++;
      if (kind === Kind.RareHan) c.rareHan++;
    } else if (kind === Kind.OtherScript) c.otherScript++;
    else {
      c.latin++;
      if (kind === Kind.AccentedLatin) c.accented++;
    }
  }
  return c;
}

const common = new Map<string, boolean>();
/** in GB2312 (simplified) or Big5 (traditional): the characters newspapers print */
function isCommonHan(ch: string): boolean {
  let known = common.get(ch);
  if (known === undefined) {
    known = roundTrips(ch, 'gb2312') || roundTrips(ch, 'big5');
    common.set(ch, known);
  }
  return known;
}

function roundTrips(ch: string, encoding: string): boolean {
  return iconv.decode(iconv.encode(ch, encoding), encoding) === ch;
}
