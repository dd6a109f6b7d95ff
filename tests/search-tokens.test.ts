import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../src/search/engine.ts';
import { foldChar, foldTable } from '../src/search/fold.ts';
import {
  blockTokens,
  decodeTokens,
  encodeChar,
  pageTokens,
  printedPatch,
  queryTokens,
  searchForm,
} from '../src/search/tokens.ts';

describe('search tokens', () => {
  it('writes every character as a fixed-width ASCII code, keeping full-width marks apart', () => {
    const codes = [...'伊春，,ＡA１1（('].map(encodeChar);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[0-9a-z]{3}$/.test(c))).toBe(true);
  });

  it('indexes each block as bigrams and reads back its text', () => {
    const text = '乡村振兴，BTX建设２０２２年';
    const tokens = blockTokens(text);
    expect(tokens).toHaveLength([...text].length);
    expect(
      decodeTokens(tokens)
        .map((t) => t.ch)
        .join(''),
    ).toBe('乡村振兴，btx建设２０２２年');
    expect(decodeTokens(tokens).map((t) => t.blockEnd)).toEqual([...text].map((_, i) => i === [...text].length - 1));
  });

  it('never makes a bigram across two blocks', () => {
    const stream = pageTokens(['伊春', '春市']).split(' ');
    expect(stream).not.toContain(queryTokens('春春')[0]);
    expect(stream).toContain(queryTokens('伊春')[0]);
  });

  it('turns a query into its bigrams, or a prefix for one character', () => {
    expect(queryTokens('乡村振兴')).toEqual(['乡村', '村振', '振兴'].map((b) => encodeChar(b[0]!) + encodeChar(b[1]!)));
    expect(queryTokens('村')).toEqual([encodeChar('村')]);
    expect(queryTokens('Ab C')).toEqual(queryTokens('abc'));
  });
});

describe('traditional and simplified, and excerpts as printed', () => {
  it('folds index text and query to one form, so 鄉村振興 and 乡村振兴 find each other', () => {
    const index = pageTokens(['推进乡村振兴'], foldChar).split(' ');
    expect(queryTokens('鄉村振興', foldChar).every((t) => index.includes(t))).toBe(true);
    const traditionalPage = pageTokens(['推進鄉村振興'], foldChar).split(' ');
    expect(queryTokens('乡村振兴', foldChar).every((t) => traditionalPage.includes(t))).toBe(true);
  });

  it('leaves simplified characters that are also traditional forms as they are (著名 is not 着名)', () => {
    expect([...'著名发展干部'].map(foldChar).join('')).toBe('著名发展干部');
  });

  it('gives the search page only the pairs whose simplified form is in the archive', () => {
    const table = foldTable(['乡村振兴']);
    expect(table['鄉']).toBe('乡');
    expect(table['興']).toBe('兴');
    expect(table['東']).toBeUndefined(); // 东 is not in this archive
  });

  it('restores case, spaces and traditional characters in an excerpt', () => {
    const blocks = ['关停 APP 和公众号', '鄉村振興'];
    const content = pageTokens(blocks, foldChar);
    const patch = printedPatch(blocks, foldChar);
    expect(excerpt(content, 2, 3, patch)).toEqual(['关停 ', 'APP', ' 和公众号']);
    expect(excerpt(content, 11, 2, patch)).toEqual(['鄉村', '振興', '']);
    expect(excerpt(content, 2, 3)).toEqual(['关停', 'app', '和公众号']); // without the patch
  });

  it('records nothing for text the tokens already read back as printed', () => {
    expect(printedPatch(['乡村振兴，2022年'], foldChar)).toEqual({});
  });
});

// pageTokens and printedPatch are written for speed (one pass, no string per character); these
// properties hold them to their definitions in terms of blockTokens and one character's form.
describe('the page stream and the printed patch, against their definitions', () => {
  const pieces = [
    '乡村振兴',
    '鄉村振興',
    'APP',
    'ok',
    '2022',
    '，：（）',
    ',:()',
    ' ',
    '\u3000',
    '\n',
    '\t',
    '𠀀',
    '😀',
    'é',
  ];
  const blocks = fc.array(
    fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')),
    {
      maxLength: 6,
    },
  );
  const folds = [undefined, foldChar];

  const streamByDefinition = (bs: string[], fold?: (c: string) => string) =>
    bs
      .map((b) => blockTokens(b, fold).join(' '))
      .filter(Boolean)
      .join(' ');

  /** token position → printed text (with a space kept before it) where decoding would not give it back */
  function patchByDefinition(bs: string[], fold?: (c: string) => string): Record<number, string> {
    const patch: Record<number, string> = {};
    let position = 0;
    for (const b of bs) {
      let spaceBefore = false;
      for (const ch of b.trim()) {
        if (/^\s$/u.test(ch)) {
          spaceBefore = true;
          continue;
        }
        const printed = (spaceBefore ? ' ' : '') + ch;
        const readBack = decodeTokens([encodeChar(searchForm(ch, fold)[0]!)])[0]!.ch;
        if (printed !== readBack) patch[position] = printed;
        spaceBefore = false;
        position++;
      }
    }
    return patch;
  }

  it.each(folds.map((fold) => [fold ? 'folded' : 'as printed', fold] as const))('%s', (_, fold) => {
    fc.assert(
      fc.property(blocks, (bs) => {
        expect(pageTokens(bs, fold)).toBe(streamByDefinition(bs, fold));
        expect(printedPatch(bs, fold)).toEqual(patchByDefinition(bs, fold));
      }),
    );
  });
});
