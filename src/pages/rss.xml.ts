import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { withBody } from '../site/bodies.ts';
import { siteArchive } from '../site/site-archive.ts';
import { byDateDesc } from '../site/catalog.ts';
import { rssDates } from '../site/feed.ts';
import { articleUrl } from '../site/urls.ts';

export async function GET(context: APIContext) {
  const articles = [...(await siteArchive()).articles]
    .sort(byDateDesc)
    .slice(0, 50)
    .map((a) => withBody(a));
  return rss({
    title: '剪报 · 最新文章',
    description: '报纸剪报档案：最新收录的文章',
    site: context.site!,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>zh-CN</language>',
    items: articles.map((a) => ({
      title: a.title,
      link: articleUrl(a),
      ...rssDates(a.date),
      description: a.paragraphs[0]?.slice(0, 200) ?? '',
      categories: [a.city, ...a.keywords].filter((x): x is string => Boolean(x)),
    })),
  });
}
