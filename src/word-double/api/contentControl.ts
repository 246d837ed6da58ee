/** Word.ContentControl. */
import { OfficeError, invalidArgument, itemNotFound } from "../errors";
import type { ContentControlRecord } from "../model";
import { type Exec, type PropDef, defineNav, defineProps } from "../runtime";
import { ContentControlCollection } from "./contentControlCollection";
import { fontNav } from "./font";
import { Paragraph } from "./paragraph";
import { ParagraphCollection } from "./paragraphCollection";
import { WordRange } from "./range";
import { W11 } from "./shared";
import { type Span, checkLocation, controlSpan, spanArgs } from "./span";
import { SpanObject } from "./spanObject";
import { styleProps } from "./styleAssign";
import { insertAt, landed, newParagraphNear } from "./textEdit";
import { late } from "./late";

/** Word.ContentControl (rich text). */
export class ContentControl extends SpanObject {
  get _className() {
    return "ContentControl";
  }
  override _locations = { insertText: ["Replace", "Start", "End"], getRange: ["Whole", "Start", "End", "Before", "After", "Content"] };
  _span(t: ContentControlRecord, x: Exec): Span {
    return controlSpan(x.model, t, "ContentControl");
  }
  override _check(t: ContentControlRecord, x: Exec): ContentControlRecord {
    if (!x.model.contentControls.has(t.id)) throw itemNotFound("ContentControl");
    return t;
  }
  override _controlStack(t: ContentControlRecord, x: Exec): number[] {
    const s = this._span(t, x);
    for (const p of x.model.paragraphsBetween(s.start, s.end)) {
      const run = p.runs.find((r) => r.ccs.includes(t.id));
      if (run) return run.ccs.slice(0, run.ccs.indexOf(t.id) + 1);
    }
    return [t.id];
  }

  /** [WordApi 1.1] Content controls refuse edits when cannotEdit is set. */
  override insertText(text: string, location: string): WordRange {
    this._call("insertText(check)", W11, (t: ContentControlRecord) => {
      if (t.cannotEdit) throw new OfficeError("AccessDenied", "The content control cannot be edited.", "ContentControl.insertText");
    });
    return super.insertText(text, location);
  }

  /** [WordApi 1.1] */
  delete(keepContent: boolean): void {
    this._call("delete", W11, (t: ContentControlRecord, x) => {
      if (t.cannotDelete) throw new OfficeError("AccessDenied", "The content control cannot be deleted.", "ContentControl.delete");
      x.model.unwrapControl(t.id, !!keepContent);
    });
  }

  /** [WordApi 1.1] */
  clear(): void {
    this._call("clear", W11, (t: ContentControlRecord, x) => {
      insertAt(x.model, this._span(t, x), "", "Replace", this._controlStack(t, x));
    });
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (t: ContentControlRecord, x) => {
      checkLocation(location, ["Before", "After"], "ContentControl.insertParagraph");
      const s = this._span(t, x);
      return newParagraphNear(x.model, location === "Before" ? s.start.para : s.end.para, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }
}
const ccProp = <K extends keyof ContentControlRecord>(k: K, check?: (v: unknown) => boolean): PropDef => ({
  get: (t: ContentControlRecord) => t[k],
  set: (t: ContentControlRecord, v, x) => {
    if (check && !check(v)) throw invalidArgument(`${k} = ${String(v)}`, `ContentControl.${k}`);
    t[k] = v;
    x.model.version++;
  },
});
defineProps(ContentControl, {
  id: { get: (t: ContentControlRecord) => t.id }, // [WordApi 1.1]
  text: { get: (t: ContentControlRecord, x) => x.model.textBetween(...spanArgs(controlSpan(x.model, t, "ContentControl.text"))) }, // [WordApi 1.1]
  tag: ccProp("tag", (v) => typeof v === "string"), // [WordApi 1.1]
  title: ccProp("title", (v) => typeof v === "string"), // [WordApi 1.1]
  appearance: ccProp("appearance", (v) => v === "BoundingBox" || v === "Tags" || v === "Hidden"), // [WordApi 1.1]
  placeholderText: ccProp("placeholderText", (v) => typeof v === "string"), // [WordApi 1.1]
  cannotEdit: ccProp("cannotEdit", (v) => typeof v === "boolean"), // [WordApi 1.1]
  cannotDelete: ccProp("cannotDelete", (v) => typeof v === "boolean"), // [WordApi 1.1]
  color: ccProp("color", (v) => typeof v === "string"), // [WordApi 1.1]
  type: { get: () => "RichText" }, // [WordApi 1.1]
  ...styleProps((t, x) => controlSpan(x.model, t, "ContentControl.style")),
});
fontNav(ContentControl);
defineNav(ContentControl, "paragraphs", (self: ContentControl) => new ParagraphCollection(self, (t, x) => x.model.paragraphsBetween(...spanArgs(self._span(t, x))))); // [WordApi 1.1]
defineNav(ContentControl, "contentControls", (self: ContentControl) => new ContentControlCollection(self, (t: ContentControlRecord, x) => x.model.controlsIn(...spanArgs(self._span(t, x))).filter((id) => id !== t.id).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]

late.ContentControl = ContentControl;
