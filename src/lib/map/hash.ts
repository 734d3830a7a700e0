// The map's address: /<lang>/map/#<place-id> selects a place. Reading the hash must never
// throw, whatever a reader or a link pastes after the "#": anything that is not a known place
// id simply selects nothing.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The place id a hash names, or null: "", "#", "#nowhere", "#%E0%A4" and "#<script>" give null. */
export function placeIdFromHash(hash: string, knownIds: ReadonlySet<string>): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw || raw.length > 100) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw).trim().toLowerCase();
  } catch {
    return null;
  }
  return ID.test(id) && knownIds.has(id) ? id : null;
}

/** The hash that selects a place, or "" for no selection. */
export function hashForPlace(id: string | null): string {
  return id ? `#${encodeURIComponent(id)}` : '';
}
