/**
 * Snippet files for sharing between colleagues (and for team libraries): a versioned JSON
 * envelope. Parsing is defensive because files arrive from e-mail and USB sticks on intranets:
 * wrong encodings, oversized files, foreign JSON and embedded HTML are refused with a clear
 * bilingual message, and a refused file never touches the user's library.
 */
import { normalizeSnippetText, validateSnippets, type Snippet } from "./schema";
import type { Bilingual } from "../text/bilingual";
import { snippetsMessages } from "./messages";
import { decodeText, detectTextEncoding } from "../text/encoding";
import type { UserSnippetState } from "./userStore";
import { MAX_JSON_DEPTH, parseJsonSafely } from "../text/safeJson";
import { coreMessages } from "../text/catalog";
import { checkFileVersion } from "../text/version";

export const SNIPPET_FILE_FORMAT = "report-composer-snippets";
export const SNIPPET_FILE_VERSION = 1;
export const MAX_SNIPPET_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SNIPPETS_PER_FILE = 5000;

export interface SnippetFile {
  format: typeof SNIPPET_FILE_FORMAT;
  version: typeof SNIPPET_FILE_VERSION;
  exportedAt: string;
  snippets: Snippet[];
}

export type ParseSnippetFileResult =
  | { ok: true; snippets: Snippet[]; exportedAt: string }
  | { ok: false; error: Bilingual };

/** The file text for these snippets (pretty-printed, UTF-8 when written out). */
export function serializeSnippetFile(snippets: readonly Snippet[], exportedAt: string = new Date().toISOString()): string {
  const file: SnippetFile = {
    format: SNIPPET_FILE_FORMAT,
    version: SNIPPET_FILE_VERSION,
    exportedAt,
    snippets: snippets.map(({ id, category, title, text, tags }) => ({ id, category, title, text, tags: [...tags] })),
  };
  return JSON.stringify(file, null, 2) + "\n";
}

function fail(error: Bilingual): { ok: false; error: Bilingual } {
  return { ok: false, error };
}

const MB = (MAX_SNIPPET_FILE_BYTES / 1024 / 1024).toFixed(0);

/** Decodes bytes as strict UTF-8, naming UTF-16 and GBK files (core/text/encoding) so the user knows how to fix them (content packs too). */
export function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: Bilingual } {
  const encoding = detectTextEncoding(bytes);
  if (encoding === "UTF-8") return { ok: true, text: decodeText(bytes, encoding) };
  if (encoding === "UTF-16LE" || encoding === "UTF-16BE") {
    return fail(snippetsMessages.utf16);
  }
  if (encoding === "GB18030") {
    return fail(snippetsMessages.gbk);
  }
  return fail(snippetsMessages.notUtf8);
}

const MARKUP_CHECKS: readonly { pattern: RegExp; name: Bilingual }[] = [
  { pattern: /<\s*script/i, name: snippetsMessages.markupScript },
  { pattern: /<\s*iframe/i, name: snippetsMessages.markupIframe },
  { pattern: /javascript\s*:/i, name: snippetsMessages.markupScriptLink },
  { pattern: /\bon[a-z]+\s*=/i, name: snippetsMessages.markupEventHandler },
  { pattern: /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i, name: snippetsMessages.markupTag },
];

/** Names the first kind of markup found in any of the strings, or null. */
export function findMarkup(strings: Iterable<string>): { zh: string; en: string } | null {
  for (const s of strings) {
    for (const check of MARKUP_CHECKS) if (check.pattern.test(s)) return check.name;
  }
  return null;
}

export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === "object") for (const v of Object.values(value)) yield* stringsIn(v);
}

function byteLength(input: Uint8Array | string): number {
  return typeof input === "string" ? new TextEncoder().encode(input).length : input.byteLength;
}

/**
 * Reads a snippet file (bytes from a file picker, or text). Refuses, with a bilingual message:
 * files over 5 MB, UTF-16 / GBK / invalid UTF-8, HTML or script anywhere, non-JSON, another
 * format or version, too many snippets, and malformed or duplicate entries.
 */
export function parseSnippetFile(input: Uint8Array | string): ParseSnippetFileResult {
  const size = byteLength(input);
  if (size > MAX_SNIPPET_FILE_BYTES) {
    return { ok: false, error: coreMessages.tooLarge("snippetFile", (size / 1024 / 1024).toFixed(1), MB) };
  }
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    const decoded = decode(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, error: coreMessages.emptyFile };

  // Raw text first (catches markup in any field), then decoded strings (catches \u003c escapes).
  let markup = findMarkup([text]);
  // Depth-limited: zod and stringsIn walk the result recursively (a 20 KB file nested 10,000
  // levels deep would overflow the stack).
  const json = parseJsonSafely(text);
  if (!json.ok && json.reason === "depth") {
    return fail(snippetsMessages.tooDeep(MAX_JSON_DEPTH));
  }
  if (!json.ok) {
    if (markup || /^\s*</.test(text)) {
      return fail(snippetsMessages.webPage);
    }
    return fail(snippetsMessages.notJson);
  }
  const data = json.value;
  markup ??= findMarkup(stringsIn(data));
  if (markup) {
    return fail(snippetsMessages.markup(markup));
  }
  if (!data || typeof data !== "object" || Array.isArray(data) || (data as { format?: unknown }).format !== SNIPPET_FILE_FORMAT) {
    return fail(snippetsMessages.notSnippetFile);
  }
  const file = data as { version?: unknown; exportedAt?: unknown; snippets?: unknown };
  const version = checkFileVersion(file.version, SNIPPET_FILE_VERSION, "snippetFile");
  if (!version.ok) return { ok: false, error: version.error };
  if (!Array.isArray(file.snippets)) {
    return { ok: false, error: coreMessages.noSnippetList };
  }
  if (file.snippets.length > MAX_SNIPPETS_PER_FILE) {
    return { ok: false, error: coreMessages.tooManySnippets(file.snippets.length, MAX_SNIPPETS_PER_FILE) };
  }
  const validation = validateSnippets(file.snippets);
  if (!validation.ok) {
    return fail(snippetsMessages.fileProblems(validation.problems));
  }
  const exportedAt = typeof file.exportedAt === "string" ? file.exportedAt : "";
  return { ok: true, snippets: validation.snippets, exportedAt };
}

export type ImportResult =
  | { ok: true; state: UserSnippetState; added: number; skippedDuplicates: number; renamed: number }
  | { ok: false; error: Bilingual };

/**
 * Parses a file and merges its snippets into the user's own snippets. Snippets whose text the
 * library already has are skipped; ids already taken (own or `reservedIds`, e.g. built-in) are
 * renamed. On any error the state is left untouched.
 */
export function importSnippetFile(
  state: UserSnippetState,
  input: Uint8Array | string,
  reservedIds: ReadonlySet<string> = new Set(),
): ImportResult {
  const parsed = parseSnippetFile(input);
  if (!parsed.ok) return parsed;
  const texts = new Set(state.snippets.map((s) => normalizeSnippetText(s.text)));
  const taken = new Set([...state.snippets.map((s) => s.id), ...reservedIds]);
  const added: Snippet[] = [];
  let skippedDuplicates = 0;
  let renamed = 0;
  for (const snippet of parsed.snippets) {
    const key = normalizeSnippetText(snippet.text);
    if (texts.has(key)) {
      skippedDuplicates++;
      continue;
    }
    let id = snippet.id;
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${snippet.id.slice(0, 70)}-${n}`)) n++;
      id = `${snippet.id.slice(0, 70)}-${n}`;
      renamed++;
    }
    taken.add(id);
    texts.add(key);
    added.push({ ...snippet, id });
  }
  return {
    ok: true,
    state: { ...state, snippets: [...state.snippets, ...added] },
    added: added.length,
    skippedDuplicates,
    renamed,
  };
}
