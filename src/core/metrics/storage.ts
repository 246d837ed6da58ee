/**
 * This year's and last year's values, stored in the document as a small custom XML part (or the
 * same XML in Office document settings), and the keys under which the form keeps them.
 * Hand-written (de)serialiser: src/core must not depend on DOM APIs. The parser reads every
 * format written so far (with or without an XML declaration, any prefix or quotes, CDATA) in one
 * linear pass and refuses oversized or over-long input instead of working through it.
 */

export const METRICS_NAMESPACE = "urn:report-composer:metrics:v1";

export interface StoredValues {
  year?: string;
  /** This year's value per group (and the form's own keys: split:, merge:, growth:). */
  values: Record<string, string>;
  /** Last year's value per group. */
  previous: Record<string, string>;
  /** ISO timestamp of the last change (the newer of the XML part and the settings wins). */
  updatedAt: string;
}

/** Key marking one placeholder split out of its group; the split field's value is kept under it. */
export const splitKey = (placeholderId: string): string => `split:${placeholderId}`;
/** Key recording that the scan's group `group` was merged into the group stored as its value. */
export const mergeKey = (group: string): string => `merge:${group}`;
/** Key of a growth field's own this-year figure (last year's sits under the same key in `previous`). */
export const growthKey = (group: string): string => `growth:${group}`;

/**
 * Key of a 数据核对 finding dismissed for this document (its dismissKey); the value is when. Kept
 * among the values so that a part written before dismissals existed, or read by an earlier
 * version, stays valid.
 */
export const dismissedKey = (findingKey: string): string => `dismissed:${findingKey}`;

/** Keys that describe the form (groupings, growth inputs, dismissals) rather than a field's value. */
export function isFormKey(key: string): boolean {
  return key.startsWith("split:") || key.startsWith("merge:") || key.startsWith("growth:") || key.startsWith("dismissed:");
}

/** The 数据核对 findings dismissed in this document (their keys). */
export function dismissedFindings(state: StoredValues | null): string[] {
  if (!state) return [];
  return Object.keys(state.values)
    .filter((key) => key.startsWith("dismissed:"))
    .map((key) => key.slice("dismissed:".length));
}

/** `state` (or a new one) with one more finding dismissed. */
export function withDismissal(state: StoredValues | null, findingKey: string, now: string): StoredValues {
  const base: StoredValues = state ?? { values: {}, previous: {}, updatedAt: now };
  return { ...base, values: { ...base.values, [dismissedKey(findingKey)]: now }, updatedAt: now };
}

/** `state` with one field's value set (以文档为准: the form takes the document's figure). */
export function withFieldValue(state: StoredValues | null, group: string, value: string, now: string): StoredValues {
  const base: StoredValues = state ?? { values: {}, previous: {}, updatedAt: now };
  return { ...base, values: { ...base.values, [group]: value }, updatedAt: now };
}

/** The form's figures as 数据核对 reads them: each field's value and last year's. */
export function formFiguresOf(state: StoredValues | null): Array<{ group: string; value?: string; previous?: string }> {
  if (!state) return [];
  const out: Array<{ group: string; value?: string; previous?: string }> = [];
  const groups = new Set([...Object.keys(state.values), ...Object.keys(state.previous)].filter((key) => key.startsWith("field:")));
  for (const group of groups) {
    const entry: { group: string; value?: string; previous?: string } = { group };
    const value = state.values[group];
    const previous = state.previous[group];
    if (value) entry.value = value;
    if (previous) entry.previous = previous;
    out.push(entry);
  }
  return out;
}

/** Beyond these the XML is not ours (a real report keeps a few hundred values). */
export const MAX_STORED_CHARS = 2_000_000;
export const MAX_STORED_ENTRIES = 20_000;
const MAX_ATTRIBUTES = 16;

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(s: string): string {
  return s
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/**
 * Serialise stored values to an XML document whose root is in METRICS_NAMESPACE. No XML
 * declaration: Word on some hosts rejects a part that starts with one (office-js #1643).
 */
export function serializeStoredValues(state: StoredValues): string {
  const attrs = [`xmlns="${METRICS_NAMESPACE}"`, `version="1"`];
  if (state.year !== undefined) attrs.push(`year="${escapeAttr(state.year)}"`);
  attrs.push(`updatedAt="${escapeAttr(state.updatedAt)}"`);
  const lines = [`<metrics ${attrs.join(" ")}>`];
  for (const [group, value] of Object.entries(state.values)) {
    lines.push(`  <value group="${escapeAttr(group)}">${escapeText(value)}</value>`);
  }
  for (const [group, value] of Object.entries(state.previous)) {
    lines.push(`  <previous group="${escapeAttr(group)}">${escapeText(value)}</previous>`);
  }
  lines.push(`</metrics>`);
  return lines.join("\n");
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

// An entity reference's name: up to the next ';', '&' or white space.
const ENTITY_NAME = /[^;&\s]*/y;

/**
 * Decode entity references; null on an unknown or malformed one. A forward scan (indexOf and a
 * sticky match per reference), stopping at the first bad one: a string.replace with a callback
 * was 2–10× slower on a 2 MB part made of references, and went on past a bad one.
 */
function decode(s: string): string | null {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let pos = 0;
  while (amp >= 0) {
    out += s.slice(pos, amp);
    ENTITY_NAME.lastIndex = amp + 1;
    ENTITY_NAME.exec(s);
    const end = ENTITY_NAME.lastIndex;
    if (s[end] !== ";") return null;
    const name = s.slice(amp + 1, end);
    let code: number | undefined;
    if (name[0] === "#") {
      if (/^#[xX][0-9a-fA-F]{1,6}$/.test(name)) code = Number.parseInt(name.slice(2), 16);
      else if (/^#\d{1,7}$/.test(name)) code = Number(name.slice(1));
    }
    if (code !== undefined) {
      if (code > 0x10ffff) return null;
      out += String.fromCodePoint(code);
    } else {
      const named = NAMED_ENTITIES[name];
      if (named === undefined) return null;
      out += named;
    }
    pos = end + 1;
    amp = s.indexOf("&", pos);
  }
  return out + s.slice(pos);
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[\w.:-]/;
const isSpace = (c: string | undefined): boolean => c === " " || c === "\n" || c === "\r" || c === "\t";

/** A cursor over the XML text; every method moves forward only, so parsing is linear. */
class Reader {
  pos = 0;
  constructor(readonly s: string) {}

  skipSpace(): void {
    while (isSpace(this.s[this.pos])) this.pos++;
  }

  /** Skips whitespace, comments and processing instructions (an XML declaration). */
  skipMisc(): boolean {
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith("<!--", this.pos)) {
        const end = this.s.indexOf("-->", this.pos + 4);
        if (end < 0) return false;
        this.pos = end + 3;
      } else if (this.s.startsWith("<?", this.pos)) {
        const end = this.s.indexOf("?>", this.pos + 2);
        if (end < 0) return false;
        this.pos = end + 2;
      } else return true;
    }
  }

  name(): string | null {
    const from = this.pos;
    if (!NAME_START.test(this.s[this.pos] ?? "")) return null;
    while (NAME_CHAR.test(this.s[this.pos] ?? "")) this.pos++;
    return this.s.slice(from, this.pos);
  }

  /** A start tag at the cursor: its name, attributes, and whether it closes itself. */
  startTag(): { name: string; attrs: Map<string, string>; empty: boolean } | null {
    if (this.s[this.pos] !== "<") return null;
    this.pos++;
    const name = this.name();
    if (!name) return null;
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = isSpace(this.s[this.pos]);
      this.skipSpace();
      if (this.s.startsWith("/>", this.pos)) {
        this.pos += 2;
        return { name, attrs, empty: true };
      }
      if (this.s[this.pos] === ">") {
        this.pos++;
        return { name, attrs, empty: false };
      }
      if (!hadSpace || attrs.size >= MAX_ATTRIBUTES) return null;
      const key = this.name();
      if (!key || attrs.has(key)) return null;
      this.skipSpace();
      if (this.s[this.pos] !== "=") return null;
      this.pos++;
      this.skipSpace();
      const quote = this.s[this.pos];
      if (quote !== '"' && quote !== "'") return null;
      const end = this.s.indexOf(quote, this.pos + 1);
      if (end < 0) return null;
      const raw = this.s.slice(this.pos + 1, end);
      if (raw.includes("<")) return null;
      const value = decode(raw);
      if (value === null) return null;
      attrs.set(key, value);
      this.pos = end + 1;
    }
  }

  /** `</name>` at the cursor (whitespace allowed before the `>`). */
  endTag(name: string): boolean {
    const open = `</${name}`;
    if (!this.s.startsWith(open, this.pos)) return false;
    this.pos += open.length;
    this.skipSpace();
    if (this.s[this.pos] !== ">") return false;
    this.pos++;
    return true;
  }

  /** Text content up to `</name>`: entities and CDATA decoded; null if it holds markup. */
  textUntilEnd(name: string): string | null {
    let out = "";
    for (;;) {
      const lt = this.s.indexOf("<", this.pos);
      if (lt < 0) return null;
      const decoded = decode(this.s.slice(this.pos, lt));
      if (decoded === null) return null;
      out += decoded;
      this.pos = lt;
      if (this.s.startsWith("<![CDATA[", lt)) {
        const close = this.s.indexOf("]]>", lt + 9);
        if (close < 0) return null;
        out += this.s.slice(lt + 9, close);
        this.pos = close + 3;
        continue;
      }
      return this.endTag(name) ? out : null;
    }
  }
}

/**
 * Parse XML written by serializeStoredValues (now or by earlier versions, or re-serialised by
 * Word: any prefix, quotes, whitespace, declaration, comments, CDATA). Anything else — garbage,
 * another namespace, broken markup, more than MAX_STORED_CHARS or MAX_STORED_ENTRIES — gives null.
 */
export function parseStoredValues(xml: string): StoredValues | null {
  if (typeof xml !== "string" || xml.length > MAX_STORED_CHARS) return null;
  const r = new Reader(xml.startsWith("\uFEFF") ? xml.slice(1) : xml);
  if (!r.skipMisc()) return null;
  const root = r.startTag();
  if (!root) return null;
  const colon = root.name.indexOf(":");
  const prefix = colon >= 0 ? root.name.slice(0, colon) : "";
  if ((colon >= 0 ? root.name.slice(colon + 1) : root.name) !== "metrics") return null;
  if (root.attrs.get(prefix ? `xmlns:${prefix}` : "xmlns") !== METRICS_NAMESPACE) return null;

  const q = prefix ? `${prefix}:` : "";
  const values: Array<[string, string]> = [];
  const previous: Array<[string, string]> = [];
  if (!root.empty) {
    for (;;) {
      if (!r.skipMisc()) return null;
      if (r.endTag(root.name)) break;
      const child = r.startTag();
      if (!child || (child.name !== `${q}value` && child.name !== `${q}previous`)) return null;
      const group = child.attrs.get("group");
      if (group === undefined) return null;
      const text = child.empty ? "" : r.textUntilEnd(child.name);
      if (text === null) return null;
      (child.name === `${q}value` ? values : previous).push([group, text]);
      if (values.length + previous.length > MAX_STORED_ENTRIES) return null;
    }
  }
  if (!r.skipMisc() || r.pos !== r.s.length) return null;
  const state: StoredValues = {
    values: Object.fromEntries(values),
    previous: Object.fromEntries(previous),
    updatedAt: root.attrs.get("updatedAt") ?? "",
  };
  const year = root.attrs.get("year");
  if (year !== undefined) state.year = year;
  return state;
}

/**
 * 结转下一年: this year's values become last year's, this year's are cleared, the year goes up
 * by one. Groups in `keepGroups` (names, which do not change by year) keep their value, and so
 * do the person's groupings (split:, merge:); a growth field's this-year figure becomes last year's.
 */
export function carryOver(state: StoredValues, options: { now?: string; keepGroups?: Iterable<string> } = {}): StoredValues {
  const keep = new Set(options.keepGroups ?? []);
  const values: Record<string, string> = {};
  const previous: Record<string, string> = { ...state.previous };
  for (const [key, value] of Object.entries(state.values)) {
    if (key.startsWith("dismissed:")) continue; // a new year's figures are checked afresh
    if (key.startsWith("merge:")) {
      values[key] = value;
      continue;
    }
    if (key.startsWith("split:")) values[key] = keep.has(key) ? value : "";
    else if (keep.has(key)) values[key] = value;
    if (value !== "") previous[key] = value;
  }
  const next: StoredValues = { values, previous, updatedAt: options.now ?? new Date().toISOString() };
  if (state.year !== undefined) {
    next.year = /^\d+$/.test(state.year.trim()) ? String(Number(state.year) + 1) : state.year;
  }
  return next;
}
