// The "Save for offline" control's arithmetic, kept apart from the browser APIs so it is tested.

/** Workbox's precache is the cache whose name starts with this (then the version and the scope). */
export const PRECACHE_PREFIX = 'workbox-precache';

/** The precache among a list of cache names, or null. */
export function precacheName(names: readonly string[]): string | null {
  return names.find((name) => name.startsWith(PRECACHE_PREFIX)) ?? null;
}

/** Whole percent stored, 0–100; an unknown or nonsensical total counts as nothing known yet. */
export function percentStored(stored: number, total: number): number {
  if (!Number.isFinite(total) || total <= 0 || !Number.isFinite(stored) || stored <= 0) return 0;
  return Math.min(100, Math.floor((stored / total) * 100));
}

/** "Saving: {percent}%" with its number filled in. */
export function fillPercent(template: string, percent: number): string {
  return template.replace('{percent}', String(percent));
}

/** Which of a registration's workers exist (ServiceWorkerRegistration.installing, waiting, active). */
export interface Workers {
  installing: boolean;
  waiting: boolean;
  active: boolean;
}

/** What the control tells the reader. */
export type SaveState =
  /** The first copy is being stored: entries stored against the page's list. */
  | { kind: 'saving'; percent: number }
  /** A copy is in use and a newer version is being stored beside it. */
  | { kind: 'updating' }
  /** A newer version is stored and waits until the reader reloads. */
  | { kind: 'update-ready' }
  | { kind: 'done' }
  /** In use, yet files are missing from it (cleared by the browser or the reader). */
  | { kind: 'incomplete' }
  /** No worker left: storing the first copy failed. */
  | { kind: 'failed' };

/**
 * The control's state from the registration and the precache. While a copy is in use, the
 * precache also holds what a newer version has stored so far, so counting entries says nothing
 * about an update: its state comes from the workers alone. 100% is shown only once the copy is in
 * use and complete.
 */
export function saveState(workers: Workers, stored: number, total: number): SaveState {
  if (workers.active && workers.waiting) return { kind: 'update-ready' };
  if (workers.active && workers.installing) return { kind: 'updating' };
  if (workers.active) return percentStored(stored, total) >= 100 ? { kind: 'done' } : { kind: 'incomplete' };
  if (workers.installing || workers.waiting)
    return { kind: 'saving', percent: Math.min(99, percentStored(stored, total)) };
  return { kind: 'failed' };
}
