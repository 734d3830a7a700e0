// Says, as `astro build` starts, whether this build knows the site's public address (SITE_URL):
// without it the build is a preview build (placeholder addresses, a banner on every page) and
// the log says so loudly; with SITE_URL_REQUIRED=1 it stops instead. The rules are in
// src/lib/site-url.ts; the deploy workflow (.github/workflows/deploy.yml) sets both variables.
import type { AstroIntegration } from 'astro';
import { previewBuildMessage } from '../lib/site-url.ts';

export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const message = previewBuildMessage();
        if (!message) return;
        if (command !== 'build') {
          // `astro dev` and `astro check` are for working on the site, not for publishing it.
          if (command === 'dev') logger.info('SITE_URL is not set: absolute links use the placeholder address (a preview build).');
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
