// Draws the site's icons into public/ with Chromium (so the CJK glyph comes from a real CJK
// font): favicon.ico (a 32 px PNG in an ICO container), apple-touch-icon.png (180 px) and
// og.png (1200 × 630, the Open Graph image). Run once when the design changes:
// node scripts/make-icons.ts
import fs from 'node:fs';
import { launchChromium } from './browser.ts';

const svg = fs.readFileSync('public/favicon.svg', 'utf8');
const browser = await launchChromium();

async function png(html: string, width: number, height: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<style>html,body{margin:0}</style>${html}`);
  const shot = await page.screenshot({ omitBackground: true });
  await page.close();
  return shot;
}

/** an ICO file holding one PNG image (supported by every browser since Windows Vista) */
function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

const icon = (size: number) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
fs.writeFileSync('public/favicon.ico', ico(await png(icon(32), 32, 32), 32));
fs.writeFileSync('public/apple-touch-icon.png', await png(icon(180), 180, 180));
const og = `<div style="width:1200px;height:630px;background:#fdfcf8;display:flex;align-items:center;gap:64px;padding:0 96px;box-sizing:border-box;border-bottom:16px solid #a4161a;font-family:'Noto Sans CJK SC',sans-serif">
  ${icon(240)}
  <div><div style="font-size:112px;font-weight:700;color:#a4161a;letter-spacing:.2em">剪报</div>
  <div style="font-size:44px;color:#1d1d1f;margin-top:12px">报纸剪报档案</div>
  <div style="font-size:32px;color:#55555a;margin-top:8px">按地区、日期、来源浏览 · 全文搜索</div></div></div>`;
fs.writeFileSync('public/og.png', await png(og, 1200, 630));
await browser.close();
console.log('icons written to public/');
