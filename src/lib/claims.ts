// Groups an event's figures by the question they answer. A topic with more than one distinct
// figure is disputed, and the page says so above the figures.
import type { Claim } from './content-schema.ts';

export interface ClaimGroup {
  topic: string;
  /** The first claim's label names the group. */
  label: string;
  claims: Claim[];
  disputed: boolean;
}

export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) groups.set(claim.topic, [...(groups.get(claim.topic) ?? []), claim]);
  return [...groups].map(([topic, list]) => ({
    topic,
    label: list[0]!.label,
    claims: list,
    disputed: new Set(list.map((c) => `${c.qualifier}:${c.value}`)).size > 1,
  }));
}
