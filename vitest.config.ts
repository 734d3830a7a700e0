import { defineConfig } from 'vitest/config';

// Run every test far from UTC, so a date formatted in local time instead of UTC shows up as
// the wrong day. Set here, before the test workers start, so they inherit it.
process.env.TZ = 'Pacific/Kiritimati';

export default defineConfig({
  test: {
    environment: 'node',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Browser checks poll until the page has caught up; a busy 2-core machine needs more than 1 s.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 60_000,
    projects: [
      {
        // Pure code and the content files: no build needed, so `npm run test:unit` runs in seconds.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/integrations/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The built site in dist/: run after `npm run build` (`npm test` does both).
        extends: true,
        test: { name: 'built', include: ['tests/built/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        // Each browser file runs its own Chromium and server: one file at a time, after the rest,
        // so two Chromiums never compete for the machine's two cores (that made page loads and
        // axe slow enough to fail their waits).
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
