/**
 * The drafting configuration in force: an administrator's (the first loaded pack with a `drafting`
 * part; locked or not), else the person's settings. Whether the page's Content-Security-Policy
 * lets the pane connect there is read from the page itself, the policy the build wrote.
 */
import { connectAllowed, connectSources, draftingFromPacks, endpointProblem, normalizeEndpoint, type DraftingConfig } from "../../core/drafting";
import type { Bilingual } from "../../core/text/bilingual";
import type { LoadedPack } from "../../core/packs";
import type { DraftingSettings } from "./settings";
import { draftingMessages } from "./messages";

export interface ResolvedDrafting {
  /** In force and usable; null when off or unusable (see `problem`). */
  config: DraftingConfig | null;
  /** The pack's configuration, shown even when the person switched an unlocked one off. */
  pack: DraftingConfig | null;
  locked: boolean;
  /** Why the configuration cannot be used (bad endpoint, blocked by CSP), or null. */
  problem: Bilingual | null;
  /** The endpoint's origin, when the page's policy refuses it. */
  blockedOrigin: string | null;
}

/** connect-src of this page's policy (null: the page has none, as the preview). */
export function pageConnectSources(): string[] | null {
  if (typeof document === "undefined") return null;
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const policy = meta?.getAttribute("content");
  return policy ? connectSources(policy) : null;
}

export function resolveDrafting(packs: readonly LoadedPack[], settings: DraftingSettings): ResolvedDrafting {
  const pack = draftingFromPacks(packs.map((p) => ({ name: p.pack.name, ...(p.pack.drafting ? { drafting: p.pack.drafting } : {}) })));
  const locked = pack?.source.kind === "pack" && pack.source.locked;
  let config: DraftingConfig | null = null;
  if (pack && locked) config = pack;
  else if (settings.enabled && settings.endpoint) {
    const problem = endpointProblem(settings.endpoint);
    if (problem) return { config: null, pack, locked: false, problem, blockedOrigin: null };
    config = { endpoint: normalizeEndpoint(settings.endpoint)!, model: settings.model.trim(), classifiedTerms: pack?.classifiedTerms ?? [], ...(pack?.systemPrompt ? { systemPrompt: pack.systemPrompt } : {}), source: { kind: "settings" } };
  }
  else if (pack) config = pack;
  if (!config) return { config: null, pack, locked, problem: null, blockedOrigin: null };
  if (!config.model) return { config: null, pack, locked, problem: draftingMessages.noModel, blockedOrigin: null };
  if (!connectAllowed(config.endpoint, pageConnectSources(), location.origin)) {
    return { config: null, pack, locked, problem: null, blockedOrigin: new URL(config.endpoint).origin };
  }
  return { config, pack, locked, problem: null, blockedOrigin: null };
}
