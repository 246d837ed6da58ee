/** Small helpers for writing WordprocessingML by hand: escaping and units. */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
export const DOCUMENT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Points to twentieths of a point (twips), the unit of most WordprocessingML lengths. */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** Millimetres to points (1 in = 25.4 mm = 72 pt). */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** An empty element `<w:name w:a="…"/>` with w:-qualified attributes, values escaped. */
export function wEmpty(name: string, attributes: Record<string, string | number> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` w:${key}="${escapeXml(String(value))}"`)
    .join("");
  return `<w:${name}${attrs}/>`;
}
