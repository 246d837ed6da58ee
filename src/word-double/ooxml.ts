/**
 * The OOXML subset the double reads and writes: paragraphs with pStyle/jc/ind/spacing/snapToGrid/
 * outlineLvl, runs with rStyle/rFonts/sz/b/i/u/color and text, inline or block w:sdt content
 * controls, and a styles part (/word/styles.xml) with the paragraph and character styles used.
 * `w:pStyle`/`w:rStyle` hold style IDS, not names (word-api.md; review A.6).
 */
import { DOMParser } from "@xmldom/xmldom";
import type { ParagraphProps, Run } from "./model";
import { FOOTNOTE_MARK, PICTURE_MARK } from "./rich";
import { docGrid, type PageSetupRecord } from "./sections";
import { canonicalName, type FontProps, type ParaFormat, type StyleDef } from "./styles";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ControlInfo {
  id: number;
  tag: string;
  title: string;
}

export interface OoxmlParagraph {
  props: ParagraphProps;
  runs: Run[];
  /** Style id and direct formatting: when given, pPr holds only these (as Word writes it). */
  styleId?: string;
  direct?: Partial<ParaFormat>;
  /** Bookmark and comment range marks at text offsets of this paragraph. */
  markers?: OutMarker[];
}

export interface OutMarker {
  offset: number;
  kind: "bookmarkStart" | "bookmarkEnd" | "commentStart" | "commentEnd";
  /** Bookmark name or comment id. */
  key: string;
  /** Comment text. */
  content?: string;
}

/** Rich properties of a run as read from a package (ids are the document's to give). */
export interface ParsedRich {
  link?: string;
  field?: string;
  /** A complex field (w:fldChar) whose result spans several runs or paragraphs: one key per field. */
  fieldGroup?: string;
  footnote?: string;
  picture?: { width: number; height: number; altText: string };
  revision?: boolean;
}

export interface ParsedMarker {
  kind: "bookmark" | "comment";
  edge: "start" | "end";
  /** w:id of the package. */
  id: string;
  name?: string;
  content?: string;
  /** Offset in the paragraph's text. */
  offset: number;
}

export interface ParsedRun {
  text: string;
  font: Partial<FontProps>;
  /** w:rStyle (a style id of the package). */
  charStyleId?: string;
  rich?: ParsedRich;
  /** Content controls around the run, outermost first; `key` identifies one control within the package. */
  controls: Array<{ key: string; tag: string; title: string }>;
}

export interface ParsedParagraph {
  /** Direct paragraph properties (and inTable); the style is `styleId`. */
  props: Partial<ParagraphProps>;
  runs: ParsedRun[];
  /** w:pStyle (a style id of the package). */
  styleId?: string;
  markers?: ParsedMarker[];
}

/** A style definition read from a package's /word/styles.xml. */
export type ParsedStyle = StyleDef;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const twips = (pt: number) => String(Math.round(pt * 20));

const JC_OUT: Record<string, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };
const JC_IN: Record<string, string> = { left: "Left", start: "Left", center: "Centered", right: "Right", end: "Right", both: "Justified", distribute: "Justified" };

/** pPr content (without pStyle) for a set of paragraph properties, in CT_PPr order. */
function pPrBody(p: Partial<ParaFormat>): string {
  let x = "";
  if (p.snapToGrid !== undefined) x += p.snapToGrid ? "<w:snapToGrid/>" : `<w:snapToGrid w:val="0"/>`;
  // Multiple spacing is in 240ths of a line (12 pt = single), exact/atLeast in twips: both are pt × 20.
  let sp = "";
  if (p.spaceBefore !== undefined) sp += ` w:before="${twips(p.spaceBefore)}"`;
  if (p.spaceAfter !== undefined) sp += ` w:after="${twips(p.spaceAfter)}"`;
  if (p.lineSpacing !== undefined) sp += ` w:line="${twips(p.lineSpacing)}" w:lineRule="${!p.lineRule || p.lineRule === "multiple" ? "auto" : p.lineRule}"`;
  if (sp) x += `<w:spacing${sp}/>`;
  let ind = "";
  if (p.leftIndent) ind += ` w:left="${twips(p.leftIndent)}"`;
  if (p.rightChars !== undefined) ind += ` w:rightChars="${p.rightChars}"`;
  if (p.rightIndent) ind += ` w:right="${twips(p.rightIndent)}"`;
  if (p.firstLineChars !== undefined && p.firstLineIndent !== undefined && p.firstLineIndent < 0) ind += ` w:hangingChars="${p.firstLineChars}"`;
  else if (p.firstLineChars !== undefined) ind += ` w:firstLineChars="${p.firstLineChars}"`;
  if (p.firstLineIndent !== undefined && p.firstLineIndent > 0) ind += ` w:firstLine="${twips(p.firstLineIndent)}"`;
  if (p.firstLineIndent !== undefined && p.firstLineIndent < 0) ind += ` w:hanging="${twips(-p.firstLineIndent)}"`;
  if (p.firstLineIndent === 0 && p.firstLineChars === undefined) ind += ` w:firstLine="0"`;
  if (ind) x += `<w:ind${ind}/>`;
  const jc = p.alignment && JC_OUT[p.alignment];
  if (jc) x += `<w:jc w:val="${jc}"/>`;
  if (p.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${p.outlineLevel - 1}"/>`;
  return x;
}

function paragraphPropsXml(p: OoxmlParagraph): string {
  if (p.direct) return `<w:pPr>${p.styleId ? `<w:pStyle w:val="${esc(p.styleId)}"/>` : ""}${pPrBody(p.direct)}</w:pPr>`;
  const props = p.props;
  const styleId = props.styleBuiltIn !== "Other" ? props.styleBuiltIn : props.style.replace(/\s+/g, "");
  const pStyle = styleId && styleId !== "Normal" ? `<w:pStyle w:val="${esc(styleId)}"/>` : "";
  return `<w:pPr>${pStyle}${pPrBody(props)}</w:pPr>`;
}

/** rPr content for run properties, in EG_RPrBase order. */
function rPrBody(f: Partial<FontProps>, charStyleId?: string): string {
  let x = charStyleId ? `<w:rStyle w:val="${esc(charStyleId)}"/>` : "";
  if (f.name !== undefined || f.nameFarEast !== undefined) {
    const latin = f.name !== undefined ? ` w:ascii="${esc(f.name)}" w:hAnsi="${esc(f.name)}"` : "";
    x += `<w:rFonts${latin}${f.nameFarEast !== undefined ? ` w:eastAsia="${esc(f.nameFarEast)}"` : ""}/>`;
  }
  if (f.bold !== undefined) x += f.bold ? "<w:b/>" : `<w:b w:val="0"/>`;
  if (f.italic !== undefined) x += f.italic ? "<w:i/>" : `<w:i w:val="0"/>`;
  if (f.color) x += `<w:color w:val="${esc(f.color.replace(/^#/, ""))}"/>`;
  if (f.size !== undefined) x += `<w:sz w:val="${Math.round(f.size * 2)}"/><w:szCs w:val="${Math.round(f.size * 2)}"/>`;
  if (f.underline !== undefined && f.underline !== "None") x += `<w:u w:val="${UNDERLINE_OUT[f.underline] ?? "single"}"/>`;
  else if (f.underline === "None") x += `<w:u w:val="none"/>`;
  return x;
}

const UNDERLINE_OUT: Record<string, string> = { Single: "single", Double: "double", Dotted: "dotted", Thick: "thick", Word: "words", Wave: "wave", DashLine: "dash" };
const UNDERLINE_IN: Record<string, string> = Object.fromEntries([...Object.entries(UNDERLINE_OUT).map(([k, v]) => [v, k]), ["none", "None"]]);

const EMU = 12700;

/** Parts a package needs besides document.xml, filled while its runs are written. */
interface OutParts {
  links: string[];
  footnotes: Array<{ id: number; text: string }>;
}

function runXml(r: Run & { pre?: string }, parts: OutParts): string {
  const rPr = rPrBody(r.direct, r.charStyle);
  const rPrXml = rPr ? `<w:rPr>${rPr}</w:rPr>` : "";
  const rich = r.rich;
  let content: string;
  if (rich?.footnote) {
    parts.footnotes.push({ id: rich.footnote.id, text: rich.footnote.text });
    content = `<w:footnoteReference w:id="${rich.footnote.id}"/>`;
  } else if (rich?.picture) {
    const pic = rich.picture;
    content =
      `<w:drawing><wp:inline><wp:extent cx="${Math.round(pic.width * EMU)}" cy="${Math.round(pic.height * EMU)}"/><wp:docPr id="${pic.id}" name="Picture ${pic.id}" descr="${esc(pic.altText)}"/>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing>`;
  } else {
    content = r.text.split("\t").map((t) => (t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : "")).join("<w:tab/>");
  }
  let x = `<w:r>${rPrXml}${content}</w:r>`;
  if (rich?.field) x = `<w:fldSimple w:instr="${esc(rich.field.code)}">${x}</w:fldSimple>`;
  if (rich?.link) {
    parts.links.push(rich.link);
    x = `<w:hyperlink r:id="rIdLink${parts.links.length}" w:history="1">${x}</w:hyperlink>`;
  }
  if (rich?.revision) x = `<w:ins w:id="${rich.revision.id}" w:author="Word double">${x}</w:ins>`;
  return (r.pre ?? "") + x;
}

function markerXml(m: OutMarker, ids: Map<string, number>): string {
  let id = ids.get(m.key);
  if (id === undefined) ids.set(m.key, (id = ids.size + 1));
  if (m.kind === "bookmarkStart") return `<w:bookmarkStart w:id="${id}" w:name="${esc(m.key)}"/>`;
  if (m.kind === "bookmarkEnd") return `<w:bookmarkEnd w:id="${id}"/>`;
  if (m.kind === "commentStart") return `<w:commentRangeStart w:id="${id}"/>`;
  return `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}

/** Runs cut at marker offsets, each marker attached before the run that starts there; the rest trail. */
function withMarkers(runs: Run[], markers: OutMarker[] | undefined, ids: Map<string, number>): { runs: Array<Run & { pre?: string }>; tail: string } {
  if (!markers?.length) return { runs, tail: "" };
  const sorted = [...markers].sort((a, b) => a.offset - b.offset || (a.kind.endsWith("End") ? -1 : 1));
  const out: Array<Run & { pre?: string }> = [];
  let at = 0;
  let k = 0;
  for (const r of runs) {
    let text = r.text;
    let start = at;
    while (k < sorted.length && sorted[k]!.offset < start + text.length && text.length) {
      const cut = sorted[k]!.offset - start;
      if (cut > 0) {
        out.push({ ...r, text: text.slice(0, cut) });
        text = text.slice(cut);
        start += cut;
      }
      let pre = "";
      while (k < sorted.length && sorted[k]!.offset === start) pre += markerXml(sorted[k++]!, ids);
      out.push({ ...r, text: text.slice(0, 0), pre });
    }
    out.push({ ...r, text });
    at = start + text.length;
  }
  let tail = "";
  while (k < sorted.length) tail += markerXml(sorted[k++]!, ids);
  return { runs: out.filter((r) => r.text || r.pre !== undefined || r.ccs.length), tail };
}

/** w:sectPr of a page setup: page size, margins and the document grid (w:docGrid, review A.12), in twips. */
export function sectPrXml(s: PageSetupRecord): string {
  const grid = docGrid(s);
  const gridXml = grid
    ? `<w:docGrid w:type="${grid.charPitch !== null ? "linesAndChars" : "lines"}" w:linePitch="${twips(grid.linePitch)}"${grid.charPitch !== null ? ` w:charSpace="0"` : ""}/>`
    : "";
  return (
    `<w:sectPr><w:pgSz w:w="${twips(s.pageWidth)}" w:h="${twips(s.pageHeight)}"${s.orientation === "Landscape" ? ` w:orient="landscape"` : ""}/>` +
    `<w:pgMar w:top="${twips(s.topMargin)}" w:right="${twips(s.rightMargin)}" w:bottom="${twips(s.bottomMargin)}" w:left="${twips(s.leftMargin)}" w:header="${twips(s.headerDistance)}" w:footer="${twips(s.footerDistance)}" w:gutter="${twips(s.gutter)}"/>` +
    `${gridXml}</w:sectPr>`
  );
}

/** The styles part: each style's w:name is canonical for built-ins ("heading 1"), localized otherwise. */
export function stylesXml(styles: StyleDef[]): string {
  const items = styles.map((st) => {
    const type = st.type === "Character" ? "character" : "paragraph";
    const pPr = st.type === "Paragraph" ? pPrBody(st.paragraph) : "";
    const rPr = rPrBody(st.font);
    return (
      `<w:style w:type="${type}" w:styleId="${esc(st.id)}"${st.builtIn === "Normal" || st.builtIn === "DefaultParagraphFont" ? ` w:default="1"` : ""}${st.builtIn ? "" : ` w:customStyle="1"`}>` +
      `<w:name w:val="${esc(canonicalName(st))}"/>${st.basedOn ? `<w:basedOn w:val="${esc(st.basedOn)}"/>` : ""}` +
      `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}</w:style>`
    );
  });
  return `<w:styles xmlns:w="${W_NS}">${items.join("")}</w:styles>`;
}

/** Runs grouped into nested w:sdt elements by their content-control ids. */
function runsXml(runs: Array<Run & { pre?: string }>, depth: number, controls: Map<number, ControlInfo>, parts: OutParts): string {
  let x = "";
  let i = 0;
  while (i < runs.length) {
    const id = runs[i]!.ccs[depth];
    if (id === undefined) {
      const r = runs[i]!;
      x += r.pre !== undefined && !r.text ? r.pre : runXml(r, parts);
      i++;
      continue;
    }
    let j = i;
    while (j < runs.length && runs[j]!.ccs[depth] === id) j++;
    const cc = controls.get(id);
    const inner = runsXml(runs.slice(i, j), depth + 1, controls, parts);
    x += `<w:sdt><w:sdtPr><w:alias w:val="${esc(cc?.title ?? "")}"/><w:tag w:val="${esc(cc?.tag ?? "")}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    i = j;
  }
  return x;
}

/** A flat-OPC package (what Word's getOoxml returns) holding these paragraphs, and a styles part when styles are given. */
export function toOoxml(
  paragraphs: OoxmlParagraph[],
  controls: Map<number, ControlInfo>,
  styles?: StyleDef[],
  comments: Array<{ id: string; content: string }> = [],
  sectPr = "<w:sectPr/>",
): string {
  const parts: OutParts = { links: [], footnotes: [] };
  const markerIds = new Map<string, number>();
  const body = paragraphs
    .map((p) => {
      const { runs, tail } = withMarkers(p.runs, p.markers, markerIds);
      return `<w:p>${paragraphPropsXml(p)}${runsXml(runs, 0, controls, parts)}${tail}</w:p>`;
    })
    .join("");
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rels: string[] = [];
  let extra = "";
  if (styles?.length) {
    extra += part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", stylesXml(styles));
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  parts.links.forEach((target, i) => rels.push(`<Relationship Id="rIdLink${i + 1}" Type="${REL}/hyperlink" Target="${esc(target)}" TargetMode="External"/>`));
  if (parts.footnotes.length) {
    const notes = parts.footnotes.map((f) => `<w:footnote w:id="${f.id}"><w:p><w:r><w:t xml:space="preserve">${esc(f.text)}</w:t></w:r></w:p></w:footnote>`).join("");
    extra += part("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", `<w:footnotes xmlns:w="${W_NS}">${notes}</w:footnotes>`);
    rels.push(`<Relationship Id="rIdFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  const usedComments = comments.filter((c) => markerIds.has(c.id));
  if (usedComments.length) {
    const items = usedComments.map((c) => `<w:comment w:id="${markerIds.get(c.id)}" w:author="Word double"><w:p><w:r><w:t xml:space="preserve">${esc(c.content)}</w:t></w:r></w:p></w:comment>`).join("");
    extra += part("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", `<w:comments xmlns:w="${W_NS}">${items}</w:comments>`);
    rels.push(`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`);
  }
  const docRels = rels.length
    ? part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`)
    : "";
  const stylesPart = extra;
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${REL}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}${sectPr}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part>${docRels}${stylesPart}</pkg:package>`
  );
}

// ---------- parsing ----------

type El = Element;

function children(el: El, localName?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!localName || (n as El).localName === localName)) out.push(n as El);
  }
  return out;
}

const child = (el: El, localName: string): El | undefined => children(el, localName)[0];
const wAttr = (el: El | undefined, name: string): string | null => (el ? el.getAttributeNS(W_NS, name) || el.getAttribute(`w:${name}`) || null : null);
const num = (s: string | null): number | undefined => (s === null || s === "" || Number.isNaN(Number(s)) ? undefined : Number(s));
const onOff = (el: El | undefined): boolean | undefined => (el ? !["0", "false", "off"].includes(wAttr(el, "val") ?? "true") : undefined);

function parsePPr(pPr: El | undefined): Partial<ParaFormat> {
  const props: Partial<ParaFormat> = {};
  if (!pPr) return props;
  const snap = child(pPr, "snapToGrid");
  if (snap) props.snapToGrid = onOff(snap);
  const jc = JC_IN[wAttr(child(pPr, "jc"), "val") ?? ""];
  if (jc) props.alignment = jc;
  const ind = child(pPr, "ind");
  if (ind) {
    const left = num(wAttr(ind, "left") ?? wAttr(ind, "start"));
    if (left !== undefined) props.leftIndent = left / 20;
    const right = num(wAttr(ind, "right") ?? wAttr(ind, "end"));
    if (right !== undefined) props.rightIndent = right / 20;
    const rightChars = num(wAttr(ind, "rightChars"));
    if (rightChars !== undefined) props.rightChars = rightChars;
    const hangingChars = num(wAttr(ind, "hangingChars"));
    if (hangingChars !== undefined) props.firstLineChars = hangingChars;
    const first = num(wAttr(ind, "firstLine"));
    const hanging = num(wAttr(ind, "hanging"));
    if (first !== undefined) props.firstLineIndent = first / 20;
    if (hanging !== undefined) props.firstLineIndent = -hanging / 20;
    const chars = num(wAttr(ind, "firstLineChars"));
    if (chars !== undefined) props.firstLineChars = chars;
  }
  const spacing = child(pPr, "spacing");
  if (spacing) {
    const line = num(wAttr(spacing, "line"));
    const rule = wAttr(spacing, "lineRule") ?? "auto";
    if (line !== undefined) {
      props.lineSpacing = line / 20;
      props.lineRule = rule === "exact" ? "exact" : rule === "atLeast" ? "atLeast" : "multiple";
    }
    const before = num(wAttr(spacing, "before"));
    const after = num(wAttr(spacing, "after"));
    if (before !== undefined) props.spaceBefore = before / 20;
    if (after !== undefined) props.spaceAfter = after / 20;
  }
  const outline = num(wAttr(child(pPr, "outlineLvl"), "val"));
  if (outline !== undefined) props.outlineLevel = outline + 1;
  return props;
}

function parseRPr(rPr: El | undefined): Partial<FontProps> {
  const font: Partial<FontProps> = {};
  if (!rPr) return font;
  const fonts = child(rPr, "rFonts");
  const ascii = wAttr(fonts, "ascii") ?? wAttr(fonts, "hAnsi");
  if (ascii) font.name = ascii;
  const eastAsia = wAttr(fonts, "eastAsia");
  if (eastAsia) font.nameFarEast = eastAsia;
  const sz = num(wAttr(child(rPr, "sz"), "val"));
  if (sz !== undefined) font.size = sz / 2;
  const b = onOff(child(rPr, "b"));
  if (b !== undefined) font.bold = b;
  const i = onOff(child(rPr, "i"));
  if (i !== undefined) font.italic = i;
  const color = wAttr(child(rPr, "color"), "val");
  if (color && color !== "auto") font.color = `#${color.toUpperCase()}`;
  const u = wAttr(child(rPr, "u"), "val");
  if (u) font.underline = UNDERLINE_IN[u] ?? "Single";
  return font;
}

function sdtInfo(sdt: El, counter: { n: number }): { key: string; tag: string; title: string } {
  const pr = child(sdt, "sdtPr");
  const id = wAttr(pr && child(pr, "id"), "val");
  return {
    key: id ?? `anon-${counter.n++}`,
    tag: wAttr(pr && child(pr, "tag"), "val") ?? "",
    title: wAttr(pr && child(pr, "alias"), "val") ?? "",
  };
}

/** What parsing a package needs beyond the element at hand. */
interface ParseContext {
  n: number;
  rels: Map<string, string>;
  footnotes: Map<string, string>;
  comments: Map<string, string>;
  markers: ParsedMarker[];
  /** Open complex fields (w:fldChar begin … separate … end), innermost last; they may span paragraphs. */
  fields: Array<{ code: string; result: boolean; group: string }>;
}

let fieldGroupSeq = 0;

const textLength = (runs: ParsedRun[]) => runs.reduce((n, r) => n + r.text.length, 0);

function collectRuns(el: El, controls: ParsedRun["controls"], out: ParsedRun[], counter: ParseContext, rich: ParsedRich = {}): void {
  for (const c of children(el)) {
    const name = c.localName;
    if (name === "r") {
      // Complex fields: fldChar begin, instrText (the code), separate, the result's runs, end.
      const chars = children(c).filter((t) => t.localName === "fldChar" || t.localName === "instrText");
      if (chars.length) {
        for (const t of chars) {
          const kind = t.localName === "instrText" ? "code" : wAttr(t, "fldCharType");
          const top = counter.fields[counter.fields.length - 1];
          if (kind === "begin") counter.fields.push({ code: "", result: false, group: `ooxml-field-${++fieldGroupSeq}` });
          else if (kind === "code" && top && !top.result) top.code += t.textContent ?? "";
          else if (kind === "separate" && top) top.result = true;
          else if (kind === "end") counter.fields.pop();
        }
        continue;
      }
      if (counter.fields.some((f) => !f.result)) continue; // a run of a field's code is not text
      const open = counter.fields[counter.fields.length - 1];
      const base: ParsedRich = open ? { ...rich, field: open.code.trim(), fieldGroup: open.group } : rich;
      const rPr = child(c, "rPr");
      const font = parseRPr(rPr);
      const charStyleId = wAttr(rPr && child(rPr, "rStyle"), "val") ?? undefined;
      let text = "";
      const runRich: ParsedRich = { ...base };
      for (const t of children(c)) {
        if (t.localName === "t") text += t.textContent ?? "";
        else if (t.localName === "tab") text += "\t";
        else if (t.localName === "footnoteReference") {
          runRich.footnote = counter.footnotes.get(wAttr(t, "id") ?? "") ?? "";
          text += FOOTNOTE_MARK;
        } else if (t.localName === "drawing" && (child(t, "inline") ?? child(t, "anchor"))) {
          const inline = child(t, "inline") ?? child(t, "anchor");
          const extent = inline && child(inline, "extent");
          const docPr = inline && child(inline, "docPr");
          runRich.picture = { width: Number(extent?.getAttribute("cx") ?? 0) / EMU, height: Number(extent?.getAttribute("cy") ?? 0) / EMU, altText: docPr?.getAttribute("descr") ?? "" };
          text += PICTURE_MARK;
        }
      }
      if (children(c, "commentReference").length && !text) continue;
      const hasRich = Object.keys(runRich).length > 0;
      out.push({ text, font, controls, ...(charStyleId ? { charStyleId } : {}), ...(hasRich ? { rich: runRich } : {}) });
    } else if (name === "sdt") {
      const content = child(c, "sdtContent");
      const info = sdtInfo(c, counter);
      const before = out.length;
      if (content) collectRuns(content, [...controls, info], out, counter, rich);
      if (out.length === before) out.push({ text: "", font: {}, controls: [...controls, info] });
    } else if (name === "hyperlink") {
      const rid = c.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") || c.getAttribute("r:id");
      const anchor = wAttr(c, "anchor");
      collectRuns(c, controls, out, counter, { ...rich, link: (rid && counter.rels.get(rid)) ?? (anchor ? `#${anchor}` : "") });
    } else if (name === "fldSimple") {
      collectRuns(c, controls, out, counter, { ...rich, field: wAttr(c, "instr")?.trim() ?? "" });
    } else if (name === "ins") {
      collectRuns(c, controls, out, counter, { ...rich, revision: true });
    } else if (name === "del") {
      continue; // a tracked deletion is not text of the inserted content
    } else if (name === "bookmarkStart" || name === "bookmarkEnd" || name === "commentRangeStart" || name === "commentRangeEnd") {
      const id = wAttr(c, "id") ?? "";
      const kind = name.startsWith("bookmark") ? "bookmark" : "comment";
      const edge = name.endsWith("Start") ? "start" : "end";
      counter.markers.push({ kind, edge, id, offset: textLength(out), ...(kind === "bookmark" && edge === "start" ? { name: wAttr(c, "name") ?? "" } : {}), ...(kind === "comment" ? { content: counter.comments.get(id) ?? "" } : {}) });
    } else if (name !== "pPr" && name !== "rPr" && name !== "sdtPr") {
      collectRuns(c, controls, out, counter, rich); // smartTags, customXml …: keep their runs
    }
  }
}

function collectParagraphs(el: El, controls: ParsedRun["controls"], out: ParsedParagraph[], counter: ParseContext): void {
  for (const c of children(el)) {
    if (c.localName === "p") {
      const runs: ParsedRun[] = [];
      counter.markers = [];
      collectRuns(c, controls, runs, counter);
      const pPr = child(c, "pPr");
      const styleId = wAttr(pPr && child(pPr, "pStyle"), "val") ?? undefined;
      const markers = counter.markers;
      out.push({ props: parsePPr(pPr), runs, ...(styleId ? { styleId } : {}), ...(markers.length ? { markers } : {}) });
    } else if (c.localName === "sdt") {
      const content = child(c, "sdtContent");
      if (content) collectParagraphs(content, [...controls, sdtInfo(c, counter)], out, counter);
    } else if (c.localName === "tbl" || c.localName === "tr" || c.localName === "tc") {
      const before = out.length;
      collectParagraphs(c, controls, out, counter);
      if (c.localName === "tbl") for (const p of out.slice(before)) p.props.inTable = true;
    }
  }
}

/** Parses OOXML (flat-OPC package, w:document, or w:body) into paragraphs; throws a string when invalid. */
export function parseOoxml(xml: string): ParsedParagraph[] {
  return parseOoxmlPackage(xml).paragraphs;
}

function parseStyles(root: El): ParsedStyle[] {
  const out: ParsedStyle[] = [];
  for (const st of children(root, "style")) {
    const type = wAttr(st, "type");
    if (type !== "paragraph" && type !== "character") continue;
    const id = wAttr(st, "styleId");
    if (!id) continue;
    const name = wAttr(child(st, "name"), "val") ?? id;
    const paragraph = type === "paragraph" ? parsePPr(child(st, "pPr")) : {};
    out.push({
      id, name, type: type === "paragraph" ? "Paragraph" : "Character", builtIn: null,
      basedOn: wAttr(child(st, "basedOn"), "val"), font: parseRPr(child(st, "rPr")), paragraph,
    });
  }
  return out;
}

/** Parses a package: its paragraphs and the styles its styles part defines (none without one). */
export function parseOoxmlPackage(xml: string): { paragraphs: ParsedParagraph[]; styles: ParsedStyle[] } {
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (e) {
    throw `malformed XML: ${(e as Error).message}`;
  }
  const root = doc.documentElement as El | null;
  if (!root) throw "no root element";
  let document: El | undefined;
  let styles: ParsedStyle[] = [];
  const ctx: ParseContext = { n: 0, rels: new Map(), footnotes: new Map(), comments: new Map(), markers: [], fields: [] };
  if (root.localName === "package") {
    const partRoot = (name: string, local: string) => {
      const p = children(root, "part").find((x) => (x.getAttribute("pkg:name") ?? "").toLowerCase() === name);
      const data = p && child(p, "xmlData");
      return data && child(data, local);
    };
    for (const rel of children(partRoot("/word/_rels/document.xml.rels", "Relationships") ?? root, "Relationship")) ctx.rels.set(rel.getAttribute("Id") ?? "", rel.getAttribute("Target") ?? "");
    const noteText = (n: El) => (n.textContent ?? "").trim();
    for (const n of children(partRoot("/word/footnotes.xml", "footnotes") ?? root, "footnote")) ctx.footnotes.set(wAttr(n, "id") ?? "", noteText(n));
    for (const n of children(partRoot("/word/comments.xml", "comments") ?? root, "comment")) ctx.comments.set(wAttr(n, "id") ?? "", noteText(n));
    const stylesPart = children(root, "part").find((p) => (p.getAttribute("pkg:name") ?? "").toLowerCase() === "/word/styles.xml");
    const stylesRoot = stylesPart && child(stylesPart, "xmlData") && child(child(stylesPart, "xmlData")!, "styles");
    if (stylesRoot) styles = parseStyles(stylesRoot);
    const part = children(root, "part").find((p) => (p.getAttribute("pkg:name") ?? "").toLowerCase() === "/word/document.xml");
    const data = part && child(part, "xmlData");
    document = data && child(data, "document");
    if (!document) throw "package without /word/document.xml";
  } else if (root.localName === "document" || root.localName === "body") {
    document = root;
  } else {
    throw `unexpected root <${root.tagName}>`;
  }
  const body = document.localName === "body" ? document : child(document, "body");
  if (!body) throw "document without w:body";
  const out: ParsedParagraph[] = [];
  collectParagraphs(body, [], out, ctx);
  return { paragraphs: out, styles };
}
