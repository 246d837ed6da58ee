/**
 * The OOXML subset the double reads and writes: paragraphs with pStyle/jc/ind/spacing, runs with
 * rFonts/sz/b/i/color and text, and inline or block w:sdt content controls.
 */
import { DOMParser } from "@xmldom/xmldom";
import { builtInFromStyleName, builtInStyleName, type FontProps, type ParagraphProps, type Run } from "./model";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ControlInfo {
  id: number;
  tag: string;
  title: string;
}

export interface OoxmlParagraph {
  props: ParagraphProps;
  runs: Run[];
}

export interface ParsedRun {
  text: string;
  font: Partial<FontProps>;
  /** Content controls around the run, outermost first; `key` identifies one control within the package. */
  controls: Array<{ key: string; tag: string; title: string }>;
}

export interface ParsedParagraph {
  props: Partial<ParagraphProps>;
  runs: ParsedRun[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const twips = (pt: number) => String(Math.round(pt * 20));

const JC_OUT: Record<string, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };
const JC_IN: Record<string, string> = { left: "Left", start: "Left", center: "Centered", right: "Right", end: "Right", both: "Justified", distribute: "Justified" };

function paragraphPropsXml(p: ParagraphProps): string {
  let x = "";
  const styleId = p.styleBuiltIn !== "Other" ? p.styleBuiltIn : p.style.replace(/\s+/g, "");
  if (styleId && styleId !== "Normal") x += `<w:pStyle w:val="${esc(styleId)}"/>`;
  // Multiple spacing is in 240ths of a line (12 pt = single), exact/atLeast in twips: both are pt × 20.
  const line = twips(p.lineSpacing);
  const rule = p.lineRule === "multiple" ? "auto" : p.lineRule;
  x += `<w:spacing w:before="${twips(p.spaceBefore)}" w:after="${twips(p.spaceAfter)}" w:line="${line}" w:lineRule="${rule}"/>`;
  let ind = "";
  if (p.leftIndent) ind += ` w:left="${twips(p.leftIndent)}"`;
  if (p.firstLineChars) ind += ` w:firstLineChars="${p.firstLineChars}"`;
  if (p.firstLineIndent > 0) ind += ` w:firstLine="${twips(p.firstLineIndent)}"`;
  if (p.firstLineIndent < 0) ind += ` w:hanging="${twips(-p.firstLineIndent)}"`;
  if (ind) x += `<w:ind${ind}/>`;
  const jc = JC_OUT[p.alignment];
  if (jc) x += `<w:jc w:val="${jc}"/>`;
  if (p.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${p.outlineLevel - 1}"/>`;
  return `<w:pPr>${x}</w:pPr>`;
}

function runXml(r: Run): string {
  const f = r.font;
  let rPr = `<w:rFonts w:ascii="${esc(f.name)}" w:hAnsi="${esc(f.name)}" w:eastAsia="${esc(f.nameFarEast)}"/>`;
  if (f.bold) rPr += "<w:b/>";
  if (f.italic) rPr += "<w:i/>";
  if (f.color) rPr += `<w:color w:val="${esc(f.color.replace(/^#/, ""))}"/>`;
  rPr += `<w:sz w:val="${Math.round(f.size * 2)}"/><w:szCs w:val="${Math.round(f.size * 2)}"/>`;
  const parts = r.text.split("\t").map((t) => (t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : ""));
  return `<w:r><w:rPr>${rPr}</w:rPr>${parts.join("<w:tab/>")}</w:r>`;
}

/** Runs grouped into nested w:sdt elements by their content-control ids. */
function runsXml(runs: Run[], depth: number, controls: Map<number, ControlInfo>): string {
  let x = "";
  let i = 0;
  while (i < runs.length) {
    const id = runs[i]!.ccs[depth];
    if (id === undefined) {
      x += runXml(runs[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < runs.length && runs[j]!.ccs[depth] === id) j++;
    const cc = controls.get(id);
    const inner = runsXml(runs.slice(i, j), depth + 1, controls);
    x += `<w:sdt><w:sdtPr><w:alias w:val="${esc(cc?.title ?? "")}"/><w:tag w:val="${esc(cc?.tag ?? "")}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    i = j;
  }
  return x;
}

/** A flat-OPC package (what Word's getOoxml returns) holding these paragraphs. */
export function toOoxml(paragraphs: OoxmlParagraph[], controls: Map<number, ControlInfo>): string {
  const body = paragraphs.map((p) => `<w:p>${paragraphPropsXml(p.props)}${runsXml(p.runs, 0, controls)}</w:p>`).join("");
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
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

function parsePPr(pPr: El | undefined): Partial<ParagraphProps> {
  const props: Partial<ParagraphProps> = {};
  if (!pPr) return props;
  const styleId = wAttr(child(pPr, "pStyle"), "val");
  if (styleId) {
    const english = builtInStyleName(styleId);
    props.styleBuiltIn = english ? styleId : builtInFromStyleName(styleId);
    props.style = english ?? styleId;
  }
  const jc = JC_IN[wAttr(child(pPr, "jc"), "val") ?? ""];
  if (jc) props.alignment = jc;
  const ind = child(pPr, "ind");
  if (ind) {
    const left = num(wAttr(ind, "left") ?? wAttr(ind, "start"));
    if (left !== undefined) props.leftIndent = left / 20;
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

function collectRuns(el: El, controls: ParsedRun["controls"], out: ParsedRun[], counter: { n: number }): void {
  for (const c of children(el)) {
    if (c.localName === "r") {
      const font = parseRPr(child(c, "rPr"));
      let text = "";
      for (const t of children(c)) {
        if (t.localName === "t") text += t.textContent ?? "";
        else if (t.localName === "tab") text += "\t";
      }
      out.push({ text, font, controls });
    } else if (c.localName === "sdt") {
      const content = child(c, "sdtContent");
      const info = sdtInfo(c, counter);
      const before = out.length;
      if (content) collectRuns(content, [...controls, info], out, counter);
      if (out.length === before) out.push({ text: "", font: {}, controls: [...controls, info] });
    } else if (c.localName !== "pPr" && c.localName !== "rPr" && c.localName !== "sdtPr") {
      collectRuns(c, controls, out, counter); // hyperlinks, smartTags, ins …: keep their runs
    }
  }
}

function collectParagraphs(el: El, controls: ParsedRun["controls"], out: ParsedParagraph[], counter: { n: number }): void {
  for (const c of children(el)) {
    if (c.localName === "p") {
      const runs: ParsedRun[] = [];
      collectRuns(c, controls, runs, counter);
      out.push({ props: parsePPr(child(c, "pPr")), runs });
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
  if (root.localName === "package") {
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
  collectParagraphs(body, [], out, { n: 0 });
  return out;
}
