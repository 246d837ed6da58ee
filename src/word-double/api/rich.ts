/**
 * office-js members over styles, rich content, change tracking and page setup, registered on the
 * proxy classes in this folder (imported for its side effects by index.ts). Each member notes its
 * requirement set as @types/office-js tags it; outside the profile's sets it fails with ApiNotFound.
 */
import { Body } from "./body";
import { WordDocument } from "./document";
import { Paragraph } from "./paragraph";
import { WordRange } from "./range";
import { invalidArgument, itemNotFound } from "../errors";
import type { DocumentModel, ParagraphNode, Pos } from "../model";
import type { ChangeTrackingMode } from "../rich";
import { ClientCollection, ClientObject, ClientResult, defineNav, defineProps, type Exec, NULL, type PropDef, type Req, requireSet } from "../runtime";
import { PAPER, type PageSetupRecord } from "../sections";
import type { FontProps, ParaFormat, StyleDef } from "../styles";

const W11: Req = ["WordApi", "1.1"];
const W12: Req = ["WordApi", "1.2"];
const W13: Req = ["WordApi", "1.3"];
const W14: Req = ["WordApi", "1.4"];
const W15: Req = ["WordApi", "1.5"];
const W16: Req = ["WordApi", "1.6"];
const DESKTOP13: Req = ["WordApiDesktop", "1.3"];

interface Span {
  start: Pos;
  end: Pos;
}

const spanOf = (self: ClientObject, t: unknown, x: Exec): Span => (self as unknown as { _span(t: unknown, x: Exec): Span })._span(t, x);

function fail(e: Error): never {
  throw e;
}

// ---------- styles (WordApi 1.5) ----------

/** Word.Style [WordApi 1.5 members]: target is the style id (a deleted style is ItemNotFound). */
export class Style extends ClientObject {
  get _className() {
    return "Style";
  }
  override _check(id: string, x: Exec): StyleDef {
    return x.model.styles.get(id) ?? fail(itemNotFound("Style"));
  }
  /** [WordApi 1.5] Paragraphs in a deleted paragraph style fall back to Normal; text in a deleted character style to its paragraph's style. Built-ins cannot be deleted (verify the error code in real Word). */
  delete(): void {
    this._call("delete", W15, (s: StyleDef, x) => {
      if (s.builtIn) throw invalidArgument(`built-in style '${s.name}' cannot be deleted`, "Style.delete");
      const m = x.model;
      m.styles.remove(s.id);
      const paragraphs = m.paragraphs.filter((p) => p.styleId === s.id);
      const runs = m.paragraphs.flatMap((p) => p.runs.filter((r) => r.charStyle === s.id));
      for (const p of paragraphs) p.styleId = m.styles.normalId;
      for (const r of runs) delete r.charStyle;
      // Mode styleDeleteTurnsNormal false: they keep the name; a definition under it again applies to them.
      if (!x.env.modes.styleDeleteTurnsNormal) m.orphanedStyles.set(s.name, { paragraphs, runs });
      m.restyleAll();
    });
  }
}

/** "A built-in style that has been modified or applied in the document or a new style that has been created in the document." */
const inUse = (m: DocumentModel, s: StyleDef): boolean =>
  s.builtIn === null || s.builtIn === "Normal" || m.paragraphs.some((p) => p.styleId === s.id || p.runs.some((r) => r.charStyle === s.id));

defineProps(Style, {
  nameLocal: { req: W15, get: (s: StyleDef) => s.name }, // [WordApi 1.5]
  type: { req: W15, get: (s: StyleDef) => s.type }, // [WordApi 1.5]
  builtIn: { req: W15, get: (s: StyleDef) => s.builtIn !== null }, // [WordApi 1.5] a boolean in the API
  inUse: { req: W15, get: (s: StyleDef, x) => inUse(x.model, s) }, // [WordApi 1.5]
  linked: { req: W15, get: () => false }, // [WordApi 1.5] the double has no linked styles
  baseStyle: {
    // [WordApi 1.5] get; set since WordApi 1.6. Takes and returns a NAME.
    req: W15,
    get: (s: StyleDef, x) => (s.basedOn ? (x.model.styles.get(s.basedOn)?.name ?? "") : ""),
    set: (s: StyleDef, v, x) => {
      requireSet(x, W16, "Style.baseStyle");
      const base = x.model.styles.findByName(String(v));
      if (!base || base.type !== s.type) throw itemNotFound("Style.baseStyle");
      s.basedOn = base.id;
      x.model.restyleAll();
    },
  },
});

/** Style.font [WordApi 1.5]: the style's character formatting, resolved through basedOn; writes change the definition. */
export class StyleFont extends ClientObject {
  get _className() {
    return "Font";
  }
}
const resolvedFont = (m: DocumentModel, s: StyleDef): FontProps => (s.type === "Character" ? m.styles.font("", s.id) : m.styles.font(s.id));
const styleFontProp = (k: keyof FontProps, req: Req, check: (v: unknown) => boolean): PropDef => ({
  req,
  get: (s: StyleDef, x) => {
    const v = resolvedFont(x.model, s)[k];
    return k === "underline" && v === undefined ? "None" : v;
  },
  set: (s: StyleDef, v, x) => {
    if (!check(v)) throw invalidArgument(`font.${k} = ${String(v)}`, `Style.font.${k}`);
    s.font = { ...s.font, [k]: v };
    x.model.restyleAll();
  },
});
const isStr = (v: unknown) => typeof v === "string" && v.length > 0;
defineProps(StyleFont, {
  name: styleFontProp("name", W11, isStr),
  nameFarEast: styleFontProp("nameFarEast", DESKTOP13, isStr), // [WordApiDesktop 1.3]
  size: styleFontProp("size", W11, (v) => typeof v === "number" && v > 0 && v <= 1638),
  bold: styleFontProp("bold", W11, (v) => typeof v === "boolean"),
  italic: styleFontProp("italic", W11, (v) => typeof v === "boolean"),
  color: styleFontProp("color", W11, isStr),
  underline: styleFontProp("underline", W11, (v) => typeof v === "string"),
});
defineNav(Style, "font", (self: Style) => new StyleFont(self, (s: StyleDef) => s, W15)); // [WordApi 1.5]

/**
 * Style.paragraphFormat [WordApi 1.5], in the API's units (points). `lineSpacing` is "the line
 * spacing (in points)"; the docs do not say which rule it sets, so it is modelled like
 * paragraph.lineSpacing: multiple spacing (office-js #2296) — an exact line still needs the
 * styles part of an OOXML package.
 */
export class ParagraphFormat extends ClientObject {
  get _className() {
    return "ParagraphFormat";
  }
}
const OUTLINE = (n: number | undefined) => (n && n >= 1 && n <= 9 ? `OutlineLevel${n}` : "OutlineLevelBodyText");
const pfProp = (k: keyof ParaFormat, check: (v: unknown) => boolean, write?: (v: any) => Partial<ParaFormat>): PropDef => ({
  req: W15,
  get: (s: StyleDef, x) => x.model.styles.paragraphFormat(s.id)[k],
  set: (s: StyleDef, v, x) => {
    if (s.type !== "Paragraph") throw invalidArgument("paragraphFormat of a character style", "Style.paragraphFormat");
    if (!check(v)) throw invalidArgument(`paragraphFormat.${k} = ${String(v)}`, `ParagraphFormat.${k}`);
    s.paragraph = { ...s.paragraph, ...(write ? write(v) : { [k]: v }) };
    x.model.restyleAll();
  },
});
const isNum = (v: unknown) => typeof v === "number" && Number.isFinite(v);
defineProps(ParagraphFormat, {
  alignment: pfProp("alignment", (v) => ["Left", "Centered", "Right", "Justified"].includes(v as string)),
  firstLineIndent: pfProp("firstLineIndent", isNum, (v) => ({ firstLineIndent: v, firstLineChars: 0 })),
  leftIndent: pfProp("leftIndent", isNum),
  rightIndent: pfProp("rightIndent", isNum, (v) => ({ rightIndent: v, rightChars: 0 })),
  lineSpacing: pfProp("lineSpacing", (v) => isNum(v) && (v as number) > 0, (v) => ({ lineSpacing: v, lineRule: "multiple" })),
  spaceAfter: pfProp("spaceAfter", isNum),
  spaceBefore: pfProp("spaceBefore", isNum),
  outlineLevel: {
    req: W15,
    get: (s: StyleDef, x) => OUTLINE(x.model.styles.paragraphFormat(s.id).outlineLevel),
    set: (s: StyleDef, v, x) => {
      const m = /^OutlineLevel([1-9]|BodyText)$/.exec(String(v));
      if (!m) throw invalidArgument(`outlineLevel '${String(v)}'`, "ParagraphFormat.outlineLevel");
      s.paragraph = { ...s.paragraph, outlineLevel: m[1] === "BodyText" ? 10 : Number(m[1]) };
      x.model.restyleAll();
    },
  },
});
defineNav(Style, "paragraphFormat", (self: Style) => new ParagraphFormat(self, (s: StyleDef) => s, W15)); // [WordApi 1.5]

/** Word.StyleCollection [WordApi 1.5]. */
export class StyleCollection extends ClientCollection<Style> {
  get _className() {
    return "StyleCollection";
  }
  override _list(_t: unknown, x: Exec): StyleDef[] {
    return x.model.styles.all();
  }
  _makeItem(s: StyleDef): Style {
    return new Style(this.context)._resolveTo(s.id);
  }
  /** [WordApi 1.5] By localized name (a latent built-in comes into the document, as in Word). */
  getByNameOrNullObject(name: string): Style {
    return this._call("getByNameOrNullObject", W15, (_t, x) => x.model.styles.findByName(String(name))?.id ?? NULL, new Style(this.context));
  }
  /** [WordApi 1.5] */
  getByName(name: string): Style {
    return this._call("getByName", W15, (_t, x) => x.model.styles.findByName(String(name))?.id ?? fail(itemNotFound("StyleCollection.getByName")), new Style(this.context));
  }
  /** [WordApi 1.5] */
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._call("getCount", W15, (_t, x) => r._resolve(x.model.styles.all().length));
    return r;
  }
  /** [WordApi 1.5] */
  getItem(index: number): Style {
    return this._call("getItem", W15, (_t, x) => x.model.styles.all()[index]?.id ?? fail(itemNotFound("StyleCollection.getItem")), new Style(this.context));
  }
}

declare module "./document" {
  interface WordDocument {
    getStyles(): StyleCollection;
    addStyle(name: string, type: string): Style;
  }
}

/** [WordApi 1.5] document.getStyles(). */
WordDocument.prototype.getStyles = function (this: WordDocument): StyleCollection {
  return this._call("getStyles", W15, () => "styles", new StyleCollection(this.context));
};

/** [WordApi 1.5] document.addStyle(name, type): a custom style based on Normal (paragraph) or none (character). An existing name fails (verify the code in real Word). */
WordDocument.prototype.addStyle = function (this: WordDocument, name: string, type: string): Style {
  return this._call("addStyle", W15, (_t, x) => {
    const m = x.model;
    if (typeof name !== "string" || !name.trim()) throw invalidArgument("name", "Document.addStyle");
    if (type !== "Paragraph" && type !== "Character") throw invalidArgument(`style type '${String(type)}' (the double models Paragraph and Character)`, "Document.addStyle");
    if (m.styles.findByName(name)) throw invalidArgument(`style '${name}' already exists`, "Document.addStyle");
    const def = m.styles.add({ id: m.styles.freshId(name), name, type, builtIn: null, basedOn: type === "Paragraph" ? m.styles.normalId : null, font: {}, paragraph: {} });
    m.version++;
    return def.id;
  }, new Style(this.context));
};

// ---------- change tracking (WordApi 1.4) ----------

const TRACKING: ChangeTrackingMode[] = ["Off", "TrackAll", "TrackMineOnly"];
defineProps(WordDocument, {
  changeTrackingMode: {
    // [WordApi 1.4]
    req: W14,
    get: (_t, x) => x.model.changeTrackingMode,
    set: (_t, v, x) => {
      if (!TRACKING.includes(v)) throw invalidArgument(`changeTrackingMode '${String(v)}'`, "Document.changeTrackingMode");
      // Mode trackingRestoreIgnored: TrackMineOnly is silently not applied (#6450).
      if (v === "TrackMineOnly" && x.env.modes.trackingRestoreIgnored) return;
      x.model.changeTrackingMode = v;
      x.model.version++;
    },
  },
});

// ---------- sections and page setup ----------

/** Word.Section: target "section" (the first) or "section:N"; sections after the first hold no paragraphs. */
export class Section extends ClientObject {
  get _className() {
    return "Section";
  }
}

/** Word.PageSetup [WordApiDesktop 1.3]: margins in points, paper, document grid. */
export class PageSetup extends ClientObject {
  get _className() {
    return "PageSetup";
  }
}
/** The page setup of a section target: "section" is the first, "section:N" the N-th after it. */
const setupOf = (t: string, x: Exec): PageSetupRecord => {
  const n = Number(/^section:(\d+)$/.exec(t)?.[1] ?? 0);
  return n === 0 ? x.model.pageSetup : (x.model.moreSections[n - 1] ?? fail(itemNotFound("Section")));
};
const setupProp = (k: keyof PageSetupRecord, check: (v: unknown) => boolean, after?: (s: PageSetupRecord) => void): PropDef => ({
  req: DESKTOP13,
  get: (t: string, x) => setupOf(t, x)[k],
  set: (t: string, v, x) => {
    if (!check(v)) throw invalidArgument(`pageSetup.${k} = ${String(v)}`, `PageSetup.${k}`);
    const setup = setupOf(t, x);
    (setup as unknown as Record<string, unknown>)[k] = v;
    after?.(setup);
    x.model.version++;
  },
});
const isPt = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1584;
const applyPaper = (s: PageSetupRecord) => {
  const size = PAPER[s.paperSize];
  if (!size) return;
  const [w, h] = s.orientation === "Landscape" ? [size[1], size[0]] : size;
  s.pageWidth = w;
  s.pageHeight = h;
};
defineProps(PageSetup, {
  topMargin: setupProp("topMargin", isPt),
  bottomMargin: setupProp("bottomMargin", isPt),
  leftMargin: setupProp("leftMargin", isPt),
  rightMargin: setupProp("rightMargin", isPt),
  headerDistance: setupProp("headerDistance", isPt),
  footerDistance: setupProp("footerDistance", isPt),
  gutter: setupProp("gutter", isPt),
  paperSize: setupProp("paperSize", (v) => typeof v === "string" && (v in PAPER || v === "Custom"), applyPaper),
  orientation: setupProp("orientation", (v) => v === "Portrait" || v === "Landscape", applyPaper),
  pageWidth: setupProp("pageWidth", isPt, (s) => (s.paperSize = "Custom")),
  pageHeight: setupProp("pageHeight", isPt, (s) => (s.paperSize = "Custom")),
  layoutMode: setupProp("layoutMode", (v) => ["Default", "Grid", "LineGrid", "Genko"].includes(v as string)),
  linesPage: setupProp("linesPage", (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 200),
  charsLine: setupProp("charsLine", (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 200),
});
defineNav(Section, "pageSetup", (self: Section) => new PageSetup(self, (t: string) => t, DESKTOP13)); // [WordApiDesktop 1.3]

/** Word.SectionCollection [WordApi 1.1]. */
export class SectionCollection extends ClientCollection<Section> {
  get _className() {
    return "SectionCollection";
  }
  override _list(_t: unknown, x: Exec): string[] {
    return ["section", ...x.model.moreSections.map((_, i) => `section:${i + 1}`)];
  }
  _makeItem(t: string): Section {
    return new Section(this.context)._resolveTo(t);
  }
  /** [WordApi 1.3] */
  getFirst(): Section {
    return this._pick("getFirst", W13, () => new Section(this.context), 0, false);
  }
}
defineNav(WordDocument, "sections", (self: WordDocument) => new SectionCollection(self, () => "sections", W11)); // [WordApi 1.1]
defineNav(Body, "sections", (self: Body) => new SectionCollection(self, () => "sections", W11)); // [WordApi 1.1]

// ---------- inline pictures, hyperlinks, bookmarks ----------

/** Word.InlinePicture [WordApi 1.1]: target is the picture id. */
export class InlinePicture extends ClientObject {
  get _className() {
    return "InlinePicture";
  }
  override _check(id: number, x: Exec): { id: number; width: number; height: number; altText: string } {
    for (const p of x.model.paragraphs) for (const r of p.runs) if (r.rich?.picture?.id === id) return r.rich.picture;
    throw itemNotFound("InlinePicture");
  }
}
defineProps(InlinePicture, {
  width: { get: (pic: { width: number }) => pic.width }, // [WordApi 1.1]
  height: { get: (pic: { height: number }) => pic.height }, // [WordApi 1.1]
  altTextDescription: { get: (pic: { altText: string }) => pic.altText }, // [WordApi 1.1]
});

/** Word.InlinePictureCollection. */
export class InlinePictureCollection extends ClientCollection<InlinePicture> {
  get _className() {
    return "InlinePictureCollection";
  }
  _makeItem(id: number): InlinePicture {
    return new InlinePicture(this.context)._resolveTo(id);
  }
}

function picturesIn(m: DocumentModel, s: Span): number[] {
  const out: number[] = [];
  for (const p of m.paragraphsBetween(s.start, s.end)) {
    const from = p === s.start.para ? s.start.offset : 0;
    const to = p === s.end.para ? s.end.offset : p.length;
    for (const r of m.runsIn(p, from, to)) if (r.rich?.picture) out.push(r.rich.picture.id);
  }
  return out;
}
defineNav(Paragraph, "inlinePictures", (self: Paragraph) => new InlinePictureCollection(self, (t: ParagraphNode, x) => picturesIn(x.model, spanOf(self, t, x)), W11)); // [WordApi 1.1]
defineNav(Body, "inlinePictures", (self: Body) => new InlinePictureCollection(self, (t, x) => picturesIn(x.model, spanOf(self, t, x)), W11)); // [WordApi 1.1]
defineNav(WordRange, "inlinePictures", (self: WordRange) => new InlinePictureCollection(self, (t, x) => picturesIn(x.model, spanOf(self, t, x)), W12)); // [WordApi 1.2]

declare module "./paragraph" {
  interface Paragraph {
    insertInlinePictureFromBase64(base64: string, location: string): InlinePicture;
  }
}

/**
 * [WordApi 1.1] Paragraph.insertInlinePictureFromBase64(base64, "Start" | "End" | "Replace"): a
 * picture run (its character "\u0001" in the model, read per mode pictureCharInText). The image
 * bytes are only checked to be base64; the picture is 100 × 75 pt.
 */
Paragraph.prototype.insertInlinePictureFromBase64 = function (this: Paragraph, base64: string, location: string): InlinePicture {
  const where = "Paragraph.insertInlinePictureFromBase64";
  return this._call("insertInlinePictureFromBase64", W11, (t: ParagraphNode, x) => {
    if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]+=*$/.test(base64)) throw invalidArgument("base64File", where);
    if (!["Start", "End", "Replace"].includes(location)) throw invalidArgument(`location '${String(location)}'`, where);
    const m = x.model;
    if (location === "Replace" && t.length) m.deleteRange({ para: t, offset: 0 }, { para: t, offset: t.length });
    const at = { para: t, offset: location === "Start" ? 0 : t.length };
    const rich = m.richFromInit({ picture: {} })!;
    m.insertText(at, "\u0001", { ...m.attrsAt(at), rich });
    return rich.picture!.id;
  }, new InlinePicture(this.context));
};

defineProps(WordRange, {
  hyperlink: {
    // [WordApi 1.3] The link of the range's text ("" when none); setting links exactly that text.
    req: W13,
    get: (t: Span, x) => {
      const runs = x.model.runsIn(t.start.para, t.start.offset, t.start.para === t.end.para ? t.end.offset : t.start.para.length).filter((r) => r.text);
      return runs[0]?.rich?.link ?? "";
    },
    set: (t: Span, v, x) => {
      if (typeof v !== "string") throw invalidArgument("hyperlink", "Range.hyperlink");
      x.model.setLink(t.start, t.end, v || undefined);
    },
  },
});

declare module "./range" {
  interface WordRange {
    getBookmarks(includeHidden?: boolean, includeAdjacent?: boolean): ClientResult<string[]>;
  }
}

/** [WordApi 1.4] Names of the bookmarks overlapping the range; hidden ones (_Toc…, "_" first) only when asked. */
WordRange.prototype.getBookmarks = function (this: WordRange, includeHidden = false, includeAdjacent = false): ClientResult<string[]> {
  const r = new ClientResult<string[]>();
  this._call("getBookmarks", W14, (t: Span, x) => {
    const m = x.model;
    const names = m.rich.bookmarks
      .filter((b) => includeHidden || !b.name.startsWith("_"))
      .filter((b) => {
        const before = m.compare(b.end, t.start);
        const after = m.compare(b.start, t.end);
        return includeAdjacent ? before >= 0 && after <= 0 : before > 0 && after < 0;
      })
      .map((b) => b.name);
    r._resolve(names);
  });
  return r;
};

// ---------- fields (WordApi 1.4) ----------

/** Where a field lies: from its first run's start to its last run's end (null when it is gone). */
function fieldExtent(m: DocumentModel, id: number): Span | null {
  let start: Pos | null = null;
  let end: Pos | null = null;
  for (const p of m.paragraphs) {
    let at = 0;
    for (const r of p.runs) {
      if (r.rich?.field?.id === id) {
        start ??= { para: p, offset: at };
        end = { para: p, offset: at + r.text.length };
      }
      at += r.text.length;
    }
  }
  return start && end ? { start, end } : null;
}

function fieldCode(m: DocumentModel, id: number): string | null {
  for (const p of m.paragraphs) for (const r of p.runs) if (r.rich?.field?.id === id) return r.rich.field.code;
  return null;
}

/** The Word.FieldType of a code's first word ("TOC \o …" → "TOC"), "Others" when unknown. */
const FIELD_TYPES = ["TOC", "PageRef", "Hyperlink", "Page", "NumPages", "Ref", "Seq", "TC", "Date", "Time", "DocProperty", "StyleRef", "MergeField", "Addin"];
function fieldType(code: string): string {
  const word = /^\s*(\S+)/.exec(code)?.[1]?.toUpperCase() ?? "";
  return FIELD_TYPES.find((t) => t.toUpperCase() === word) ?? (word ? "Others" : "Empty");
}

/**
 * Fields with a run in the span. Mode fieldsInRange "contained": only those lying wholly inside it
 * (a TOC field whose result spans many paragraphs is then in no single line's `fields`).
 */
function fieldsIn(m: DocumentModel, s: Span, contained: boolean): number[] {
  const out: number[] = [];
  for (const p of m.paragraphsBetween(s.start, s.end)) {
    const from = p === s.start.para ? s.start.offset : 0;
    const to = p === s.end.para ? s.end.offset : p.length;
    for (const r of m.runsIn(p, from, to)) {
      const id = r.rich?.field?.id;
      if (id === undefined || out.includes(id)) continue;
      const ext = contained ? fieldExtent(m, id) : null;
      if (ext && (m.compare(ext.start, s.start) < 0 || m.compare(ext.end, s.end) > 0)) continue;
      out.push(id);
    }
  }
  return out;
}

/** Word.Field [WordApi 1.4]: target is the field id. */
export class Field extends ClientObject {
  get _className() {
    return "Field";
  }
  override _check(id: number, x: Exec): number {
    if (fieldCode(x.model, id) === null) throw itemNotFound("Field");
    return id;
  }
}
defineProps(Field, {
  code: { req: W14, get: (id: number, x) => fieldCode(x.model, id) ?? "" }, // [WordApi 1.4] (set: 1.5, not modelled)
  type: { req: W15, get: (id: number, x) => fieldType(fieldCode(x.model, id) ?? "") }, // [WordApi 1.5]
});
defineNav(Field, "result", (self: Field) => new WordRange(self, (id: number, x) => fieldExtent(x.model, id) ?? fail(itemNotFound("Field.result")), W14)); // [WordApi 1.4]

/** Word.FieldCollection [WordApi 1.4]. */
export class FieldCollection extends ClientCollection<Field> {
  get _className() {
    return "FieldCollection";
  }
  _makeItem(id: number): Field {
    return new Field(this.context)._resolveTo(id);
  }
}
const fieldsNav = (self: ClientObject) => new FieldCollection(self, (t: unknown, x) => fieldsIn(x.model, spanOf(self, t, x), x.env.modes.fieldsInRange === "contained"), W14);
defineNav(Paragraph, "fields", fieldsNav); // [WordApi 1.4]
defineNav(Body, "fields", fieldsNav); // [WordApi 1.4]
defineNav(WordRange, "fields", fieldsNav); // [WordApi 1.4]
