import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeClipping } from '../../src/normalize/decode.ts';

const SNIPPET = '本报讯（黑龙江日报全媒体记者贾红路）2月 19日，由伊\r\n春市委市政府主办的“碳汇经济”专题培训会议举行。';

describe('decodeClipping', () => {
  it('reads UTF-8 and drops a BOM, turning CRLF into LF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SNIPPET, 'utf8')]);
    const out = decodeClipping(bytes);
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(SNIPPET.replace('\r\n', '\n'));
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SNIPPET, 'utf16le')]);
    expect(decodeClipping(bytes).text).toBe(SNIPPET.replace('\r\n', '\n'));
  });

  it('detects GB18030 text from older Chinese software', () => {
    const text =
      '林甸县开展机关“能力作风建设年”活动以来，精心组织部署、有序动员启动、强化统筹协调，在短短两个月时间里，取得了阶段性显著成效。';
    const out = decodeClipping(iconv.encode(text, 'gb18030'));
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(text);
    expect(out.warning).toBeUndefined();
  });

  it('composes decomposed characters (NFC)', () => {
    expect(decodeClipping(Buffer.from('Cafe\u0301 同江', 'utf8')).text).toBe('Café 同江');
  });
});

describe('textSanity: what is not text is refused', () => {
  // a deterministic stand-in for random bytes: a linear congruential generator
  const noise = (n: number, seed: number) => {
    const out = Buffer.alloc(n);
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      out[i] = x >> 16;
    }
    return out;
  };

  it.each([1, 2, 3])('refuses 4 KB of random bytes saved as .txt (seed %i)', (seed) => {
    const out = decodeClipping(noise(4096, seed));
    expect(out.error?.message).toMatch(/^not a text file: .*control characters/);
  });

  it('refuses text in another script (Japanese kana)', () => {
    const out = decodeClipping(Buffer.from('これは日本語の文章です。ひらがなとカタカナがたくさんあります。'.repeat(2)));
    expect(out.error?.message).toMatch(/letters are in neither Chinese nor Latin script/);
  });

  it('refuses UTF-8 read through a Western code page (mojibake)', () => {
    const mojibake = iconv.decode(
      Buffer.from('同江市举行庆祝建市七十五周年大会，全市各界代表参加。'.repeat(3)),
      'win1252',
    );
    expect(decodeClipping(Buffer.from(mojibake, 'utf8')).error?.message).toMatch(/not a text file/);
  });

  it('refuses a page of rare characters, as GBK bytes read from a binary would give', () => {
    // CJK Extension A: in GB18030, in no common set (GB2312, Big5)
    const rare = Array.from({ length: 60 }, (_, k) => String.fromCodePoint(0x3400 + k * 97)).join('');
    expect(decodeClipping(Buffer.from(rare)).error?.message).toMatch(/rare ones/);
  });

  it('accepts traditional text in Big5, toned pinyin and a stray form feed', () => {
    const trad = '同江市舉行慶祝建市七十五周年大會，全市各界代表參加。會議回顧了建市以來的發展歷程。';
    expect(decodeClipping(iconv.encode(trad.repeat(2), 'big5')).error).toBeUndefined();
    const pinyin = `${SNIPPET}\n\fTóngjiāng Shì Dǎngjiàn Gōngzuò Zǒngjié Huìyì Zhàokāi`;
    expect(decodeClipping(Buffer.from(pinyin)).warning).toBeUndefined();
  });

  it('warns, without refusing, about one bad byte in a long text', () => {
    const text = Buffer.concat([Buffer.from(SNIPPET.repeat(4)), Buffer.from([0xff]), Buffer.from('\n结束。')]);
    const out = decodeClipping(text);
    expect(out.error).toBeUndefined();
    expect(out.warning).toMatch(/1 character\(s\) are not text .* first on line 5/);
  });
});
