/** Word.Range. */
import { itemNotFound } from "../errors";
import { ClientResult, type Exec, NULL, defineNav, defineProps } from "../runtime";
import { ContentControl } from "./contentControl";
import { ContentControlCollection } from "./contentControlCollection";
import { fontNav } from "./font";
import { Paragraph } from "./paragraph";
import { ParagraphCollection } from "./paragraphCollection";
import { W11, W13 } from "./shared";
import { type Span, checkLocation, innermostControl, liveRange, rangeParagraphs, setAnchor, spanUnion, tableOf } from "./span";
import { SpanObject } from "./spanObject";
import { styleProps } from "./styleAssign";
import { Table } from "./table";
import { landed, newParagraphNear, pictureText } from "./textEdit";
import { late } from "./late";

/** Word.Range: a live span of the document. */
export class WordRange extends SpanObject {
  get _className() {
    return "Range";
  }
  override _locations = {
    insertText: ["Replace", "Start", "End", "Before", "After"],
    getRange: ["Whole", "Start", "End", "Before", "After", "Content"],
  };
  _span(t: any): Span {
    return { start: t.start, end: t.end };
  }
  override _check(t: any, x: Exec): any {
    // modes.ts deletedRange: a range whose whole text was deleted is gone, not collapsed.
    if (x.env.modes.deletedRange === "invalid" && t.start?.swallowed && t.end?.swallowed && x.model.compare(t.start, t.end) >= 0) throw itemNotFound("Range");
    return t;
  }
  override _afterInsert(t: any, span: Span, x: Exec): void {
    setAnchor(x.model, t.start, span.start);
    setAnchor(x.model, t.end, span.end);
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    const where = "Range.insertParagraph";
    return this._call("insertParagraph", W11, (t, x) => {
      checkLocation(location, ["Before", "After"], where);
      const s = this._span(t);
      return newParagraphNear(x.model, location === "Before" ? s.start.para : s.end.para, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }

  /**
   * [WordApi 1.1] Deletes the text of the range (paragraph marks inside it merge paragraphs); a
   * range from one paragraph's start to another's start holds whole paragraphs, which go (mode
   * wholeParagraphsDelete).
   */
  delete(): void {
    this._call("delete", W11, (t, x) => {
      const whole = t.start.offset === 0 && t.end.offset === 0 && t.start.para !== t.end.para;
      if (whole && x.env.modes.wholeParagraphsDelete === "removed") x.model.deleteWholeParagraphs(t.start.para, t.end.para);
      else x.model.deleteRange(t.start, t.end);
      if (x.model.contentControls.size) x.model.dropOrphanControls();
    });
  }

  /** [WordApi 1.3] A range from the earlier start to the later end of this and another range. */
  expandTo(range: WordRange): WordRange {
    return this._call("expandTo", W13, (t, x) => {
      const union = spanUnion(x.model, t, range._spanOf(x));
      // "Throws an ItemNotFound error if the two ranges don't have a union" (word.range#expandTo).
      if (!union) throw itemNotFound("Range.expandTo");
      return liveRange(x.model, union);
    }, new WordRange(this.context));
  }

  /** [WordApi 1.3] As expandTo, but a null object when the ranges have no union (different stories). */
  expandToOrNullObject(range: WordRange): WordRange {
    return this._call("expandToOrNullObject", W13, (t, x) => {
      const union = spanUnion(x.model, t, range._spanOf(x));
      return union ? liveRange(x.model, union) : NULL;
    }, new WordRange(this.context));
  }

  /** [WordApi 1.3] */
  compareLocationWith(range: WordRange): ClientResult<string> {
    const result = new ClientResult<string>();
    this._call("compareLocationWith", W13, (t, x) => {
      const o = range._spanOf(x);
      const m = x.model;
      if (m.storyOf(t.start.para) !== m.storyOf(o.start.para)) return result._resolve("Unrelated");
      const ss = m.compare(t.start, o.start);
      const ee = m.compare(t.end, o.end);
      let rel = "Unrelated";
      if (ss === 0 && ee === 0) rel = "Equal";
      else if (m.compare(t.end, o.start) <= 0) rel = m.compare(t.end, o.start) === 0 ? "AdjacentBefore" : "Before";
      else if (m.compare(t.start, o.end) >= 0) rel = m.compare(t.start, o.end) === 0 ? "AdjacentAfter" : "After";
      else if (ss <= 0 && ee >= 0) rel = ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
      else if (ss >= 0 && ee <= 0) rel = ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
      else rel = ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
      result._resolve(rel);
    });
    return result;
  }
}
defineProps(WordRange, {
  text: { get: (t, x) => pictureText(x.model.textBetween(t.start, t.end), x.env.modes) }, // [WordApi 1.1]
  isEmpty: { req: W13, get: (t, x) => x.model.compare(t.start, t.end) === 0 }, // [WordApi 1.3]
  ...styleProps((t) => ({ start: t.start, end: t.end })),
});
fontNav(WordRange);
defineNav(WordRange, "paragraphs", (self: WordRange) => new ParagraphCollection(self, (t, x) => rangeParagraphs(x, t.start, t.end))); // [WordApi 1.1]

defineNav(WordRange, "contentControls", (self: WordRange) => new ContentControlCollection(self, (t, x) => x.model.controlsIn(t.start, t.end).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(WordRange, "parentContentControlOrNullObject", (self: WordRange) => new ContentControl(self, (t, x) => innermostControl(x.model, t, true), W13)); // [WordApi 1.3]
defineNav(WordRange, "parentContentControl", (self: WordRange) => new ContentControl(self, (t, x) => innermostControl(x.model, t, false), W11)); // [WordApi 1.1]
defineNav(WordRange, "parentTableOrNullObject", (self: WordRange) => new Table(self, (t, x) => tableOf(x.model.paragraphsBetween(t.start, t.end), true, ""), W13)); // [WordApi 1.3]
defineNav(WordRange, "parentTable", (self: WordRange) => new Table(self, (t, x) => tableOf(x.model.paragraphsBetween(t.start, t.end), false, "Range.parentTable"), W13)); // [WordApi 1.3]

late.WordRange = WordRange;
