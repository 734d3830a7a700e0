// Says, as `astro build` starts, whether this build knows the site's public address (SITE_URL):
// without it the build is a preview build (placeholder addresses, a banner on every page) and
// the log says so loudly; with SITE_URL_REQUIRED=1 it stops instead. The rules are in
// src/lib/site-url.ts; the deploy workflow (.github/workflows/deploy.yml) sets both variables.
// It also refuses a BASE_URL variable in the environment that differs from the base: Astro puts
// environment variables into import.meta.env, where that one would replace the base every link
// is built with (src/lib/paths.ts), and pages would link outside the site.
import type { AstroIntegration } from 'astro';
import { previewBuildMessage } from '../src/lib/site-url.ts';

export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const shell = process.env.BASE_URL;
        const trimmed = (base: string) => base.replace(/\/+$/, '') || '/';
        if (command === 'build' && shell !== undefined && trimmed(shell) !== trimmed(config.base)) {
          const error = new Error(
            `The environment sets BASE_URL="${shell}", which would replace the site's base ("${config.base}", from SITE_URL) in every link. Unset BASE_URL; give the path in SITE_URL instead.`,
          );
          error.stack = error.message;
          throw error;
        }
        const message = previewBuildMessage();
        if (!message) return;
        if (command !== 'build') {
          // `astro dev` and `astro check` are for working on the site, not for publishing it.
          if (command === 'dev')
            logger.info('SITE_URL is not set: absolute links use the placeholder address (a preview build).');
          return;
        }
        if (message.level === 'error') {
          const error = new Error(message.text);
          error.stack = error.message; // the message is the whole story
          throw error;
        }
        const rule = '!'.repeat(72);
        logger.warn(`\n${rule}\n${message.text}\n${rule}`);
      },
    },
  };
}
