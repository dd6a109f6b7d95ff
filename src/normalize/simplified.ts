// Traditional characters read as simplified (opencc-js), for matching names only: places in the
// gazetteer, agencies in a news lead. The text itself is never converted; an archive keeps
// what was printed. The conversion keeps one character for one, so offsets still line up.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;

export function asSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}
