// Runs the content check when Astro starts (build and dev alike), so bad content stops
// `astro build` itself, not only `npm run build`, with one line per problem.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../src/lib/content-integrity.ts';
import { readContent } from './lib/content-files.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, events, places, sources } = checkContent(readContent(fileURLToPath(config.root)));
        if (problems.length > 0) {
          const error = new Error(
            `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n${formatProblems(problems)}\n` +
              'The rules are in content/README.md; the fields in src/lib/content-schema.ts.',
          );
          error.stack = error.message; // the message is the whole story; a stack trace would bury it
          throw error;
        }
        logger.info(
          `${events.length} event files, ${places.length} places, ${sources.length} sources: content check passed.`,
        );
      },
    },
  };
}
