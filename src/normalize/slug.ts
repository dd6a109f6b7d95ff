// Readable, URL-safe names for Chinese text: pinyin without tones (the convention on Chinese
// sites), Latin and digits kept, everything else a hyphen.
import { pinyin } from 'pinyin-pro';

export function pinyinSlug(text: string): string {
  const latin = /\p{Script=Han}/u.test(text)
    ? pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-')
    : text;
  return latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
