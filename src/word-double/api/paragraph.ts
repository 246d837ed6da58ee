/** Word.Paragraph. */
import { invalidArgument, itemNotFound } from "../errors";
import { ParagraphNode } from "../model";
import { NULL, type PropDef, defineNav, defineProps } from "../runtime";
import type { ParaFormat } from "../styles";
import { ContentControl } from "./contentControl";
import { ContentControlCollection } from "./contentControlCollection";
import { fontNav } from "./font";
import { W11, W13 } from "./shared";
import { type Span, checkLocation, innermostControl, paragraphSpan, spanArgs, tableOf } from "./span";
import { SpanObject } from "./spanObject";
import { setParagraphBuiltIn, setStyleByName } from "./styleAssign";
import { Table } from "./table";
import { landed, newParagraphNear, pictureText } from "./textEdit";

const ALIGNMENTS = ["Left", "Centered", "Right", "Justified"];

/** Word.Paragraph. */
export class Paragraph extends SpanObject {
  get _className() {
    return "Paragraph";
  }
  _span(t: ParagraphNode): Span {
    return paragraphSpan(t);
  }
  override _check(t: ParagraphNode): ParagraphNode {
    if (t.deleted) throw itemNotFound("Paragraph");
    return t;
  }

  /** [WordApi 1.1] The new paragraph takes this paragraph's style and formatting. */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (t: ParagraphNode, x) => {
      checkLocation(location, ["Before", "After"], "Paragraph.insertParagraph");
      return newParagraphNear(x.model, t, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }

  /** [WordApi 1.1] */
  delete(): void {
    this._call("delete", W11, (t: ParagraphNode, x) => {
      const m = x.model;
      // Mode lastParagraphDeletable false: Word keeps the document's final paragraph mark; the paragraph is emptied.
      if (!x.env.modes.lastParagraphDeletable && m.paragraphs[m.paragraphs.length - 1] === t && m.paragraphs.length > 1) {
        if (t.length > 0) m.deleteRange({ para: t, offset: 0 }, { para: t, offset: t.length });
        return;
      }
      m.deleteParagraph(t);
    });
  }

  /** [WordApi 1.3] */
  getNextOrNullObject(): Paragraph {
    return this._call("getNextOrNullObject", W13, (t: ParagraphNode, x) => x.model.paragraphs[x.model.indexOf(t) + 1] ?? NULL, new Paragraph(this.context));
  }

  /** [WordApi 1.3] */
  getPreviousOrNullObject(): Paragraph {
    return this._call("getPreviousOrNullObject", W13, (t: ParagraphNode, x) => x.model.paragraphs[x.model.indexOf(t) - 1] ?? NULL, new Paragraph(this.context));
  }
}

/** A paragraph property in points: read effective, written as direct formatting. */
const numberProp = (k: "firstLineIndent" | "leftIndent" | "rightIndent" | "spaceBefore" | "spaceAfter", extra?: Partial<ParaFormat>): PropDef => ({
  get: (p: ParagraphNode) => p[k],
  set: (p: ParagraphNode, v, x) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`${k} = ${String(v)}`, `Paragraph.${k}`);
    x.model.setParagraphDirect(p, { [k]: v, ...extra });
  },
});

defineProps(Paragraph, {
  text: { get: (p: ParagraphNode, x) => pictureText(p.text, x.env.modes) }, // [WordApi 1.1] a picture per mode pictureCharInText
  // [WordApi 1.1] The localized NAME of the style, never its id.
  style: { get: (p: ParagraphNode) => p.style, set: (p: ParagraphNode, v, x) => setStyleByName(x.model, paragraphSpan(p), v, "Paragraph.style", x.env.modes) },
  styleBuiltIn: { req: W13, get: (p: ParagraphNode) => p.styleBuiltIn, set: (p: ParagraphNode, v, x) => setParagraphBuiltIn(x.model, p, String(v), "Paragraph.styleBuiltIn", x.env.modes) }, // [WordApi 1.3]
  alignment: {
    // [WordApi 1.1]
    get: (p: ParagraphNode) => p.alignment,
    set: (p: ParagraphNode, v, x) => {
      if (!ALIGNMENTS.includes(v)) throw invalidArgument(`alignment '${String(v)}'`, "Paragraph.alignment");
      x.model.setParagraphDirect(p, { alignment: v });
    },
  },
  // [WordApi 1.1] Points; setting it replaces a character-unit indent (Word writes firstLineChars 0).
  firstLineIndent: numberProp("firstLineIndent", { firstLineChars: 0 }),
  leftIndent: numberProp("leftIndent"), // [WordApi 1.1]
  rightIndent: numberProp("rightIndent", { rightChars: 0 }), // [WordApi 1.1]
  spaceBefore: numberProp("spaceBefore"), // [WordApi 1.1]
  spaceAfter: numberProp("spaceAfter"), // [WordApi 1.1]
  lineSpacing: {
    // [WordApi 1.1] Points, but Word stores it as *multiple* spacing (office-js #2296).
    get: (p: ParagraphNode) => p.lineSpacing,
    set: (p: ParagraphNode, v, x) => {
      if (typeof v !== "number" || !(v > 0)) throw invalidArgument(`lineSpacing = ${String(v)}`, "Paragraph.lineSpacing");
      x.model.setParagraphDirect(p, { lineSpacing: v, lineRule: "multiple" });
    },
  },
  outlineLevel: { get: (p: ParagraphNode) => p.outlineLevel ?? 10 }, // [WordApi 1.1] 1–9, 10 = body text; from the style unless set directly
  tableNestingLevel: { req: W13, get: (p: ParagraphNode) => (p.inTable ? 1 : 0) }, // [WordApi 1.3]
  isListItem: { req: W13, get: () => false }, // [WordApi 1.3]
});
fontNav(Paragraph);
defineNav(Paragraph, "contentControls", (self: Paragraph) => new ContentControlCollection(self, (t: ParagraphNode, x) => x.model.controlsIn(...spanArgs(paragraphSpan(t))).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(Paragraph, "parentTableOrNullObject", (self: Paragraph) => new Table(self, (t: ParagraphNode) => tableOf([t], true, ""), W13)); // [WordApi 1.3]
defineNav(Paragraph, "parentTable", (self: Paragraph) => new Table(self, (t: ParagraphNode) => tableOf([t], false, "Paragraph.parentTable"), W13)); // [WordApi 1.3]
defineNav(Paragraph, "parentContentControlOrNullObject", (self: Paragraph) => new ContentControl(self, (t: ParagraphNode, x) => innermostControl(x.model, paragraphSpan(t), true), W13)); // [WordApi 1.3]
