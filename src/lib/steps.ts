// Long work cut into steps, with the main thread handed back between them, so that no one task
// keeps a phone from answering a tap or painting a frame (Lighthouse counts every task over
// 50 ms as blocking). The scope (window, or a stand-in in tests) says what the browser offers.

export type Pause = () => Promise<void>;

interface TaskScope {
  setTimeout(handler: () => void, ms?: number): unknown;
  requestAnimationFrame?(callback: () => void): unknown;
  scheduler?: { yield?: () => Promise<void> };
}

/**
 * A pause until a new task: scheduler.yield() where the browser has it (the rest of the work
 * then comes before other queued tasks), a zero timeout elsewhere.
 */
export function nextTask(scope: TaskScope): Pause {
  const scheduler = scope.scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield!.call(scheduler);
  return () => new Promise<void>((done) => scope.setTimeout(done, 0));
}

/** A pause until the next frame has been painted: a task queued from that frame's callback. */
export function afterNextPaint(scope: TaskScope): Promise<void> {
  return new Promise<void>((done) => {
    const later = () => scope.setTimeout(done, 0);
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(later);
    else later();
  });
}

/** A step of long work; it may hand back more steps, which run next (each after its own pause). */
export type Step = () => void | readonly Step[];

/**
 * Runs the steps in order, pausing before each one after the first. Stops early, and says so
 * (false), when `wanted` turns false at a pause (the element left the page meanwhile). The steps
 * a step hands back are one piece of work cut small: before each of them comes `within`, by
 * default the same pause (a page that waits for a painted frame between its big steps can cut
 * the small ones with a shorter pause).
 */
export async function runSteps(
  steps: readonly Step[],
  pause: Pause,
  wanted: () => boolean = () => true,
  within: Pause = pause,
): Promise<boolean> {
  const queue: { step: Step; handedBack: boolean }[] = steps.map((step) => ({ step, handedBack: false }));
  for (let i = 0; queue.length > 0; i++) {
    const { step, handedBack } = queue.shift()!;
    if (i > 0) await (handedBack ? within : pause)();
    if (!wanted()) return false;
    const more = step();
    if (more) queue.unshift(...more.map((s) => ({ step: s, handedBack: true })));
  }
  return true;
}

/**
 * Cuts a list into consecutive batches whose weights add up to at most `budget` each, so that
 * each batch can be its own step; an item heavier than the budget is a batch on its own. The
 * order is kept: drawing order is layering order.
 */
export function batchesByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const w = Math.max(0, weight(item));
    if (current.length > 0 && total + w > budget) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += w;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
