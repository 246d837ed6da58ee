import type { OoxmlRun } from "../core/format";

/**
 * Reads the runs of ONE paragraph out of the OOXML Word returns for it (paragraph.getOoxml()):
 * its text and the inline content controls around parts of it (tag, alias). Pure string work, so
 * it runs the same in Word, in the browser preview and in node tests (no DOMParser there).
 *
 * Returns null when rebuilding the paragraph from these runs could lose something: more than one
 * paragraph, a block-level control around the paragraph, nested controls, or objects that have no
 * text (pictures, fields, footnotes, comments, tracked changes). Such paragraphs are formatted
 * through the API only, never rebuilt.
 */
export function readParagraphRuns(ooxml: string): OoxmlRun[] | null {
  const body = bodyOf(ooxml);
  if (body === null || UNSAFE.test(body)) return null;
  const runs: OoxmlRun[] = [];
  let paragraphs = 0;
  let inParagraph = false;
  let control: { tag: string; title: string; text: string } | null = null;
  let inSdtPr = false;
  let text = "";
  const flushText = () => {
    if (text) runs.push({ text });
    text = "";
  };
  const append = (piece: string) => {
    if (control) control.text += piece;
    else text += piece;
  };
  const tokens = /<(\/?)w:([A-Za-z]+)\b([^>]*?)(\/?)>|([^<]+)/g;
  let inT = false;
  let inRun = false;
  for (const match of body.matchAll(tokens)) {
    const [, closing, name, attrs = "", selfClosing, chars] = match;
    if (chars !== undefined) {
      if (inT) append(unescapeXml(chars));
      continue;
    }
    const open = !closing;
    switch (name) {
      case "p":
        if (open && !selfClosing) {
          if (++paragraphs > 1) return null;
          inParagraph = true;
        } else if (closing) inParagraph = false;
        break;
      case "sdt":
        if (open) {
          if (!inParagraph || control) return null; // block-level or nested control
          flushText();
          control = { tag: "", title: "", text: "" };
        } else if (control) {
          runs.push({ contentControl: control });
          control = null;
        }
        break;
      case "sdtPr":
        inSdtPr = open && !selfClosing;
        break;
      case "tag":
      case "alias":
        if (inSdtPr && control) control[name === "tag" ? "tag" : "title"] = unescapeXml(attribute(attrs, "val"));
        break;
      case "r":
        inRun = open && !selfClosing;
        break;
      case "t":
        inT = inRun && open && !selfClosing;
        break;
      case "tab":
        if (inRun) append("\t");
        break;
      default:
        break;
    }
  }
  if (control || paragraphs !== 1) return null;
  flushText();
  return runs;
}

/** The text a list of runs spells, as Word's paragraph.text would read it. */
export function runsText(runs: readonly OoxmlRun[]): string {
  return runs.map((run) => ("text" in run ? run.text : run.contentControl.text)).join("");
}

// Objects that carry no text of their own: rebuilding the paragraph from its text would drop them.
const UNSAFE =
  /<w:(?:drawing|pict|object|fldChar|fldSimple|instrText|footnoteReference|endnoteReference|commentReference|commentRangeStart|ins|del|moveFrom|moveTo|br|cr|sym|ptab|txbxContent|showingPlcHdr)\b/;

function bodyOf(ooxml: string): string | null {
  const start = ooxml.search(/<w:body\b[^>]*>/);
  if (start < 0) return null;
  const open = /<w:body\b[^>]*>/.exec(ooxml.slice(start));
  const end = ooxml.indexOf("</w:body>", start);
  if (!open || end < 0) return null;
  // The section properties that close a body are not part of the paragraph.
  return ooxml
    .slice(start + open[0].length, end)
    .replace(/<w:sectPr\b[^>]*\/>/g, "")
    .replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, "");
}

function attribute(attrs: string, name: string): string {
  const match = new RegExp(`w:${name}="([^"]*)"`).exec(attrs);
  return match?.[1] ?? "";
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}
