import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ARABIC_SAMPLE_FILE, ARABIC_SAMPLE_SHA256 } from '../../../integrations/lib/fonts/local-fonts.ts';

describe('the metrics of the local fonts', () => {
  it('were measured on the Arabic sample as it is (npm run font-metrics after changing it)', () => {
    const digest = createHash('sha256').update(readFileSync(ARABIC_SAMPLE_FILE)).digest('hex');
    expect(digest).toBe(ARABIC_SAMPLE_SHA256);
  });
});
