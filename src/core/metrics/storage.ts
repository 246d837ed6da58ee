/**
 * This year's and last year's values, stored in the document as a small custom XML part.
 * Hand-written (de)serialiser: src/core must not depend on DOM APIs.
 */

export const METRICS_NAMESPACE = "urn:report-composer:metrics:v1";

export interface StoredValues {
  year?: string;
  /** This year's value per group. */
  values: Record<string, string>;
  /** Last year's value per group. */
  previous: Record<string, string>;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

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

/** Serialise stored values to an XML document whose root is in METRICS_NAMESPACE. */
export function serializeStoredValues(state: StoredValues): string {
  const attrs = [`xmlns="${METRICS_NAMESPACE}"`, `version="1"`];
  if (state.year !== undefined) attrs.push(`year="${escapeAttr(state.year)}"`);
  attrs.push(`updatedAt="${escapeAttr(state.updatedAt)}"`);
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<metrics ${attrs.join(" ")}>`];
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

/** Decode entity references; null on an unknown or malformed one. */
function decode(s: string): string | null {
  let bad = false;
  const out = s.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) {
      bad = true;
      return "";
    }
    if (name.startsWith("#x") || name.startsWith("#X")) {
      const code = Number.parseInt(name.slice(2), 16);
      if (!Number.isFinite(code) || code > 0x10ffff || !/^[0-9a-fA-F]+$/.test(name.slice(2))) bad = true;
      return bad ? "" : String.fromCodePoint(code);
    }
    if (name.startsWith("#")) {
      const code = Number(name.slice(1));
      if (!/^\d+$/.test(name.slice(1)) || code > 0x10ffff) bad = true;
      return bad ? "" : String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[name];
    if (named === undefined) bad = true;
    return named ?? "";
  });
  return bad ? null : out;
}

function parseAttributes(s: string): Map<string, string> | null {
  const attrs = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  let rest = s;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const value = decode(m[2] ?? m[3] ?? "");
    if (value === null) return null;
    attrs.set(m[1] ?? "", value);
    rest = rest.replace(m[0], "");
  }
  return /^[\s/]*$/.test(rest) ? attrs : null;
}

/** Text content of an element: entities and CDATA sections decoded; null if it holds markup. */
function elementText(inner: string): string | null {
  let out = "";
  let i = 0;
  while (i < inner.length) {
    const cdata = inner.indexOf("<![CDATA[", i);
    const chunkEnd = cdata >= 0 ? cdata : inner.length;
    const chunk = inner.slice(i, chunkEnd);
    if (chunk.includes("<")) return null;
    const decoded = decode(chunk);
    if (decoded === null) return null;
    out += decoded;
    if (cdata < 0) break;
    const close = inner.indexOf("]]>", cdata);
    if (close < 0) return null;
    out += inner.slice(cdata + 9, close);
    i = close + 3;
  }
  return out;
}

/**
 * Parse XML written by serializeStoredValues (or re-serialised by Word: any prefix, quotes,
 * whitespace). Anything else — garbage, another namespace, broken markup — gives null.
 */
export function parseStoredValues(xml: string): StoredValues | null {
  if (typeof xml !== "string") return null;
  const body = xml
    .replace(/^\uFEFF/, "")
    .replace(/<\?[\s\S]*?\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim();
  const open = /^<(?:([A-Za-z_][\w.-]*):)?metrics(\s[^>]*?)?(\/?)>/.exec(body);
  if (!open) return null;
  const prefix = open[1];
  const attrs = parseAttributes(open[2] ?? "");
  if (!attrs) return null;
  if (attrs.get(prefix ? `xmlns:${prefix}` : "xmlns") !== METRICS_NAMESPACE) return null;

  const values: Array<[string, string]> = [];
  const previous: Array<[string, string]> = [];
  if (open[3] !== "/") {
    const q = prefix ? `${prefix}:` : "";
    const closeTag = `</${q}metrics>`;
    if (!body.endsWith(closeTag)) return null;
    let inner = body.slice(open[0].length, body.length - closeTag.length);
    const child = new RegExp(`^\\s*<${q}(value|previous)(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${q}\\1\\s*>)`);
    for (;;) {
      if (/^\s*$/.test(inner)) break;
      const m = child.exec(inner);
      if (!m) return null;
      const childAttrs = parseAttributes(m[2] ?? "");
      const group = childAttrs?.get("group");
      const text = elementText(m[3] ?? "");
      if (group === undefined || text === null) return null;
      (m[1] === "value" ? values : previous).push([group, text]);
      inner = inner.slice(m[0].length);
    }
  }
  const state: StoredValues = {
    values: Object.fromEntries(values),
    previous: Object.fromEntries(previous),
    updatedAt: attrs.get("updatedAt") ?? "",
  };
  const year = attrs.get("year");
  if (year !== undefined) state.year = year;
  return state;
}

/**
 * 结转下一年: this year's values become last year's, this year's are cleared, the year goes up
 * by one. Groups in `keepGroups` (names, which do not change by year) keep their value.
 */
export function carryOver(state: StoredValues, options: { now?: string; keepGroups?: Iterable<string> } = {}): StoredValues {
  const keep = new Set(options.keepGroups ?? []);
  const values: Array<[string, string]> = Object.entries(state.values).filter(([g]) => keep.has(g));
  const next: StoredValues = {
    values: Object.fromEntries(values),
    previous: { ...state.values },
    updatedAt: options.now ?? new Date().toISOString(),
  };
  if (state.year !== undefined) {
    next.year = /^\d+$/.test(state.year.trim()) ? String(Number(state.year) + 1) : state.year;
  }
  return next;
}
