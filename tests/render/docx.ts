/** A minimal .docx built from the official styles part, for rendering by a real OOXML consumer. */
import { strToU8, zipSync } from "fflate";
import { escapeXml, sectionPropertiesXml, stylesPart, type FormatProfile } from "../../src/core/format/index";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One paragraph: a paragraph style id and runs, each with an optional character style id. */
export interface SampleParagraph {
  style: string;
  runs: Array<{ text: string; style?: string }>;
  /** Start the paragraph on a new page (for the full-page measurement). */
  pageBreakBefore?: boolean;
}

function paragraphXml(p: SampleParagraph): string {
  const pPr = `<w:pPr><w:pStyle w:val="${p.style}"/>${p.pageBreakBefore ? "<w:pageBreakBefore/>" : ""}</w:pPr>`;
  const runs = p.runs
    .map((run) => {
      const rPr = run.style ? `<w:rPr><w:rStyle w:val="${run.style}"/></w:rPr>` : "";
      return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
    })
    .join("");
  return `<w:p>${pPr}${runs}</w:p>`;
}

/**
 * The .docx bytes: styles from `stylesPart(profile)` (or `stylesXml`, for a control document),
 * the page from `sectionPropertiesXml` with a line grid of `linePitchTwips`.
 */
export function buildDocx(
  profile: FormatProfile,
  paragraphs: readonly SampleParagraph[],
  linePitchTwips: number,
  stylesXml = stylesPart(profile),
): Uint8Array {
  const xml = (text: string) => strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text);
  const document =
    `<w:document xmlns:w="${W}"><w:body>` +
    paragraphs.map(paragraphXml).join("") +
    sectionPropertiesXml(profile, linePitchTwips) +
    "</w:body></w:document>";
  return zipSync({
    "[Content_Types].xml": xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "word/document.xml": xml(document),
    "word/styles.xml": xml(stylesXml),
  });
}
