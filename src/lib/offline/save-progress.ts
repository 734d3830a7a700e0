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
