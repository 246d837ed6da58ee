/**
 * The probe style: one paragraph style written the way core/format writes the official styles
 * (a styles part in a flat-OPC package, exact spacing, East Asian font, character indents,
 * snapToGrid off, an outline level), under a name of its own so that 诊断 never touches the
 * document's 公文 styles. Deleted afterwards where Word has style objects (WordApi 1.5).
 */
import { escapeXml } from "../../core/format";

export const PROBE_STYLE_NAME = "报告助手诊断样式";
const PROBE_STYLE_ID = "ReportComposerProbe";

/** What the probe style defines, and what the probes read back. */
export const PROBE_STYLE = {
  eastAsianFont: "仿宋_GB2312",
  latinFont: "Times New Roman",
  sizePt: 16,
  lineSpacingPt: 28,
  firstLineIndentChars: 2,
  /** 0-based in OOXML (w:outlineLvl 1); Word.Paragraph.outlineLevel reads it 1-based: 2. */
  outlineLvl: 1,
} as const;

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

function styleXml(sizePt: number): string {
  const s = PROBE_STYLE;
  const half = sizePt * 2;
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${PROBE_STYLE_ID}"><w:name w:val="${PROBE_STYLE_NAME}"/><w:qFormat/>` +
    `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${s.lineSpacingPt * 20}" w:lineRule="exact"/>` +
    `<w:ind w:firstLine="${s.firstLineIndentChars * sizePt * 20}" w:firstLineChars="${s.firstLineIndentChars * 100}"/><w:jc w:val="both"/><w:outlineLvl w:val="${s.outlineLvl}"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${s.latinFont}" w:hAnsi="${s.latinFont}" w:eastAsia="${s.eastAsianFont}" w:hint="eastAsia"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr></w:style>`
  );
}

/**
 * A package of two paragraphs in the probe style (a one-paragraph package takes its target's
 * properties, #3149) and the styles part; `sizePt` other than 16 is the same-name probe's rival definition.
 */
export function probeStylePackage(texts: readonly [string, string], sizePt: number = PROBE_STYLE.sizePt): string {
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = (type: string, target: string) => `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
  const paragraph = (text: string) => `<w:p><w:pPr><w:pStyle w:val="${PROBE_STYLE_ID}"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part("/_rels/.rels", RELS_TYPE, rels("officeDocument", "word/document.xml")) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="${W_NS}"><w:body>${texts.map(paragraph).join("")}</w:body></w:document>`) +
    part("/word/_rels/document.xml.rels", RELS_TYPE, rels("styles", "styles.xml")) +
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", `<w:styles xmlns:w="${W_NS}">${styleXml(sizePt)}</w:styles>`) +
    `</pkg:package>`
  );
}

/** The probe style's definition as a getOoxml package carries it (its styles part), or "". */
export function probeStyleDefinition(packageXml: string): string {
  const at = packageXml.indexOf(`w:styleId="${PROBE_STYLE_ID}"`);
  if (at < 0) return "";
  const end = packageXml.indexOf("</w:style>", at);
  return packageXml.slice(at, end < 0 ? undefined : end);
}

/** The main document part of a getOoxml package (not its styles part: w:lang w:eastAsia lives there too). */
export function documentPart(packageXml: string): string {
  const start = packageXml.indexOf("<w:body");
  const end = packageXml.indexOf("</w:body>", start);
  return start < 0 ? packageXml : packageXml.slice(start, end < 0 ? undefined : end);
}

/**
 * A package of a table-of-contents field whose result is two lines in Normal style (no pStyle):
 * w:fldChar begin and the TOC code in the first line, the end in the second, as Word writes a TOC.
 */
export function tocFieldPackage(lines: readonly [string, string]): string {
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const text = (t: string) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const char = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const body =
    `<w:p>${char("begin")}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>${char("separate")}${text(lines[0])}</w:p>` +
    `<w:p>${text(lines[1])}${char("end")}</w:p>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part("/_rels/.rels", RELS_TYPE, rels) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`) +
    `</pkg:package>`
  );
}
