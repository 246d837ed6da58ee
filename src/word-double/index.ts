/**
 * In-memory Word runtime double: Word / Office / OfficeExtension globals over a DocumentModel,
 * with office-js load/sync semantics and per-platform requirement sets. See README.md.
 */
import { WordDocument } from "./api";
import { ErrorCodes, invalidArgument, OfficeError } from "./errors";
import {
  DocumentModel,
  toInitParagraph,
  type ContentControlRecord,
  type CustomXmlPartRecord,
  type FontProps,
  type ParagraphInit,
  type ParagraphNode,
  type ParagraphProps,
  type Run,
} from "./model";
import { modeProblems, resolveModes, type FidelityModes } from "./modes";
import { clearStats, emptyStats, type DoubleStats } from "./payload";
import { parsePlatformReport, type PlatformReport } from "./platformReport";
import { isSetSupported, PLATFORM_NAME, type PlatformProfile } from "./requirements";
import type { ChangeTrackingMode } from "./rich";
import type { PageSetupRecord } from "./sections";
import type { ParaFormat, StyleDef, StyleLocale } from "./styles";
import { ClientObject, ClientResult, RequestContext, type Env } from "./runtime";

export type { PlatformProfile } from "./requirements";
export type { FontProps, ParagraphInit, ParagraphProps, Run } from "./model";
export type { ParaFormat } from "./styles";
export type { StyleDef, StyleLocale } from "./styles";
export type { ChangeTrackingMode } from "./rich";
export { DocumentModel } from "./model";
export { OfficeError } from "./errors";
export { DEFAULT_MODES, PESSIMISTIC_MODES, modesFromEnvironment, resolveModes, type FidelityModes } from "./modes";
export { actionBytes, formatBytes, payloadSummary, type DoubleStats } from "./payload";
export { modesFromProbes, parsePlatformReport, PROBE_MODES, type PlatformReport } from "./platformReport";
export { applyPersonEdit, type PersonEdit } from "./person";

export interface DoubleOptions {
  /** Simulated host; default "windows". */
  profile?: PlatformProfile;
  paragraphs?: Array<string | ParagraphInit>;
  /** Default "zh-CN". */
  displayLanguage?: string;
  theme?: "light" | "dark";
  /** Simulated per-sync delay; default 0. */
  syncLatencyMs?: number;
  /** Simulated upload speed: each sync also waits its request bytes / this many ms. Default: none. */
  bytesPerMsLatency?: number;
  /** Reopen a document saved with `snapshot()`. */
  snapshot?: DocumentSnapshot;
  /** A platform report (platform-reports/*.json): its modes apply, under `modes`. */
  report?: PlatformReport;
  /** Fidelity modes (modes.ts); unset ones keep DEFAULT_MODES. */
  modes?: Partial<FidelityModes>;
  /** Language of the Word that made the document: its built-in style ids and names (styles.ts); default "en". */
  styleLocale?: StyleLocale;
  /** Sections after the first, each a change to the default page setup (a landscape appendix: `{ orientation: "Landscape" }`). */
  moreSections?: Array<Partial<PageSetupRecord>>;
  /** Text typed into the document after the given number of syncs, as a person would (model.onNextSync). */
  typeDuring?: { afterSyncs: number; paragraph: number; text: string; offset?: number };
}

/** A "saved file": everything that survives closing and reopening the document. */
export interface DocumentSnapshot {
  paragraphs: Array<{ props: ParagraphProps; markFont: FontProps; runs: Run[] }>;
  contentControls: Array<Omit<ContentControlRecord, "hint">>;
  customXmlParts: CustomXmlPartRecord[];
  /** Custom document properties (absent in snapshots taken before they were modelled). */
  customProperties?: Array<[string, unknown]>;
  settings: Array<[string, unknown]>;
  officeSettings: Record<string, unknown>;
  /** Style definitions and each paragraph's style id and direct formatting (absent in older snapshots). */
  styles?: { locale: StyleLocale; defs: StyleDef[]; paragraphs: Array<{ styleId: string; direct: Partial<ParaFormat>; markDirect: Partial<FontProps> }> };
  /** Bookmarks and comments (paragraph index + offset), page setup and Track Changes. */
  rich?: {
    bookmarks: Array<{ name: string; start: [number, number]; end: [number, number] }>;
    comments: Array<{ id: string; content: string; start: [number, number]; end: [number, number] }>;
    pageSetup: PageSetupRecord;
    /** Sections after the first (absent in older snapshots). */
    moreSections?: PageSetupRecord[];
    changeTrackingMode: ChangeTrackingMode;
  };
}

export interface WordDouble {
  Word: any;
  Office: any;
  OfficeExtension: any;
  /** Puts Word/Office/OfficeExtension on globalThis (or target); returns an uninstall function. */
  install(target?: any): () => void;
  model: DocumentModel;
  stats: DoubleStats;
  /** The fidelity modes in force. */
  modes: Readonly<FidelityModes>;
  resetStats(): void;
  /** Called after every sync that changed the document. */
  subscribe(listener: () => void): () => void;
  snapshot(): DocumentSnapshot;
  /**
   * Makes Word fail at a queued operation: the one after `afterOps` more operations (loads count)
   * of the coming syncs, with `code` (default GeneralException). The operations before it stay
   * applied, as in Word; the fault fires once.
   */
  injectFault(afterOps: number, code?: string): void;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", themeId: 2, isDarkTheme: false },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3B3B3B", controlForegroundColor: "#FFFFFF", themeId: 4, isDarkTheme: true },
};

const WORD_ENUMS = {
  InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
  RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
  Alignment: { mixed: "Mixed", unknown: "Unknown", left: "Left", centered: "Centered", right: "Right", justified: "Justified" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  StyleType: { character: "Character", list: "List", paragraph: "Paragraph", table: "Table" },
  ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  UnderlineType: { mixed: "Mixed", none: "None", hidden: "Hidden", dotLine: "DotLine", single: "Single", word: "Word", double: "Double", thick: "Thick", wave: "Wave" },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
  LocationRelation: {
    unrelated: "Unrelated", equal: "Equal", containsStart: "ContainsStart", containsEnd: "ContainsEnd", contains: "Contains",
    insideStart: "InsideStart", insideEnd: "InsideEnd", inside: "Inside", adjacentBefore: "AdjacentBefore", overlapsBefore: "OverlapsBefore",
    before: "Before", adjacentAfter: "AdjacentAfter", overlapsAfter: "OverlapsAfter", after: "After",
  },
  ErrorCodes: {
    accessDenied: "AccessDenied", generalException: "GeneralException", invalidArgument: "InvalidArgument", itemNotFound: "ItemNotFound",
    notAllowed: "NotAllowed", notImplemented: "NotImplemented", searchDialogIsOpen: "SearchDialogIsOpen", searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  },
};

function builtInStyleEnum(): Record<string, string> {
  const e: Record<string, string> = { other: "Other", normal: "Normal", title: "Title", subtitle: "Subtitle", listParagraph: "ListParagraph", quote: "Quote", caption: "Caption", header: "Header", footer: "Footer", footnoteText: "FootnoteText", noSpacing: "NoSpacing" };
  for (let i = 1; i <= 9; i++) {
    e[`heading${i}`] = `Heading${i}`;
    e[`toc${i}`] = `Toc${i}`;
  }
  return e;
}

/** Office.context.diagnostics.version per profile (volume-licensed 2016: two four-digit blocks). */
const DIAGNOSTICS_VERSION: Record<PlatformProfile, string> = {
  web: "16.0.19000.20000",
  windows: "16.0.19000.20000",
  office2019: "16.0.10827.20181",
  office2016: "16.0.5197.1000",
};

/** Creates a fresh double (its own document, stats and globals). */
export function createWordDouble(options: DoubleOptions = {}): WordDouble {
  const profile = options.profile ?? "windows";
  const model = new DocumentModel((options.paragraphs ?? []).map(toInitParagraph), { styleLocale: options.snapshot?.styles?.locale ?? options.styleLocale });
  for (const more of options.moreSections ?? []) {
    const setup = { ...model.pageSetup, ...more };
    if (more.orientation === "Landscape" && more.pageWidth === undefined) [setup.pageWidth, setup.pageHeight] = [model.pageSetup.pageHeight, model.pageSetup.pageWidth];
    model.moreSections.push(setup);
  }
  if (options.typeDuring) {
    const t = options.typeDuring;
    model.onNextSync((m) => m.typeText(t.paragraph, t.text, t.offset), t.afterSyncs);
  }
  const listeners = new Set<() => void>();
  const env: Env = {
    model,
    profile,
    stats: emptyStats(),
    modes: Object.freeze(resolveModes(options.report ? parsePlatformReport(options.report).modes : undefined, checkedModes(options.modes))),
    syncLatencyMs: options.syncLatencyMs ?? 0,
    bytesPerMsLatency: options.bytesPerMsLatency,
    active: [],
    notify: () => listeners.forEach((l) => l()),
  };
  if (options.snapshot) restore(model, options.snapshot);
  let officeSettings: Record<string, unknown> = clone(model.savedOfficeSettings);

  /** Mode personEditsBetweenSyncs: the person types at the end of the document and presses Enter at the end of the first paragraph. */
  function personEdits(m: DocumentModel): void {
    m.typeText(m.paragraphs.length - 1, "（补）");
    const first = m.paragraphs[0];
    if (first) m.splitParagraph(first, first.length);
  }

  /** Word.run(batch) or Word.run(trackedObject(s), batch). Does a final sync if ops are pending. */
  async function run(a: unknown, b?: unknown): Promise<unknown> {
    const batch = (typeof a === "function" ? a : b) as (ctx: RequestContext) => unknown;
    if (typeof batch !== "function") throw invalidArgument("batch", "Word.run");
    const objects = typeof a === "function" ? [] : Array.isArray(a) ? a : [a];
    const ctx = new RequestContext(env, (c) => new WordDocument(c));
    // Changes "typed" between round trips (model.onNextSync) happen after a sync completes.
    const sync = ctx.sync.bind(ctx);
    ctx.sync = async <T>(passThrough?: T) => {
      try {
        return await sync(passThrough);
      } finally {
        const before = model.version;
        model.afterSync();
        if (env.modes.personEditsBetweenSyncs === "type-and-enter") personEdits(model);
        if (model.version !== before) env.notify();
      }
    };
    env.active.push(ctx);
    // Only tracked objects follow into the new run; untracked ones keep failing with InvalidObjectPath.
    for (const o of objects) if (o instanceof ClientObject && o._tracked) o._rebind(ctx);
    try {
      const result = await batch(ctx);
      if (ctx._queue.length) await ctx.sync();
      return result;
    } finally {
      ctx._finish();
    }
  }

  const Word = {
    run,
    RequestContext,
    ...WORD_ENUMS,
    BuiltInStyleName: builtInStyleEnum(),
    Style: builtInStyleEnum(),
  };

  const settingsApi = {
    get: (name: string) => (name in officeSettings ? clone(officeSettings[name]) : null),
    set: (name: string, value: unknown) => {
      officeSettings[name] = clone(value);
    },
    remove: (name: string) => {
      delete officeSettings[name];
    },
    saveAsync: (opts?: unknown, cb?: (r: unknown) => void) => {
      const callback = (typeof opts === "function" ? opts : cb) as ((r: unknown) => void) | undefined;
      const asyncContext = typeof opts === "object" && opts ? (opts as { asyncContext?: unknown }).asyncContext : undefined;
      setTimeout(() => {
        model.savedOfficeSettings = clone(officeSettings);
        callback?.({ status: "succeeded", value: undefined, error: null, asyncContext });
      }, 0);
    },
    refreshAsync: (cb?: (r: unknown) => void) => {
      setTimeout(() => {
        officeSettings = clone(model.savedOfficeSettings);
        cb?.({ status: "succeeded", value: settingsApi, error: null });
      }, 0);
    },
  };

  const platform = PLATFORM_NAME[profile];
  const Office = {
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Word", platform };
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
    context: {
      host: "Word",
      platform,
      displayLanguage: options.displayLanguage ?? "zh-CN",
      contentLanguage: options.displayLanguage ?? "zh-CN",
      officeTheme: { ...THEMES[options.theme ?? "light"] },
      requirements: { isSetSupported: (name: string, version?: string | number) => isSetSupported(profile, name, version) },
      diagnostics: { host: "Word", platform, version: DIAGNOSTICS_VERSION[profile] },
      document: { settings: settingsApi },
    },
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };

  const OfficeExtension = {
    Error: OfficeError,
    ErrorCodes: { ...ErrorCodes, valueNotLoaded: "ValueNotLoaded" },
    ClientResult,
    ClientRequestContext: RequestContext,
  };

  const double: WordDouble = {
    Word,
    Office,
    OfficeExtension,
    model,
    stats: env.stats,
    modes: env.modes,
    install(target: any = globalThis) {
      const keys = ["Word", "Office", "OfficeExtension"] as const;
      const had = keys.map((k) => [k, Object.prototype.hasOwnProperty.call(target, k), target[k]] as const);
      target.Word = Word;
      target.Office = Office;
      target.OfficeExtension = OfficeExtension;
      return () => {
        for (const [k, present, value] of had) {
          if (present) target[k] = value;
          else delete target[k];
        }
      };
    },
    resetStats() {
      clearStats(env.stats);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => takeSnapshot(model),
    injectFault(afterOps, code = "GeneralException") {
      env.fault = { opsLeft: Math.max(0, afterOps), code };
    },
  };
  return double;
}

/** Modes as given, after checking every value (a typo must not silently run the kind double). */
function checkedModes(modes: Partial<FidelityModes> | undefined): Partial<FidelityModes> | undefined {
  const problems = modes ? modeProblems(modes) : [];
  if (problems.length) throw new TypeError(`Word double modes: ${problems.join("; ")}`);
  return modes;
}

function takeSnapshot(model: DocumentModel): DocumentSnapshot {
  const at = (a: { para: ParagraphNode; offset: number }): [number, number] => [model.indexOf(a.para), a.offset];
  return clone({
    paragraphs: model.paragraphs.map((p) => {
      const props = {} as Record<string, unknown>;
      for (const k of ["style", "styleBuiltIn", "alignment", "firstLineIndent", "firstLineChars", "leftIndent", "lineSpacing", "lineRule", "spaceBefore", "spaceAfter", "outlineLevel", "inTable"]) {
        props[k] = (p as unknown as Record<string, unknown>)[k];
      }
      return { props: props as unknown as ParagraphProps, markFont: p.markFont, runs: p.runs };
    }),
    contentControls: [...model.contentControls.values()].map(({ hint: _hint, ...rest }) => rest),
    customXmlParts: model.customXmlParts,
    customProperties: [...model.customProperties.entries()],
    settings: [...model.settings.entries()],
    officeSettings: model.savedOfficeSettings,
    styles: {
      locale: model.styles.locale,
      defs: model.styles.all(),
      paragraphs: model.paragraphs.map((p) => ({ styleId: p.styleId, direct: p.direct, markDirect: p.markDirect })),
    },
    rich: {
      bookmarks: model.rich.bookmarks.map((b) => ({ name: b.name, start: at(b.start), end: at(b.end) })),
      comments: model.rich.comments.map((c) => ({ id: c.id, content: c.content, start: at(c.start), end: at(c.end) })),
      pageSetup: model.pageSetup,
      moreSections: model.moreSections,
      changeTrackingMode: model.changeTrackingMode,
    },
  });
}

function restore(model: DocumentModel, snap: DocumentSnapshot): void {
  const s = clone(snap);
  if (s.styles) for (const def of s.styles.defs) model.styles.add(def);
  model.replaceAll(s.paragraphs.map((p, i) => ({ text: "", props: p.props, font: p.markFont, runs: p.runs, ...s.styles?.paragraphs[i] })));
  for (const cc of s.contentControls) model.newControl(cc);
  model.customXmlParts = s.customXmlParts;
  model.customProperties = new Map(s.customProperties ?? []);
  model.settings = new Map(s.settings);
  model.savedOfficeSettings = s.officeSettings;
  if (s.rich) {
    const pos = ([i, offset]: [number, number]) => ({ para: model.paragraphs[i]!, offset });
    for (const b of s.rich.bookmarks) if (model.paragraphs[b.start[0]] && model.paragraphs[b.end[0]]) model.addBookmark(b.name, pos(b.start), pos(b.end));
    for (const c of s.rich.comments) if (model.paragraphs[c.start[0]] && model.paragraphs[c.end[0]]) model.addComment(c.content, pos(c.start), pos(c.end), c.id);
    model.pageSetup = s.rich.pageSetup;
    model.moreSections = s.rich.moreSections ?? [];
    model.changeTrackingMode = s.rich.changeTrackingMode;
  }
}
