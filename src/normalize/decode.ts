// Stage 1: bytes → text. Clippings arrive as UTF-8 (with or without BOM), UTF-16 from Windows
// tools, or GB18030/GBK from older Chinese software. We trust a BOM, then strict UTF-8, and
// only then ask an encoding detector, so a valid UTF-8 file is never second-guessed.
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export interface Decoded {
  text: string;
  encoding: string;
  /** set when the bytes could not be decoded cleanly */
  warning?: string;
}

export function decodeClipping(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding: string;
  let body = buf;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) [encoding, body] = ['utf-8', buf.subarray(3)];
  else if (buf[0] === 0xff && buf[1] === 0xfe) [encoding, body] = ['utf-16le', buf.subarray(2)];
  else if (buf[0] === 0xfe && buf[1] === 0xff) [encoding, body] = ['utf-16be', buf.subarray(2)];
  else if (isUtf8(buf)) encoding = 'utf-8';
  else encoding = detectLegacy(buf);

  let text = iconv.decode(body, encoding);
  let warning: string | undefined;
  if (text.includes('\uFFFD')) warning = `some bytes are not valid ${encoding}; they were replaced by U+FFFD`;
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  return { text, encoding, warning };
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function detectLegacy(buf: Buffer): string {
  const guess = jschardet.detect(buf);
  const name = (guess.encoding ?? '').toLowerCase();
  // jschardet reports GB2312 for any GB-family text; GB18030 is its superset and decodes all of it.
  if (name === '' || name === 'gb2312' || name === 'gbk' || name === 'ascii') return 'gb18030';
  if (name.startsWith('utf-16')) return name;
  return iconv.encodingExists(name) ? name : 'gb18030';
}
