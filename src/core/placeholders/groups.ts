/**
 * Fields sharing one value: grouping, and the person's corrections (split one out, merge two).
 */
import type { FieldGroup, Placeholder } from "./types";

/** Placeholders gathered by group, groups in order of first appearance. */
export function groupPlaceholders(placeholders: readonly Placeholder[]): FieldGroup[] {
  const byGroup = new Map<string, FieldGroup>();
  for (const p of placeholders) {
    let g = byGroup.get(p.group);
    if (!g) {
      g = { group: p.group, label: p.label, kind: p.kind, members: [] };
      if (p.unit !== undefined) g.unit = p.unit;
      byGroup.set(p.group, g);
    }
    g.members.push(p);
  }
  return [...byGroup.values()];
}

/** Group id given to a placeholder split out of its group; stable for the same placeholder. */
export function splitGroupId(placeholderId: string): string {
  return `split:${placeholderId}`;
}

/**
 * Move one placeholder out of its group into a group of its own. Returns a new array; unchanged
 * content when the placeholder is not in that group or is already alone in it.
 */
export function splitGroup(placeholders: readonly Placeholder[], groupId: string, placeholderId: string): Placeholder[] {
  const members = placeholders.filter((p) => p.group === groupId);
  const target = members.find((p) => p.id === placeholderId);
  if (!target || members.length < 2) return placeholders.map((p) => ({ ...p }));
  return placeholders.map((p) => (p.id === placeholderId ? { ...p, group: splitGroupId(placeholderId) } : { ...p }));
}

/** Put every member of groupB into groupA (they will take one value). Returns a new array. */
export function mergeGroups(placeholders: readonly Placeholder[], groupA: string, groupB: string): Placeholder[] {
  return placeholders.map((p) => (p.group === groupB ? { ...p, group: groupA } : { ...p }));
}
