import { describe, expect, it } from 'vitest';
import { blockTokens, decodeTokens, encodeChar, pageTokens, queryTokens } from '../src/search/tokens.ts';

describe('search tokens', () => {
  it('writes every character as a prefix-free code, common ones shortest', () => {
    const chars = [...'的伊春乡村振兴，。2022BTX建设ＡＢ１２（）𠀀'];
    const codes = chars.map(encodeChar);
    expect(encodeChar('的')).toHaveLength(2);
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(codes.every((c) => /^[0-9a-z]+$/.test(c))).toBe(true);
  });

  it('indexes each block as bigrams and reads back its text', () => {
    const text = '乡村振兴，BTX建设２０２２年';
    const tokens = blockTokens(text);
    expect(tokens).toHaveLength([...text].length);
    expect(decodeTokens(tokens).map((t) => t.ch).join('')).toBe('乡村振兴，btx建设２０２２年');
    expect(decodeTokens(tokens).at(-1)!.blockEnd).toBe(true);
  });

  it('never makes a bigram across two blocks', () => {
    const stream = pageTokens(['伊春', '春市']).split(' ');
    expect(stream).not.toContain(queryTokens('春春')[0]);
    expect(stream).toContain(queryTokens('伊春')[0]);
  });

  it('turns a query into its bigrams, or a prefix for one character', () => {
    expect(queryTokens('乡村振兴')).toEqual([0, 1, 2].map((k) => encodeChar([...'乡村振兴'][k]!) + encodeChar([...'乡村振兴'][k + 1]!)));
    expect(queryTokens('村')).toEqual([encodeChar('村')]);
    expect(queryTokens('Ab C')).toEqual(queryTokens('abc'));
  });
});
