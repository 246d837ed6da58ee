import type { Alignment, ParagraphFormat } from "./types";
import { escapeXml, OFFICE_DOCUMENT_REL, PKG_NS, RELS_NS, W_NS } from "./xml";

export { escapeXml };

/** The parts of a planned format the OOXML writers need (paragraph index and role optional). */
export type OoxmlFormat = Omit<ParagraphFormat, "paragraph" | "role" | "firstLineIndentChars"> & {
  role?: ParagraphFormat["role"];
  firstLineIndentChars?: number;
  /** Paragraph style to keep (`<w:pStyle>`): a rebuilt paragraph otherwise falls back to Normal. */
  styleId?: string;
};

export type OoxmlRun = { text: string } | { contentControl: { tag: string; title: string; text: string } };

const JC: Record<Alignment, string> = { left: "left", centered: "center", right: "right", justified: "both" };
const OUTLINE_LEVEL: Partial<Record<string, number>> = { heading1: 0, heading2: 1, heading3: 2, heading4: 3 };

const twips = (pt: number) => Math.round(pt * 20);

/**
 * `<w:pPr>` with exact line spacing, first-line indent in characters (and points, for older
 * readers), alignment and — for headings — an outline level so the Navigation Pane sees them.
 */
export function paragraphPropertiesOoxml(format: OoxmlFormat, runProperties = ""): string {
  const chars = format.firstLineIndentChars ?? (format.sizePt > 0 ? format.firstLineIndentPt / format.sizePt : 0);
  const outline = format.role !== undefined ? OUTLINE_LEVEL[format.role] : undefined;
  return (
    "<w:pPr>" +
    (format.styleId ? `<w:pStyle w:val="${escapeXml(format.styleId)}"/>` : "") +
    `<w:spacing w:before="0" w:after="0" w:line="${twips(format.lineSpacingPt)}" w:lineRule="exact"/>` +
    `<w:ind w:firstLineChars="${Math.round(chars * 100)}" w:firstLine="${twips(format.firstLineIndentPt)}"/>` +
    `<w:jc w:val="${JC[format.alignment]}"/>` +
    (outline !== undefined ? `<w:outlineLvl w:val="${outline}"/>` : "") +
    runProperties +
    "</w:pPr>"
  );
}

/** `<w:rPr>` with the Latin and East Asian font slots, bold on or off, and size in half-points. */
export function runPropertiesOoxml(format: OoxmlFormat): string {
  const latin = escapeXml(format.latinFont);
  const eastAsia = escapeXml(format.eastAsianFont);
  const halfPoints = Math.round(format.sizePt * 2);
  const bold = format.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  return (
    "<w:rPr>" +
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:hint="eastAsia"/>` +
    bold +
    `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>` +
    "</w:rPr>"
  );
}

/** A run of text; tabs and line breaks become Word's own elements, spaces are preserved. */
function textRun(text: string, rPr: string): string {
  const pieces = text.split(/(\t|\r\n|\n|\r)/);
  const body = pieces
    .map((piece) => {
      if (piece === "\t") return "<w:tab/>";
      if (piece === "\n" || piece === "\r" || piece === "\r\n") return "<w:br/>";
      return piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : "";
    })
    .join("");
  return `<w:r>${rPr}${body}</w:r>`;
}

function runOoxml(run: OoxmlRun, rPr: string): string {
  if ("text" in run) return textRun(run.text, rPr);
  const { tag, title, text } = run.contentControl;
  return (
    "<w:sdt><w:sdtPr>" +
    `<w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    "</w:sdtPr><w:sdtContent>" +
    textRun(text, rPr) +
    "</w:sdtContent></w:sdt>"
  );
}

/** One `<w:p>`; the paragraph mark carries the same run properties so new text typed there matches. */
export function paragraphOoxml(format: OoxmlFormat, runs: readonly OoxmlRun[]): string {
  const rPr = runPropertiesOoxml(format);
  return `<w:p>${paragraphPropertiesOoxml(format, rPr)}${runs.map((run) => runOoxml(run, rPr)).join("")}</w:p>`;
}

/**
 * A complete flat-OPC package (`pkg:package` with /_rels/.rels and /word/document.xml) for Word's
 * insertOoxml: the route that can set the East Asian font slot and exact line spacing where the
 * API cannot. Content controls become `<w:sdt>` with tag and alias, so they survive reformatting.
 */
export function paragraphOoxmlPackage(
  paragraphs: ReadonlyArray<{ format: OoxmlFormat; runs: readonly OoxmlRun[] }>,
): string {
  const body = paragraphs.map((p) => paragraphOoxml(p.format, p.runs)).join("");
  return (
    '<pkg:package xmlns:pkg="' + PKG_NS + '">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
    "<pkg:xmlData>" +
    `<Relationships xmlns="${RELS_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/>` +
    "</Relationships></pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    "<pkg:xmlData>" +
    `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>` +
    "</pkg:xmlData></pkg:part></pkg:package>"
  );
}
