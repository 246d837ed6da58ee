/**
 * Pure parts of the team library: a read-only snippet file published at a URL on the office
 * intranet. The fetch happens in the task pane; here: parsing, the offline cache envelope, and
 * merging built-in, personal and team snippets into one list that says where each came from.
 */
import { MAX_SNIPPET_FILE_BYTES, parseSnippetFile } from "./exchange";
import { parseJsonSafely } from "../text/safeJson";
import { normalizeSnippetText, validateSnippets, type Snippet } from "./schema";
import type { Bilingual } from "../text/bilingual";
import { shortTag } from "../text/shortTag";
import { snippetsMessages } from "./messages";

/**
 * Where a snippet in the merged list comes from (shown on each snippet): built-in, personal, or
 * a team file / content pack (`team` is its URL or file; `name` the pack's name when it has one).
 */
export type SnippetSource = "builtIn" | "personal" | { team: string; name?: Bilingual };

export type SourcedSnippet = Snippet & { readonly source: SnippetSource };

export type TeamParseResult = { ok: true; snippets: readonly Snippet[] } | { ok: false; error: Bilingual };

/** Parses a downloaded team library (same file format as export); the result is frozen. */
export function parseTeamLibrary(input: Uint8Array | string): TeamParseResult {
  const parsed = parseSnippetFile(input);
  if (!parsed.ok) {
    return {
      ok: false,
      error: snippetsMessages.teamUnusable(parsed.error),
    };
  }
  return { ok: true, snippets: Object.freeze(parsed.snippets.map((s) => Object.freeze({ ...s, tags: Object.freeze([...s.tags]) }))) };
}

/**
 * Id of a team snippet in the merged list: `team-<urlhash>:<id>`, so favourites of team
 * snippets survive refreshes and never collide with built-in or personal ids.
 */
export function teamSnippetId(url: string, id: string): string {
  return `team-${shortTag(url)}:${id}`.slice(0, 80);
}

export interface TeamLibrarySnapshot {
  /** The URL (or another stable key such as file:<pack id>) that namespaces the ids. */
  url: string;
  /** The content pack's name, shown as the source. */
  name?: Bilingual;
  snippets: readonly Snippet[];
}

/**
 * One list for search and display: built-in, then personal, then each team library. Ids stay
 * unique (team ids are namespaced; a later duplicate id is dropped) and a text already listed
 * is not listed again, so the earlier source wins.
 */
export function mergeSnippetSources(sources: {
  builtIn: readonly Snippet[];
  personal: readonly Snippet[];
  teams?: readonly TeamLibrarySnapshot[];
}): SourcedSnippet[] {
  const out: SourcedSnippet[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  const add = (snippet: Snippet, source: SnippetSource, id = snippet.id) => {
    const key = normalizeSnippetText(snippet.text);
    if (ids.has(id) || texts.has(key)) return;
    ids.add(id);
    texts.add(key);
    out.push({ ...snippet, id, source });
  };
  for (const s of sources.builtIn) add(s, "builtIn");
  for (const s of sources.personal) add(s, "personal");
  for (const team of sources.teams ?? []) {
    const source: SnippetSource = team.name ? { team: team.url, name: team.name } : { team: team.url };
    for (const s of team.snippets) add(s, source, teamSnippetId(team.url, s.id));
  }
  return out;
}

/** Bilingual label of a source, for the badge on each snippet. */
export function describeSource(source: SnippetSource): Bilingual {
  if (source === "builtIn") return snippetsMessages.builtIn;
  if (source === "personal") return snippetsMessages.mine;
  if (source.name) return snippetsMessages.fromPack(source.name);
  return snippetsMessages.fromTeam(source.team);
}

export const TEAM_CACHE_FORMAT = "report-composer-team-cache";

/** What is kept locally so the team library works offline. */
export interface TeamLibraryCache {
  url: string;
  /** ISO time of the last successful fetch. */
  fetchedAt: string;
  snippets: readonly Snippet[];
}

/** Serializes the offline cache envelope. */
export function serializeTeamCache(cache: TeamLibraryCache): string {
  return JSON.stringify({ format: TEAM_CACHE_FORMAT, version: 1, ...cache, snippets: [...cache.snippets] });
}

/** Reads a cache envelope; null when absent, corrupt, or for another URL (then refetch). */
export function parseTeamCache(raw: string | null, expectedUrl?: string): TeamLibraryCache | null {
  if (!raw) return null;
  const json = parseJsonSafely(raw, { maxChars: MAX_SNIPPET_FILE_BYTES * 2 });
  if (!json.ok) return null;
  const data = json.value;
  const envelope = data as { format?: unknown; version?: unknown; url?: unknown; fetchedAt?: unknown; snippets?: unknown };
  if (
    !envelope ||
    envelope.format !== TEAM_CACHE_FORMAT ||
    envelope.version !== 1 ||
    typeof envelope.url !== "string" ||
    typeof envelope.fetchedAt !== "string" ||
    !Array.isArray(envelope.snippets)
  ) {
    return null;
  }
  if (expectedUrl !== undefined && envelope.url !== expectedUrl) return null;
  const validation = validateSnippets(envelope.snippets);
  if (!validation.ok) return null;
  return { url: envelope.url, fetchedAt: envelope.fetchedAt, snippets: validation.snippets };
}
