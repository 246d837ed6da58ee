/** Shared behaviour of objects with a span (Body, Paragraph, Range, ContentControl). */
import { OfficeError, invalidArgument } from "../errors";
import { copyParagraphProps, type ParagraphNode } from "../model";
import { keepProps } from "../modes";
import { withPackageParts } from "../packageParts";
import { ClientObject, ClientResult, type Exec, Fixed } from "../runtime";
import type { SearchOptions } from "../search";
import type { ContentControl } from "./contentControl";
import { late } from "./late";
import { insertOoxmlAt, paragraphOoxml } from "./ooxmlInsert";
import type { WordRange } from "./range";
import type { RangeCollection } from "./rangeCollection";
import { W11, W13 } from "./shared";
import { type Span, checkLocation, liveRange } from "./span";
import { insertAt, searchSpan } from "./textEdit";

export abstract class SpanObject extends ClientObject {
  /** The text span this object covers right now. */
  abstract _span(t: any, x: Exec): Span;
  /** Control ids the object's own text belongs to (content controls insert inside themselves). */
  _controlStack(_t: any, _x: Exec): number[] | undefined {
    return undefined;
  }
  _locations: Record<string, string[]> = { insertText: ["Replace", "Start", "End"], getRange: ["Whole", "Start", "End", "Content"] };

  _spanOf(x: Exec): Span {
    return this._span(this._resolve(x), x);
  }

  /** [WordApi 1.1] */
  insertText(text: string, location: string): WordRange {
    const where = `${this._className}.insertText`;
    return this._call("insertText", W11, (t, x) => {
      checkLocation(location, this._locations.insertText!, where);
      if (typeof text !== "string") throw invalidArgument("text", where);
      // modes.ts rangeGrowth "edges": text put at a paragraph's start or end in a later sync than a
      // range ending (or starting) there was made joins that range, as a person's typing does.
      const m = x.model;
      const edge = x.env.modes.rangeGrowth === "edges" && this._className === "Paragraph" && (location === "End" || location === "Start") ? (t as ParagraphNode) : null;
      const edgeOffset = edge ? (location === "End" ? edge.length : 0) : 0;
      const grown = edge ? [...edge.anchors].filter((a) => a.offset === edgeOffset && (a.bornAt ?? 0) < m.syncsDone) : [];
      const r = insertAt(m, this._span(t, x), text, location, location === "Before" || location === "After" ? undefined : this._controlStack(t, x));
      for (const a of grown) a.offset = a.side === "after" ? edgeOffset : edgeOffset + text.length;
      this._afterInsert(t, r.span, x);
      return liveRange(x.model, r.inserted);
    }, new late.WordRange(this.context), [text, location]);
  }

  /** Hook: keep a live range covering what it should after an insertion. */
  _afterInsert(_t: any, _span: Span, _x: Exec): void {}

  /** [WordApi 1.1] */
  search(searchText: string, options?: SearchOptions): RangeCollection {
    const where = `${this._className}.search`;
    return this._call("search", W11, (t, x) => {
      const hits = searchSpan(x.model, this._span(t, x), searchText, options, where, x.env.modes);
      const fixed = hits.map((h) => liveRange(x.model, h));
      return new Fixed(fixed.map((f) => f.target), fixed.flatMap((f) => f.anchors));
    }, new late.RangeCollection(this.context), [searchText, options]);
  }

  /** [WordApi 1.3] (Paragraph/ContentControl/Range), [WordApi 1.3] Body. */
  getRange(location: string = "Whole"): WordRange {
    const where = `${this._className}.getRange`;
    return this._call("getRange", W13, (t, x) => {
      checkLocation(location, this._locations.getRange!, where);
      const s = this._span(t, x);
      const at = location === "Start" || location === "Before" ? s.start : location === "End" || location === "After" ? s.end : null;
      return liveRange(x.model, at ? { start: at, end: at } : s);
    }, new late.WordRange(this.context));
  }

  /** [WordApi 1.1] */
  select(_mode?: string): void {
    this._call("select", W11, (t, x) => {
      const s = this._span(t, x);
      const m = x.model;
      m.setSelection(m.indexOf(s.start.para), s.start.offset, m.indexOf(s.end.para), s.end.offset);
    });
  }

  /** [WordApi 1.1] */
  insertContentControl(): ContentControl {
    return this._call("insertContentControl", W11, (t, x) => {
      const s = this._span(t, x);
      const rec = x.model.newControl({});
      x.model.wrapInControl(s.start, s.end, rec.id);
      return rec;
    }, new late.ContentControl(this.context));
  }

  /** [WordApi 1.1] */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this._call("getOoxml", W11, (t, x) => {
      const xml = paragraphOoxml(x.model, this._span(t, x));
      result._resolve(x.env.modes.getOoxmlSize === "realistic" ? withPackageParts(xml) : xml);
    });
    return result;
  }

  /** [WordApi 1.1] */
  insertOoxml(ooxml: string, location: string): WordRange {
    const where = `${this._className}.insertOoxml`;
    return this._call("insertOoxml", W11, (t, x) => {
      checkLocation(location, this._locations.insertText!, where);
      // At the body's start or end the package's paragraphs stay paragraphs; elsewhere one paragraph goes inline.
      const block = this instanceof late.Body && location !== "Replace";
      const span = this._span(t, x);
      // #3149: a one-paragraph package takes the properties of the paragraph it lands in.
      const kept = x.env.modes.singleParagraphOoxml === "keeps-target" && !(this instanceof late.Body) ? keepProps(span.start.para) : null;
      // Mode insertOoxmlThrowsPartway "first-call": half the package lands, then Word fails (#2615, #3271).
      const partway = x.env.modes.insertOoxmlThrowsPartway === "first-call" && !x.model.ooxmlFailedOnce;
      if (partway) x.model.ooxmlFailedOnce = true;
      const ins = insertOoxmlAt(x.model, span, ooxml, location, where, block, x.env.modes, partway);
      if (partway) throw new OfficeError("GeneralException", "insertOoxml failed part-way (mode insertOoxmlThrowsPartway).", where);
      if (kept && ins.start.para === ins.end.para && !ins.start.para.deleted) copyParagraphProps(ins.start.para, kept);
      if (x.model.contentControls.size) x.model.dropOrphanControls();
      return liveRange(x.model, ins);
    }, new late.WordRange(this.context), [ooxml, location]);
  }
}
