/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Run every test far from UTC, so a date formatted in local time instead of UTC shows up as
// the wrong day. Set here, before the test workers start, so they inherit it.
process.env.TZ = 'Pacific/Kiritimati';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Browser tests share one Chromium and one server per file; keep files from competing for 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    // Browser checks poll until the page has caught up; a busy 2-core machine needs more than 1 s.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 60_000,
  },
});
