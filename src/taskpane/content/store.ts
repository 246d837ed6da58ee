/**
 * The content-pack store: where the pane's packs come from (team URLs and imported files), the
 * copy of each kept in localStorage for offline use, and the one download that may run at a time.
 *
 * - Startup reads the stored copies only, never the network, and writes nothing while rendering:
 *   a migration from the old single team-library keys and the backup of an unreadable copy are
 *   queued and written by `flushPending()` (the provider calls it from an effect).
 * - A refresh is bounded (fetchLimited: timeout, 取消, streaming size limit, http: and CSP refused
 *   with the reason). A second refresh while one runs is refused, so the URL saved is always the
 *   one asked for.
 * - Every failure says what is still in use: "已继续使用 <date> 下载的内容" only when a copy
 *   exists, otherwise that nothing was ever downloaded.
 * - A full storage (quota) is reported; the content stays in use until the pane is closed.
 *
 * No React here: tests drive the store with a memory storage and a stubbed fetch.
 */
import {
  DEFAULT_SNIPPET_FILE_PACK_NAME,
  MAX_PACK_BYTES,
  packCounts,
  packFromJson,
  parsePack,
  sourceTag,
  type LoadedPack,
  type Pack,
  type PackCounts,
} from "../../core/packs";
import { SNIPPET_FILE_FORMAT } from "../../core/snippets/exchange";
import { parseTeamCache } from "../../core/snippets/teamLibrary";
import type { StorageLike } from "../../core/snippets/userStore";
import { untranslated, type Bilingual } from "../../core/text/bilingual";
import { parseJsonSafely } from "../../core/text/safeJson";
import { contentMessages } from "./messages";
import { LEGACY_TEAM_SETTINGS_KEY, SOURCES_KEY } from "./storedSources";
import { addressProblem, fetchLimited, type LimitedFetchOptions } from "../shell/fetchLimited";

export { SOURCES_KEY, LEGACY_TEAM_SETTINGS_KEY } from "./storedSources";
export const CACHE_FORMAT = "report-composer-pack-cache";
export const LEGACY_TEAM_CACHE_KEY = "report-composer:snippets-team-cache:v1";
export const BACKUP_SUFFIX = ":corrupt-backup";

export const cacheKey = (sourceId: string) => `report-composer:content-pack:${sourceId}:v1`;

export type SourceRecord =
  | { id: string; kind: "url"; url: string }
  | { id: string; kind: "file"; fileName: string; packId: string };

export interface SourceView {
  id: string;
  kind: "url" | "file";
  url?: string;
  fileName?: string;
  /** The copy in use (downloaded or imported), or null when there is none. */
  pack: Pack | null;
  /** When that copy was downloaded or imported (ISO). */
  fetchedAt: string | null;
  /** The last refresh's failure in this session, with what stays in use. */
  error: Bilingual | null;
  /** The stored copy could not be read (its text is kept under <key>:corrupt-backup). */
  cacheProblem: Bilingual | null;
}

export interface ContentState {
  sources: readonly SourceView[];
  /** The download under way: the address asked for and, for a refresh, the source's id. */
  running: { url: string; sourceId: string | null } | null;
  /** Storage refused a write (full or disabled): what was not saved. */
  storageError: Bilingual | null;
  /** The list of sources could not be read (its text is kept under <key>:corrupt-backup). */
  listProblem: Bilingual | null;
  /** The old team library address was carried over at this start. */
  migratedTeamUrl: string | null;
}

export type RefreshOutcome =
  | { ok: true; sourceId: string; pack: Pack; counts: PackCounts }
  | { ok: false; kind: "busy" | "refused" | "failed" | "cancelled"; error: Bilingual };

export type ImportOutcome =
  | { ok: true; sourceId: string; pack: Pack; counts: PackCounts; replaced: boolean }
  | { ok: false; error: Bilingual };

export interface ContentStoreOptions {
  storage: StorageLike;
  fetchImpl?: typeof fetch;
  /** connect-src origins; read from the page's CSP when absent. */
  allowedOrigins?: LimitedFetchOptions["allowedOrigins"];
  timeoutMs?: number;
  now?: () => Date;
}

interface Write {
  key: string;
  /** null removes the key. */
  value: string | null;
}

/** "2026-12-01 08:05" in local time: the same in both languages. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** What a storage failure means, for the person. */
function storageFailure(error: unknown): Bilingual {
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22) {
    return contentMessages.storageFull;
  }
  return contentMessages.storageDisabled;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

function parseRecords(json: unknown): SourceRecord[] | null {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.sources)) return null;
  const out: SourceRecord[] = [];
  const ids = new Set<string>();
  for (const s of json.sources) {
    if (!isRecord(s) || typeof s.id !== "string" || !s.id || ids.has(s.id)) return null;
    if (s.kind === "url" && typeof s.url === "string") out.push({ id: s.id, kind: "url", url: s.url });
    else if (s.kind === "file" && typeof s.fileName === "string" && typeof s.packId === "string") {
      out.push({ id: s.id, kind: "file", fileName: s.fileName, packId: s.packId });
    } else return null;
    ids.add(s.id);
  }
  return out;
}

/** A stored copy: { format, version, fetchedAt, pack }, the pack checked exactly as on import. */
function parseCache(raw: string): { pack: Pack; fetchedAt: string } | null {
  const json = parseJsonSafely(raw, { maxChars: MAX_PACK_BYTES * 2 });
  if (!json.ok || !isRecord(json.value)) return null;
  const envelope = json.value;
  if (envelope.format !== CACHE_FORMAT || envelope.version !== 1 || typeof envelope.fetchedAt !== "string") return null;
  const parsed = packFromJson(envelope.pack);
  return parsed.ok ? { pack: parsed.pack, fetchedAt: envelope.fetchedAt } : null;
}

const serializeCache = (pack: Pack, fetchedAt: string) => JSON.stringify({ format: CACHE_FORMAT, version: 1, fetchedAt, pack });
const serializeRecords = (records: readonly SourceRecord[]) => JSON.stringify({ version: 1, sources: records });

/** The key a pack's items are namespaced by: its URL, or file:<pack id>. */
export function sourceKey(source: Pick<SourceView, "kind" | "url" | "pack"> & { packId?: string }): string {
  return source.kind === "url" ? source.url ?? "" : `file:${source.pack?.id ?? source.packId ?? ""}`;
}

/** The packs in use of these sources, in their order (the merge order). */
export function loadedPacksOf(sources: readonly SourceView[]): LoadedPack[] {
  return sources.flatMap((s) =>
    s.pack ? [{ key: sourceKey(s), pack: s.pack, ...(s.url ? { url: s.url } : {}), ...(s.fileName ? { fileName: s.fileName } : {}) }] : [],
  );
}

const urlSourceId = (url: string) => `u-${sourceTag(url)}`;
const fileSourceId = (packId: string) => `f-${sourceTag(packId)}`;

/** "示例.json" → "示例"; names a pack made from an old snippet file. */
function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, "").replace(/\.json$/i, "").trim();
  return (name || "导入的短语").slice(0, 40);
}

export class ContentStore {
  private state: ContentState;
  private records: SourceRecord[];
  private pending: Write[] = [];
  private controller: AbortController | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly options: ContentStoreOptions;

  constructor(options: ContentStoreOptions) {
    this.options = options;
    const loaded = this.load();
    this.records = loaded.records;
    this.state = loaded.state;
  }

  // ---- reading (no writes) ----

  private read(key: string): string | null {
    try {
      return this.options.storage.getItem(key);
    } catch {
      return null;
    }
  }

  private load(): { records: SourceRecord[]; state: ContentState } {
    const state: ContentState = { sources: [], running: null, storageError: null, listProblem: null, migratedTeamUrl: null };
    const raw = this.read(SOURCES_KEY);
    let records: SourceRecord[] = [];
    if (raw === null) {
      const migrated = this.migrateLegacyTeam();
      if (migrated) {
        state.migratedTeamUrl = migrated.record.url;
        return {
          records: [migrated.record],
          state: { ...state, sources: [{ ...this.emptyView(migrated.record), ...migrated.view }] },
        };
      }
    } else {
      const json = parseJsonSafely(raw, { maxChars: 1_000_000 });
      const parsed = json.ok ? parseRecords(json.value) : null;
      if (parsed) records = parsed;
      else {
        this.pending.push({ key: SOURCES_KEY + BACKUP_SUFFIX, value: raw });
        state.listProblem = contentMessages.listUnreadable;
      }
    }
    state.sources = records.map((record) => {
      const view = this.emptyView(record);
      const cached = this.read(cacheKey(record.id));
      if (cached === null) return view;
      const copy = parseCache(cached);
      if (copy) return { ...view, pack: copy.pack, fetchedAt: copy.fetchedAt };
      this.pending.push({ key: cacheKey(record.id) + BACKUP_SUFFIX, value: cached });
      return {
        ...view,
        cacheProblem: contentMessages.copyUnreadable,
      };
    });
    return { records, state };
  }

  private emptyView(record: SourceRecord): SourceView {
    return {
      id: record.id,
      kind: record.kind,
      ...(record.kind === "url" ? { url: record.url } : { fileName: record.fileName }),
      pack: null,
      fetchedAt: null,
      error: null,
      cacheProblem: null,
    };
  }

  /** The old team library (an address and its copy) as a URL source; its writes are queued. */
  private migrateLegacyTeam(): { record: Extract<SourceRecord, { kind: "url" }>; view: Partial<SourceView> } | null {
    const rawSettings = this.read(LEGACY_TEAM_SETTINGS_KEY);
    if (rawSettings === null) return null;
    const settings = parseJsonSafely(rawSettings, { maxChars: 100_000 });
    const url = settings.ok && isRecord(settings.value) && typeof settings.value.url === "string" ? settings.value.url.trim() : "";
    if (!url) return null;
    const record = { id: urlSourceId(url), kind: "url" as const, url };
    const rawCache = this.read(LEGACY_TEAM_CACHE_KEY);
    // Depth-limited before the old parser sees it.
    const cache = rawCache !== null && parseJsonSafely(rawCache, { maxChars: MAX_PACK_BYTES * 2 }).ok ? parseTeamCache(rawCache, url) : null;
    let view: Partial<SourceView> = {};
    const writes: Write[] = [{ key: SOURCES_KEY, value: serializeRecords([record]) }];
    if (cache) {
      const pack = packFromJson(
        { format: SNIPPET_FILE_FORMAT, version: 1, exportedAt: cache.fetchedAt, snippets: cache.snippets },
        { snippetFileName: DEFAULT_SNIPPET_FILE_PACK_NAME },
      );
      if (pack.ok) {
        view = { pack: pack.pack, fetchedAt: cache.fetchedAt };
        writes.push({ key: cacheKey(record.id), value: serializeCache(pack.pack, cache.fetchedAt) });
      }
    }
    writes.push({ key: LEGACY_TEAM_SETTINGS_KEY, value: null });
    // An old copy that could not be read stays where it is (nothing of it is lost).
    if (rawCache === null || view.pack) writes.push({ key: LEGACY_TEAM_CACHE_KEY, value: null });
    this.pending.push(...writes);
    return { record, view };
  }

  // ---- subscription ----

  getState = (): ContentState => this.state;

  private packsOf: { sources: readonly SourceView[]; packs: readonly LoadedPack[] } | null = null;

  /**
   * Every source's pack in use, in the order the sources were added (the merge order): the same
   * array until the sources change (a useSyncExternalStore snapshot).
   */
  loadedPacks = (): readonly LoadedPack[] => {
    if (this.packsOf?.sources !== this.state.sources) this.packsOf = { sources: this.state.sources, packs: loadedPacksOf(this.state.sources) };
    return this.packsOf.packs;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<ContentState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private updateSource(id: string, patch: Partial<SourceView>): void {
    this.set({ sources: this.state.sources.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  }

  // ---- writing ----

  private write(key: string, value: string | null): Bilingual | null {
    try {
      if (value === null) this.options.storage.removeItem(key);
      else this.options.storage.setItem(key, value);
      return null;
    } catch (error) {
      return storageFailure(error);
    }
  }

  /**
   * Writes what loading queued (backups of unreadable data, the migration of the old team
   * library). A failed migration is rolled back so the next start tries again from the old keys.
   */
  flushPending(): Bilingual | null {
    const writes = this.pending;
    this.pending = [];
    let failure: Bilingual | null = null;
    for (const { key, value } of writes) {
      const error = this.write(key, value);
      if (!error) continue;
      failure = error;
      if (this.state.migratedTeamUrl && (key === SOURCES_KEY || key.startsWith("report-composer:content-pack:"))) {
        this.write(SOURCES_KEY, null);
        for (const w of writes) if (w.key.startsWith("report-composer:content-pack:")) this.write(w.key, null);
        break;
      }
    }
    if (failure) this.set({ storageError: failure });
    return failure;
  }

  private saveRecords(): Bilingual | null {
    return this.write(SOURCES_KEY, serializeRecords(this.records));
  }

  /** Saves a source's copy (and the list); reports storage trouble, keeps the content in use. */
  private saveCopy(id: string, pack: Pack, fetchedAt: string): Bilingual | null {
    // A backup still queued for this key is written before the key is replaced.
    const queued = this.pending.filter((w) => w.key.startsWith(cacheKey(id)));
    this.pending = this.pending.filter((w) => !queued.includes(w));
    for (const w of queued) this.write(w.key, w.value);
    const copyError = this.write(cacheKey(id), serializeCache(pack, fetchedAt));
    // A URL is worth keeping without its copy (one click downloads it again); a file is not.
    const keepRecord = !copyError || this.records.find((r) => r.id === id)?.kind === "url";
    const error = copyError ?? (keepRecord ? this.saveRecords() : null);
    if (copyError && keepRecord) this.saveRecords();
    this.set({ storageError: error });
    return error;
  }

  // ---- actions ----

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Adds a team URL: downloads it, and keeps it only when the download gives a valid pack. */
  async addUrl(address: string): Promise<RefreshOutcome> {
    const url = address.trim();
    const existing = this.state.sources.find((s) => s.kind === "url" && s.url === url);
    if (existing) return this.refresh(existing.id);
    return this.download(url, null);
  }

  /** Downloads a URL source again. */
  async refresh(sourceId: string): Promise<RefreshOutcome> {
    const source = this.state.sources.find((s) => s.id === sourceId);
    if (!source || source.kind !== "url" || !source.url) {
      return { ok: false, kind: "refused", error: contentMessages.refreshOnlyUrl };
    }
    return this.download(source.url, sourceId);
  }

  /** Stops the download under way (the 取消 button). */
  cancel(): void {
    this.controller?.abort();
  }

  private busy(): RefreshOutcome {
    return {
      ok: false,
      kind: "busy",
      error: contentMessages.busy(this.state.running?.url),
    };
  }

  private async download(url: string, sourceId: string | null): Promise<RefreshOutcome> {
    // Checked and set before any await: a second Enter or click finds it taken.
    if (this.state.running) return this.busy();
    const problem = addressProblem(url, this.options.allowedOrigins, "https:");
    if (problem && !problem.ok) return { ok: false, kind: "refused", error: problem.error };
    const controller = new AbortController();
    this.controller = controller;
    this.set({ running: { url, sourceId } });
    try {
      const fetched = await fetchLimited(url, {
        maxBytes: MAX_PACK_BYTES,
        signal: controller.signal,
        // Word loads add-ins over https only; the http preview page stands in for it.
        pageProtocol: "https:",
        ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
        ...(this.options.allowedOrigins ? { allowedOrigins: this.options.allowedOrigins } : {}),
        ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      });
      if (!fetched.ok) return this.failed(sourceId, fetched.kind === "cancelled" ? "cancelled" : "failed", fetched.error);
      const parsed = parsePack(fetched.bytes);
      if (!parsed.ok) return this.failed(sourceId, "failed", parsed.error);
      const fetchedAt = this.now().toISOString();
      let id = sourceId;
      if (id === null) {
        id = urlSourceId(url);
        const record: SourceRecord = { id, kind: "url", url };
        this.records = [...this.records.filter((r) => r.id !== id), record];
        this.set({ sources: [...this.state.sources.filter((s) => s.id !== id), this.emptyView(record)] });
      }
      this.updateSource(id, { pack: parsed.pack, fetchedAt, error: null, cacheProblem: null });
      this.saveCopy(id, parsed.pack, fetchedAt);
      return { ok: true, sourceId: id, pack: parsed.pack, counts: packCounts(parsed.pack) };
    } finally {
      this.controller = null;
      this.set({ running: null });
    }
  }

  /** A failed download, said truthfully: what stays in use, if anything. */
  private failed(sourceId: string | null, kind: "failed" | "cancelled", reason: Bilingual): RefreshOutcome {
    const source = sourceId ? this.state.sources.find((s) => s.id === sourceId) : undefined;
    let error: Bilingual;
    if (!sourceId) {
      error = contentMessages.notAdded(reason);
    } else if (source?.pack && source.fetchedAt) {
      const when = formatStamp(source.fetchedAt);
      error = contentMessages.copyStaysInUse(reason, when);
    } else {
      error = contentMessages.neverDownloaded(reason);
    }
    if (sourceId) this.updateSource(sourceId, { error });
    return { ok: false, kind, error };
  }

  /** Imports a pack file; a pack already imported with the same id is replaced in place. */
  importFile(fileName: string, bytes: Uint8Array): ImportOutcome {
    const name = baseName(fileName);
    const parsed = parsePack(bytes, { snippetFileName: untranslated(name), snippetFileId: `file-${sourceTag(fileName)}`, origin: "file" });
    if (!parsed.ok) return { ok: false, error: contentMessages.notImported(parsed.error) };
    const pack = parsed.pack;
    const id = fileSourceId(pack.id);
    const record: SourceRecord = { id, kind: "file", fileName: fileName.replace(/^.*[\\/]/, "").slice(0, 200), packId: pack.id };
    const replaced = this.records.some((r) => r.id === id);
    this.records = replaced ? this.records.map((r) => (r.id === id ? record : r)) : [...this.records, record];
    const view: SourceView = { ...this.emptyView(record), pack, fetchedAt: this.now().toISOString() };
    this.set({ sources: replaced ? this.state.sources.map((s) => (s.id === id ? view : s)) : [...this.state.sources, view] });
    this.saveCopy(id, pack, view.fetchedAt!);
    return { ok: true, sourceId: id, pack, counts: packCounts(pack), replaced };
  }

  /** Removes a source and its stored copy (a download of it under way is cancelled first). */
  remove(sourceId: string): void {
    if (this.state.running?.sourceId === sourceId) this.cancel();
    this.records = this.records.filter((r) => r.id !== sourceId);
    this.set({ sources: this.state.sources.filter((s) => s.id !== sourceId) });
    const error = this.saveRecords() ?? this.write(cacheKey(sourceId), null);
    this.set({ storageError: error });
  }

  /** Forgets the storage message once it has been read. */
  dismissStorageError(): void {
    this.set({ storageError: null });
  }
}
