import { describe, expect, it } from 'vitest';
import {
  canvasResizeMessage,
  heightMessage,
  helloMessage,
  isHelloMessage,
  MAX_HEIGHT,
  readHeightMessage,
} from '../../../src/lib/embed/messages.ts';

describe('height messages', () => {
  it('round-trips a height, rounded up to a whole pixel', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'syria-evidence:embed-height', version: 1, height: 813 });
    expect(readHeightMessage(heightMessage(812.2))).toBe(813);
    // What a structured clone (postMessage) delivers is a copy: still read.
    expect(readHeightMessage(structuredClone(heightMessage(400)))).toBe(400);
  });

  it('writes the shape Canvas reads for lti.frameResize', () => {
    expect(canvasResizeMessage(640.5)).toEqual({ subject: 'lti.frameResize', height: 641 });
  });

  it('ignores anything else', () => {
    const bad: unknown[] = [
      null,
      undefined,
      '{"type":"syria-evidence:embed-height","version":1,"height":100}',
      812,
      { type: 'syria-evidence:embed-height', version: 2, height: 100 },
      { type: 'other', version: 1, height: 100 },
      { type: 'syria-evidence:embed-height', version: 1, height: '100' },
      { type: 'syria-evidence:embed-height', version: 1, height: -5 },
      { type: 'syria-evidence:embed-height', version: 1, height: 0 },
      { type: 'syria-evidence:embed-height', version: 1, height: Number.NaN },
      { type: 'syria-evidence:embed-height', version: 1, height: Number.POSITIVE_INFINITY },
      { type: 'syria-evidence:embed-height', version: 1, height: MAX_HEIGHT + 1 },
      canvasResizeMessage(300),
    ];
    for (const data of bad) expect(readHeightMessage(data), JSON.stringify(data) ?? String(data)).toBeNull();
  });

  it('recognises the host script’s hello, and nothing else as one', () => {
    expect(isHelloMessage(helloMessage())).toBe(true);
    expect(isHelloMessage(heightMessage(10))).toBe(false);
    expect(isHelloMessage('syria-evidence:embed-hello')).toBe(false);
  });
});
