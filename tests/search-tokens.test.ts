import { describe, expect, it } from 'vitest';
import { blockTokens, decodeTokens, encodeChar, pageTokens, queryTokens } from '../src/search/tokens.ts';

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
