// A clipping as received, as a plain-text file (UTF-8; line numbers as in the corrections).
import type { APIContext } from 'astro';
import { siteArchive } from '../../site/site-archive.ts';
import { receivedText } from '../../site/clippings.ts';
import { clippingSlug } from '../../site/urls.ts';

export async function getStaticPaths() {
  const site = await siteArchive();
  return site.clippings.map((c) => ({
    params: { file: clippingSlug(c.sourceFile) },
    props: { sourceFile: c.sourceFile },
  }));
}

export function GET({ props }: APIContext<{ sourceFile: string }>) {
  return new Response(receivedText(props.sourceFile), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
