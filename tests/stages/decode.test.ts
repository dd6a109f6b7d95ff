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
