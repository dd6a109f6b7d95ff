// The editors' review page (/review/) in `npm run dev` only: the route is injected when
// Astro runs the dev server, so `npm run build` never renders or publishes it.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const REVIEW_PATH = '/review';

export default function editorsReview(): AstroIntegration {
  return {
    name: 'jianbao-editors-review',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: REVIEW_PATH,
          entrypoint: fileURLToPath(new URL('./review.astro', import.meta.url)),
          prerender: false,
        });
        logger.info(`editors' review of warnings and unsure decisions: ${REVIEW_PATH}/`);
      },
    },
  };
}
