// One way to run axe in the browser tests: the WCAG 2.1 A and AA rules, violations only, each
// reported as "rule: first three targets" so a failure says where to look.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The violations on `page`, or within `include` and outside `exclude`. Only violations are
 * collected: gathering the passes too costs about a fifth more time on the longer pages.
 */
export async function axeViolations(
  page: Page,
  scope: { include?: string; exclude?: string; preload?: boolean } = {},
): Promise<string[]> {
  // One options object: AxeBuilder.options() replaces what withTags() would set, so the tags go here.
  let builder = new AxeBuilder({ page }).options({
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    ...(scope.preload === false ? { preload: false } : {}),
  });
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
