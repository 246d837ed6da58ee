/**
 * Reading a content pack from outside (a file picked by the user, a download from a team URL,
 * the offline copy in storage). Defensive like the snippet files: size first, then the encoding
 * (UTF-16 and GBK named), then depth-limited JSON, then markup, then the schema of every part and
 * the rules a schema cannot state (duplicate ids, undeclared fields). Nothing throws; every
 * refusal is bilingual and names the failing item. An old team snippet file
 * (`report-composer-snippets`) is read as a pack holding only snippets.
 */
import { validateProfile } from "../format/schema";
import { validateGenre } from "../genres/validate";
import { decode, findMarkup, stringsIn, SNIPPET_FILE_FORMAT, SNIPPET_FILE_VERSION } from "../snippets/exchange";
import { validateSnippets, type Snippet } from "../snippets/schema";
import type { Bilingual } from "../text/bilingual";
import { parseJsonSafely } from "../text/safeJson";
import { coreMessages } from "../text/catalog";
import { checkFileVersion } from "../text/version";
import { packsMessages } from "./messages";
import { describeIssue, formatPath, summarize, customZh, type PackProblem } from "./problems";
import { MAX_PACK_BYTES, MAX_PACK_SNIPPETS, PACK_FORMAT, PACK_VERSION, packSchema, type Pack } from "./schema";

export interface ParsePackOptions {
  /** Name of the pack made from an old team snippet file, which has none of its own. */
  snippetFileName?: Bilingual;
  /** Id of that pack; "team-snippets" when absent. */
  snippetFileId?: string;
  /** Where the bytes came from: a file the person chose is refused as a file, never as a web page. */
  origin?: "file" | "url";
}

export type ParsePackResult =
  | { ok: true; pack: Pack; fromSnippetFile: boolean }
  | { ok: false; error: Bilingual; problems: readonly PackProblem[] };

export const DEFAULT_SNIPPET_FILE_PACK_NAME: Bilingual = packsMessages.defaultSnippetFilePackName;

const refuse = (error: Bilingual, problems: readonly PackProblem[] = []): ParsePackResult => ({
  ok: false,
  error,
  problems,
});

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function byteLength(input: Uint8Array | string): number {
  return typeof input === "string" ? new TextEncoder().encode(input).length : input.byteLength;
}

/** Reads a pack file (bytes from a file picker or a download, or text). */
export function parsePack(input: Uint8Array | string, options: ParsePackOptions = {}): ParsePackResult {
  const size = byteLength(input);
  if (size > MAX_PACK_BYTES) {
    return { ok: false, error: coreMessages.tooLarge("pack", MB(size), MB(MAX_PACK_BYTES)), problems: [] };
  }
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decode(input);
    if (!decoded.ok) return { ok: false, error: decoded.error, problems: [] };
    text = decoded.text;
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, error: coreMessages.emptyFile, problems: [] };

  // Markup in the raw text (any field), then in the decoded strings (\u003c escapes).
  let markup = findMarkup([text]);
  const json = parseJsonSafely(text, { maxChars: MAX_PACK_BYTES });
  if (!json.ok) {
    if (json.reason === "syntax" && options.origin === "file") {
      return refuse(packsMessages.notPackFile);
    }
    if (json.reason === "syntax" && (markup || /^\s*</.test(text))) {
      return refuse(packsMessages.webPage);
    }
    return refuse(packsMessages.notPack(json.error));
  }
  markup ??= findMarkup(stringsIn(json.value));
  if (markup) {
    return refuse(packsMessages.markup(markup));
  }
  return packFromJson(json.value, options);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Checks already-parsed JSON (a file's content, or a pack kept in storage) as a pack. */
export function packFromJson(data: unknown, options: ParsePackOptions = {}): ParsePackResult {
  if (!isRecord(data)) {
    return refuse(packsMessages.notJsonObject);
  }
  if (data.format === SNIPPET_FILE_FORMAT) return fromSnippetFile(data, options);
  if (data.format !== PACK_FORMAT) {
    return refuse(packsMessages.wrongFormat(PACK_FORMAT));
  }
  const version = checkFileVersion(data.version, PACK_VERSION, "pack");
  if (!version.ok) return { ok: false, error: version.error, problems: [] };

  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    let problems = parsed.error.issues.map((issue) => describeIssue(data, issue));
    // The format profile's own validator explains its fields better (行距须为…).
    const profileIssues = parsed.error.issues.filter((i) => i.path[0] === "formatProfile" && i.path[1] === "profile");
    if (profileIssues.length) {
      const profile = validateProfile((data.formatProfile as Record<string, unknown>).profile);
      if (!profile.ok) {
        problems = [
          ...problems.filter((p) => !p.path.startsWith("formatProfile.profile")),
          ...profile.errors.map((e) => ({ path: `formatProfile.profile${e.path ? "." + e.path : ""}`, message: e.message })),
        ];
      }
    }
    return { ok: false, error: summarize(problems, packsMessages.packInvalid), problems };
  }
  const pack = parsed.data;
  const problems = ruleProblems(pack, data);
  if (problems.length) {
    return { ok: false, error: summarize(problems, packsMessages.packInvalid), problems };
  }
  if (!pack.genres?.length && !pack.snippets?.length && !pack.tifa?.length && !pack.formatProfile && !pack.indicators?.length && !pack.drafting && !pack.congressDate) {
    return refuse(packsMessages.emptyPack);
  }
  return { ok: true, pack, fromSnippetFile: false };
}

/** What the schemas cannot say: duplicate ids, undeclared {字段}, ordinals in titles, duplicate texts. */
function ruleProblems(pack: Pack, raw: Record<string, unknown>): PackProblem[] {
  const problems: PackProblem[] = [];
  const genreIds = new Map<string, number>();
  pack.genres?.forEach((genre, i) => {
    const first = genreIds.get(genre.id);
    if (first !== undefined) {
      problems.push({
        path: formatPath(raw, ["genres", i, "id"]),
        message: packsMessages.repeatedGenreId(first),
      });
    } else genreIds.set(genre.id, i);
    for (const p of validateGenre(genre)) {
      const where = [p.section ? `sections:${p.section}` : "", p.path].filter(Boolean).join(".");
      problems.push({ path: `${formatPath(raw, ["genres", i])}.${where}`, message: { zh: customZh(p.message), en: p.message } });
    }
  });
  if (pack.snippets?.length) {
    const validation = validateSnippets(pack.snippets);
    if (!validation.ok) {
      for (const p of validation.problems) problems.push({ path: formatPath(raw, ["snippets", p.index]), message: p.message });
    }
  }
  const tifaIds = new Map<string, number>();
  pack.tifa?.forEach((entry, i) => {
    const first = tifaIds.get(entry.id);
    if (first !== undefined) {
      problems.push({
        path: formatPath(raw, ["tifa", i, "id"]),
        message: packsMessages.repeatedTifaId(first),
      });
    } else tifaIds.set(entry.id, i);
  });
  return problems;
}

/** An old team snippet file, as a pack of snippets (so team URLs set up before packs keep working). */
function fromSnippetFile(data: Record<string, unknown>, options: ParsePackOptions): ParsePackResult {
  const version = checkFileVersion(data.version, SNIPPET_FILE_VERSION, "snippetFile");
  if (!version.ok) return { ok: false, error: version.error, problems: [] };
  if (!Array.isArray(data.snippets)) return { ok: false, error: coreMessages.noSnippetList, problems: [] };
  if (data.snippets.length > MAX_PACK_SNIPPETS) {
    return { ok: false, error: coreMessages.tooManySnippets(data.snippets.length, MAX_PACK_SNIPPETS), problems: [] };
  }
  const validation = validateSnippets(data.snippets);
  if (!validation.ok) {
    const problems = validation.problems.map((p) => ({ path: formatPath(data, ["snippets", p.index]), message: p.message }));
    return { ok: false, error: summarize(problems, packsMessages.snippetFileInvalid), problems };
  }
  const exportedAt = typeof data.exportedAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(data.exportedAt) && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : undefined;
  const snippets: Snippet[] = validation.snippets;
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: options.snippetFileId ?? "team-snippets",
    name: options.snippetFileName ?? DEFAULT_SNIPPET_FILE_PACK_NAME,
    ...(exportedAt ? { updatedAt: exportedAt } : {}),
    snippets: snippets.map(({ id, category, title, text, tags, years }) => ({ id, category, title, text, tags: [...tags], ...(years ? { years: [...years] } : {}) })),
  };
  return { ok: true, pack, fromSnippetFile: true };
}
