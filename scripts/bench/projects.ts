// The two sites the benchmark builds, each in its own directory under the system's temp dir,
// sharing this repository's installed packages (node_modules entries are linked one by one, so
// each site keeps its own node_modules/.astro and .cache and nothing is shared between runs):
//   - jianbao: a copy of this project's sources with the generated clippings as its archive
//   - bare: a plain Astro site rendering the same articles from Markdown, indexed by the
//     Pagefind CLI — what a site without jianbao's normalising and bigram index costs
import fs from 'node:fs';
import path from 'node:path';
import type { CleanArticle } from './archive.ts';
import { run, stagesOf, type Stages } from './run.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'bin', 'public'];

function linkPackages(dir: string): void {
  const own = path.join(dir, 'node_modules');
  fs.mkdirSync(own, { recursive: true });
  for (const entry of fs.readdirSync(path.join(REPO, 'node_modules'))) {
    if (entry === '.cache' || entry === '.astro' || entry === '.vite') continue;
    fs.symlinkSync(path.join(REPO, 'node_modules', entry), path.join(own, entry));
  }
}

/** a fresh copy of jianbao whose content/clippings/ the caller fills */
export function jianbaoProject(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'content'), { recursive: true });
  for (const f of PROJECT_FILES) {
    if (fs.existsSync(path.join(REPO, f))) fs.cpSync(path.join(REPO, f), path.join(dir, f), { recursive: true });
  }
  fs.cpSync(path.join(REPO, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  linkPackages(dir);
  return path.join(dir, 'content', 'clippings');
}

/** Forget what an earlier build left (content store, normalised-clipping cache, output). */
export function coldStart(dir: string): void {
  for (const d of ['node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite', '.astro', 'dist'])
    fs.rmSync(path.join(dir, d), { recursive: true, force: true });
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://bare.example.org', trailingSlash: 'always' });
`;
const BARE_CONTENT = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/articles' }),
  schema: z.object({ title: z.string(), date: z.string(), place: z.string() }),
});
export const collections = { articles };
`;
const BARE_ARTICLE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((a) => ({ params: { id: a.id }, props: { a } }));
}
const { a } = Astro.props;
const { Content } = await render(a);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{a.data.title}</title></head>
<body><main data-pagefind-body><h1>{a.data.title}</h1><p>{a.data.date} {a.data.place}</p><Content /></main></body></html>
`;
const BARE_INDEX = `---
import { getCollection } from 'astro:content';
const all = await getCollection('articles');
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>剪报</title></head>
<body><ul>{all.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul></body></html>
`;

/** the bare site with the articles as Markdown files */
export function bareProject(dir: string, articles: CleanArticle[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages/articles'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), BARE_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), BARE_CONTENT);
  fs.writeFileSync(path.join(dir, 'src/pages/articles/[id].astro'), BARE_ARTICLE);
  fs.writeFileSync(path.join(dir, 'src/pages/index.astro'), BARE_INDEX);
  for (const a of articles) {
    const front = `---\ntitle: ${JSON.stringify(a.title)}\ndate: "${a.date}"\nplace: ${JSON.stringify(a.place)}\n---\n\n`;
    fs.writeFileSync(path.join(dir, 'content/articles', `${a.id}.md`), `${front}${a.paragraphs.join('\n\n')}\n`);
  }
  linkPackages(dir);
}

/** one cold bare build: Astro over the Markdown, then the Pagefind CLI over the HTML */
export async function bareBuild(dir: string, nodeFlags: string[] = []): Promise<Stages> {
  coldStart(dir);
  const astro = await run(process.execPath, [...nodeFlags, 'node_modules/astro/bin/astro.mjs', 'build'], dir);
  const index = await run(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], dir);
  const s = stagesOf(astro, astro.seconds);
  return {
    ...s,
    total: astro.seconds + index.seconds,
    index: s.index + index.seconds,
    cpu: astro.cpuSeconds + index.cpuSeconds,
    peakMB: Math.max(astro.peakMB, index.peakMB),
    nodePeakMB: astro.rootPeakMB,
  };
}
