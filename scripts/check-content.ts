// Checks every content file before the build: schema, references, footnotes, language twins.
// Exits 1 with one line per problem (file › field: what is wrong. Fix: what to do).
// Usage: node scripts/check-content.ts [project-root]
import { readContent } from '../integrations/lib/content-files.ts';
import { checkContent, formatProblems } from '../src/lib/content-integrity.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { events, places, sources, problems } = checkContent(readContent(root));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n`);
  console.error(formatProblems(problems));
  console.error('\nThe rules are in content/README.md; the fields in src/lib/content-schema.ts.');
  process.exit(1);
}
console.log(
  `Content check passed: ${events.length} event files, ${places.length} places, ${sources.length} sources (${seconds} s).`,
);
