// Long work in steps (src/lib/steps.ts): the order, the pauses between steps, stopping when the
// work is no longer wanted, and which pause the browser's features give.
import { describe, expect, it } from 'vitest';
import { afterNextPaint, batchesByWeight, nextTask, runSteps } from '../../src/lib/steps.ts';

describe('runSteps', () => {
  it('runs every step in order, with a pause between two steps and none before the first or after the last', async () => {
    const log: string[] = [];
    const done = await runSteps(
      ['a', 'b', 'c'].map((name) => () => void log.push(name)),
      async () => void log.push('pause'),
    );
    expect(done).toBe(true);
    expect(log).toEqual(['a', 'pause', 'b', 'pause', 'c']);
  });

  it('runs the steps a step hands back right after it, each after its own pause', async () => {
    const log: string[] = [];
    const say = (name: string) => () => void log.push(name);
    const done = await runSteps(
      [
        say('a'),
        () => {
          log.push('b');
          return [say('b1'), say('b2')];
        },
        say('c'),
      ],
      async () => void log.push('pause'),
    );
    expect(done).toBe(true);
    expect(log).toEqual(['a', 'pause', 'b', 'pause', 'b1', 'pause', 'b2', 'pause', 'c']);
  });

  it('pauses before handed-back steps with the pause given for them', async () => {
    const log: string[] = [];
    const say = (name: string) => () => void log.push(name);
    await runSteps(
      [say('a'), () => [say('b1'), say('b2')], say('c')],
      async () => void log.push('frame'),
      () => true,
      async () => void log.push('task'),
    );
    expect(log).toEqual(['a', 'frame', 'task', 'b1', 'task', 'b2', 'frame', 'c']);
  });

  it('stops at a pause when the work is no longer wanted, and says so', async () => {
    const log: string[] = [];
    let wanted = true;
    const done = await runSteps(
      ['a', 'b', 'c'].map((name) => () => void log.push(name)),
      async () => {
        wanted = false;
      },
      () => wanted,
    );
    expect(done).toBe(false);
    expect(log).toEqual(['a']);
  });

  it('runs nothing when the work is not wanted from the start', async () => {
    const log: string[] = [];
    expect(
      await runSteps(
        [() => void log.push('a')],
        async () => {},
        () => false,
      ),
    ).toBe(false);
    expect(log).toEqual([]);
  });

  it('hands the thread back at each pause: other tasks run between two steps', async () => {
    const log: string[] = [];
    const steps = ['a', 'b'].map((name) => () => {
      log.push(name);
      setTimeout(() => log.push(`task after ${name}`), 0);
    });
    await runSteps(steps, nextTask(globalThis as unknown as Parameters<typeof nextTask>[0]));
    expect(log.slice(0, 3)).toEqual(['a', 'task after a', 'b']);
  });
});

describe('nextTask', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    let yields = 0;
    let timeouts = 0;
    const scope = {
      scheduler: { yield: async () => void (yields += 1) },
      setTimeout: (handler: () => void) => void ((timeouts += 1), handler()),
    };
    await nextTask(scope)();
    expect([yields, timeouts]).toEqual([1, 0]);
  });

  it('falls back to a zero timeout', async () => {
    const delays: (number | undefined)[] = [];
    const scope = { setTimeout: (handler: () => void, ms?: number) => void (delays.push(ms), handler()) };
    await nextTask(scope)();
    await nextTask({ ...scope, scheduler: {} })();
    expect(delays).toEqual([0, 0]);
  });
});

describe('afterNextPaint', () => {
  it('waits for a frame, then for a task queued from it', async () => {
    const log: string[] = [];
    let frame: (() => void) | undefined;
    const scope = {
      requestAnimationFrame: (callback: () => void) => void (frame = callback),
      setTimeout: (handler: () => void) => void (log.push('task queued'), handler()),
    };
    const painted = afterNextPaint(scope).then(() => log.push('resumed'));
    await Promise.resolve();
    expect(log).toEqual([]);
    frame!();
    await painted;
    expect(log).toEqual(['task queued', 'resumed']);
  });

  it('needs no frame where there are none', async () => {
    let queued = 0;
    await afterNextPaint({ setTimeout: (handler: () => void) => void ((queued += 1), handler()) });
    expect(queued).toBe(1);
  });
});

describe('batchesByWeight', () => {
  const weight = (n: number) => n;

  it('fills each batch up to the budget, in order', () => {
    expect(batchesByWeight([3, 4, 2, 5, 1, 1], weight, 7)).toEqual([
      [3, 4],
      [2, 5],
      [1, 1],
    ]);
  });

  it('gives an item heavier than the budget a batch of its own', () => {
    expect(batchesByWeight([2, 20, 3], weight, 10)).toEqual([[2], [20], [3]]);
  });

  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const batches = batchesByWeight(items, weight, 12);
    expect(batches.flat()).toEqual(items);
    for (const batch of batches) if (batch.length > 1) expect(batch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12);
  });

  it('makes no batch from nothing', () => {
    expect(batchesByWeight([], weight, 5)).toEqual([]);
  });
});
