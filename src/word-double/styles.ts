/**
 * The document's style definitions (w:styles): paragraph and character styles, each with an id
 * (what `w:pStyle`/`w:rStyle` refer to), a localized name (what `paragraph.style` takes and
 * returns, word.paragraph#style: "Use this property for custom styles and localized style names"),
 * a built-in identity (what `styleBuiltIn` takes, locale-independent), `basedOn`, run properties
 * and paragraph properties. Effective formatting is resolved through the basedOn chain.
 *
 * Built-ins depend on the language of the Word that created the document (word-api.md "Styled text
 * and Chinese fonts": Chinese Word's ids differ, "1", "a3"): `styleLocale` "zh" gives Chinese
 * Word's ids and names (正文/a, 标题 1/1 …, 标题/a3), "en" English Word's (Normal, Heading1, Title).
 * The figures of the built-ins approximate Word's defaults; tests should assert behaviour, not them.
 */

export interface FontProps {
  name: string;
  nameFarEast: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  /** Word.UnderlineType "Single", "Double" … ([WordApi 1.1] font.underline); absent = "None". */
  underline?: string;
  /** Highlight colour ([WordApi 1.1] font.highlightColor); absent = none (reads null). */
  highlightColor?: string;
}

export type LineRule = "multiple" | "exact" | "atLeast";

/** Paragraph properties a style (or direct formatting) can carry. */
export interface ParaFormat {
  alignment: string;
  firstLineIndent: number;
  /** Character-unit first-line indent (w:firstLineChars, hundredths of a character), OOXML only. */
  firstLineChars?: number;
  leftIndent: number;
  rightIndent: number;
  /** Character-unit right indent (w:rightChars), OOXML only: 右空二字 = 200. */
  rightChars?: number;
  /** Points; with lineRule "multiple", 12 = single (office-js #2296). */
  lineSpacing: number;
  lineRule: LineRule;
  spaceBefore: number;
  spaceAfter: number;
  /** 1–9; undefined = body text. */
  outlineLevel?: number;
  /** w:snapToGrid; false keeps an exact line from snapping to the document grid (review A.12). */
  snapToGrid: boolean;
}

export const PARA_FORMAT_KEYS: Array<keyof ParaFormat> = [
  "alignment", "firstLineIndent", "firstLineChars", "leftIndent", "rightIndent", "rightChars",
  "lineSpacing", "lineRule", "spaceBefore", "spaceAfter", "outlineLevel", "snapToGrid",
];

export const FONT_KEYS: Array<keyof FontProps> = ["name", "nameFarEast", "size", "bold", "italic", "color", "underline", "highlightColor"];

export type StyleType = "Paragraph" | "Character";
export type StyleLocale = "en" | "zh";

export interface StyleDef {
  id: string;
  /** Localized name, as Word shows it (Style.nameLocal). */
  name: string;
  type: StyleType;
  /** Word.BuiltInStyleName value ("Heading1" …), or null for a custom style. */
  builtIn: string | null;
  /** Id of the style this one is based on. */
  basedOn: string | null;
  font: Partial<FontProps>;
  paragraph: Partial<ParaFormat>;
}

/** Formatting of text with no style at all (w:docDefaults). */
export const DOC_DEFAULT_FONT: FontProps = { name: "Calibri", nameFarEast: "等线", size: 10.5, bold: false, italic: false, color: "#000000" };
export const DOC_DEFAULT_PARAGRAPH: ParaFormat = {
  alignment: "Left", firstLineIndent: 0, leftIndent: 0, rightIndent: 0, lineSpacing: 12, lineRule: "multiple",
  spaceBefore: 0, spaceAfter: 0, snapToGrid: true,
};

/** Canonical (w:name) names of built-ins, as stored in styles.xml whatever the UI language. */
const CANONICAL: Record<string, string> = {
  Normal: "Normal", Title: "Title", Subtitle: "Subtitle", ListParagraph: "List Paragraph", Quote: "Quote", IntenseQuote: "Intense Quote",
  Caption: "caption", Header: "header", Footer: "footer", FootnoteText: "footnote text", EndnoteText: "endnote text", NoSpacing: "No Spacing",
  DefaultParagraphFont: "Default Paragraph Font", Hyperlink: "Hyperlink", FootnoteReference: "footnote reference", Strong: "Strong", Emphasis: "Emphasis",
};
const ENGLISH: Record<string, string> = {
  Normal: "Normal", Title: "Title", Subtitle: "Subtitle", ListParagraph: "List Paragraph", Quote: "Quote", IntenseQuote: "Intense Quote",
  Caption: "Caption", Header: "Header", Footer: "Footer", FootnoteText: "Footnote Text", EndnoteText: "Endnote Text", NoSpacing: "No Spacing",
  DefaultParagraphFont: "Default Paragraph Font", Hyperlink: "Hyperlink", FootnoteReference: "Footnote Reference", Strong: "Strong", Emphasis: "Emphasis",
  TableOfAuthorities: "Table of Authorities",
};
const CHINESE: Record<string, string> = {
  Normal: "正文", Title: "标题", Subtitle: "副标题", ListParagraph: "列表段落", Quote: "引用", IntenseQuote: "明显引用", Caption: "题注",
  Header: "页眉", Footer: "页脚", FootnoteText: "脚注文本", EndnoteText: "尾注文本", NoSpacing: "无间隔", DefaultParagraphFont: "默认段落字体",
  Hyperlink: "超链接", FootnoteReference: "脚注引用", Strong: "要点", Emphasis: "强调",
};
for (let i = 1; i <= 9; i++) {
  CANONICAL[`Heading${i}`] = `heading ${i}`;
  ENGLISH[`Heading${i}`] = `Heading ${i}`;
  CHINESE[`Heading${i}`] = `标题 ${i}`;
  CANONICAL[`Toc${i}`] = `toc ${i}`;
  ENGLISH[`Toc${i}`] = `TOC ${i}`;
  CHINESE[`Toc${i}`] = `目录 ${i}`;
}
const CHARACTER_BUILT_INS = new Set(["DefaultParagraphFont", "Hyperlink", "FootnoteReference", "Strong", "Emphasis"]);

/** Chinese Word's own style ids for the pre-registered built-ins (others get generated "a…" ids). */
const CHINESE_IDS: Record<string, string> = { Normal: "a", DefaultParagraphFont: "a0", Title: "a3" };
for (let i = 1; i <= 9; i++) CHINESE_IDS[`Heading${i}`] = String(i);

/** Word.BuiltInStyleName values the double knows. */
export const BUILT_IN_STYLES = Object.keys(ENGLISH);

/** Localized name of a built-in (English for those without a Chinese name here). */
export function localizedBuiltInName(builtIn: string, locale: StyleLocale): string | undefined {
  return locale === "zh" ? (CHINESE[builtIn] ?? ENGLISH[builtIn]) : ENGLISH[builtIn];
}

/** Built-in identity of a w:name (canonical or English or Chinese), or null. */
export function builtInOfName(name: string): string | null {
  const lower = name.toLowerCase();
  for (const table of [CANONICAL, ENGLISH, CHINESE]) for (const [k, v] of Object.entries(table)) if (v.toLowerCase() === lower) return k;
  return null;
}

/** The w:name written to styles.xml for a style: built-ins keep their canonical English name. */
export function canonicalName(def: StyleDef): string {
  return (def.builtIn && CANONICAL[def.builtIn]) ?? (def.builtIn && ENGLISH[def.builtIn]) ?? def.name;
}

/** Default definition of a built-in, approximating Word 2016+ (zh: Chinese Word's template). */
function builtInDef(builtIn: string, locale: StyleLocale, id: string): StyleDef {
  const zh = locale === "zh";
  const name = localizedBuiltInName(builtIn, locale) ?? builtIn;
  const type: StyleType = CHARACTER_BUILT_INS.has(builtIn) ? "Character" : "Paragraph";
  const def: StyleDef = { id, name, type, builtIn, basedOn: null, font: {}, paragraph: {} };
  const normalId = zh ? "a" : "Normal";
  const heading = /^Heading(\d)$/.exec(builtIn);
  if (builtIn === "Normal") {
    def.font = zh ? { ...DOC_DEFAULT_FONT, name: "等线" } : { ...DOC_DEFAULT_FONT };
    def.paragraph = { ...DOC_DEFAULT_PARAGRAPH, alignment: zh ? "Justified" : "Left" };
  } else if (heading) {
    const n = Number(heading[1]);
    def.basedOn = normalId;
    // Chinese Word: 标题 1 二号 bold, 2.41× lines; 标题 2/3 三号, 1.73× (review A.8); English Word: 16/13/12 pt.
    const zhSizes = [22, 16, 16, 14, 14, 12, 12, 12, 10.5];
    const enSizes = [16, 13, 12, 11, 11, 11, 11, 10.5, 10.5];
    def.font = zh ? { size: zhSizes[n - 1]!, bold: true } : { size: enSizes[n - 1]!, name: "Calibri Light", color: "#2F5496" };
    def.paragraph = zh
      ? { outlineLevel: n, spaceBefore: n === 1 ? 17 : 13, spaceAfter: n === 1 ? 16.5 : 13, lineSpacing: n === 1 ? 28.92 : 20.76, lineRule: "multiple" }
      : { outlineLevel: n, spaceBefore: n === 1 ? 12 : 2, spaceAfter: 0 };
  } else if (builtIn === "Title") {
    def.basedOn = normalId;
    def.font = zh ? { size: 16, bold: true } : { size: 28, name: "Calibri Light" };
    def.paragraph = zh ? { alignment: "Centered", spaceBefore: 12, spaceAfter: 3, outlineLevel: 1 } : { spaceAfter: 0 };
  } else if (type === "Paragraph") {
    def.basedOn = normalId;
  } else if (builtIn === "Hyperlink") {
    def.basedOn = zh ? "a0" : "DefaultParagraphFont";
    def.font = { color: "#0563C1", underline: "Single" };
  } else if (builtIn === "Strong") {
    def.basedOn = zh ? "a0" : "DefaultParagraphFont";
    def.font = { bold: true };
  }
  return def;
}

/** Built-ins every document has from the start. */
const PRE_REGISTERED = ["Normal", "DefaultParagraphFont", "Title", ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`)];

/** The style registry of one document. */
export class StyleSheet {
  readonly byId = new Map<string, StyleDef>();
  /** Bumped on every definition change (resolution caches key on it). */
  version = 0;
  private cache = new Map<string, unknown>();
  private cacheVersion = -1;

  constructor(readonly locale: StyleLocale = "en") {
    for (const b of PRE_REGISTERED) this.add(builtInDef(b, locale, this.builtInId(b)));
  }

  private builtInId(builtIn: string): string {
    if (this.locale === "en") return builtIn;
    const fixed = CHINESE_IDS[builtIn];
    if (fixed) return fixed;
    // Chinese Word generates ids "a4", "a5" … for other built-ins as they come into use.
    let n = 4;
    while (this.byId.has(`a${n}`)) n++;
    return `a${n}`;
  }

  get normalId(): string {
    return this.locale === "zh" ? "a" : "Normal";
  }

  all(): StyleDef[] {
    return [...this.byId.values()];
  }

  get(id: string): StyleDef | undefined {
    return this.byId.get(id);
  }

  add(def: StyleDef): StyleDef {
    this.byId.set(def.id, def);
    this.changed();
    return def;
  }

  remove(id: string): void {
    this.byId.delete(id);
    for (const s of this.byId.values()) if (s.basedOn === id) s.basedOn = s.type === "Paragraph" ? this.normalId : null;
    this.changed();
  }

  changed(): void {
    this.version++;
  }

  /** A style by its localized name (exact, as word.paragraph#style takes it). */
  byName(name: string): StyleDef | undefined {
    for (const s of this.byId.values()) if (s.name === name) return s;
    return undefined;
  }

  /** A registered built-in by its Word.BuiltInStyleName. */
  byBuiltIn(builtIn: string): StyleDef | undefined {
    for (const s of this.byId.values()) if (s.builtIn === builtIn) return s;
    return undefined;
  }

  /**
   * A style by localized name, bringing in a latent built-in of that name the way Word does when
   * one is first used; undefined when no such style exists.
   */
  findByName(name: string): StyleDef | undefined {
    const found = this.byName(name);
    if (found) return found;
    const builtIn = BUILT_IN_STYLES.find((b) => localizedBuiltInName(b, this.locale) === name);
    return builtIn ? this.ensureBuiltIn(builtIn) : undefined;
  }

  /** The built-in style (registered on first use), or undefined if Word has no such built-in. */
  ensureBuiltIn(builtIn: string): StyleDef | undefined {
    const found = this.byBuiltIn(builtIn);
    if (found) return found;
    if (!(builtIn in ENGLISH)) return undefined;
    return this.add(builtInDef(builtIn, this.locale, this.builtInId(builtIn)));
  }

  /** A fresh id for a custom style: Word derives it from the name (spaces removed). */
  freshId(name: string): string {
    const base = name.replace(/\s+/g, "") || "Style";
    let id = base;
    for (let n = 1; this.byId.has(id); n++) id = `${base}${n}`;
    return id;
  }

  private memo<T>(key: string, make: () => T): T {
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    let v = this.cache.get(key) as T | undefined;
    if (v === undefined) this.cache.set(key, (v = make()));
    return v;
  }

  /** Styles from the root of the basedOn chain down to this one (cycles cut). */
  chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let s = id ? this.byId.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? this.byId.get(s.basedOn) : undefined) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  }

  /** Effective paragraph properties of a paragraph style (docDefaults, then basedOn chain). */
  paragraphFormat(id: string): ParaFormat {
    return this.memo(`p|${id}`, () => {
      const out: ParaFormat = { ...DOC_DEFAULT_PARAGRAPH };
      for (const s of this.chain(id)) Object.assign(out, defined(s.paragraph));
      return out;
    });
  }

  /** Effective run properties of text in a paragraph style with an optional character style. */
  font(paragraphStyleId: string, charStyleId?: string): FontProps {
    return this.memo(`f|${paragraphStyleId}|${charStyleId ?? ""}`, () => {
      const out: FontProps = { ...DOC_DEFAULT_FONT };
      for (const s of this.chain(paragraphStyleId)) Object.assign(out, defined(s.font));
      if (charStyleId) for (const s of this.chain(charStyleId)) Object.assign(out, defined(s.font));
      return out;
    });
  }

  /** Style ids whose definitions are used by (or are ancestors of) the given ids. */
  closure(ids: Iterable<string>): StyleDef[] {
    const out = new Map<string, StyleDef>();
    for (const id of ids) for (const s of this.chain(id)) out.set(s.id, s);
    return [...out.values()];
  }

  clone(): StyleDef[] {
    return JSON.parse(JSON.stringify(this.all())) as StyleDef[];
  }
}

/** Own properties whose value is not undefined. */
export function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
