/** Word.Body. */
import { type Exec, defineNav, defineProps } from "../runtime";
import { ContentControlCollection } from "./contentControlCollection";
import { fontNav } from "./font";
import { Paragraph } from "./paragraph";
import { ParagraphCollection } from "./paragraphCollection";
import { W11, W13 } from "./shared";
import { type Span, checkLocation, wholeSpan } from "./span";
import { SpanObject } from "./spanObject";
import { styleProps } from "./styleAssign";
import { landed, newParagraphNear, pictureText } from "./textEdit";
import { late } from "./late";

/** Word.Body (the main document). */
export class Body extends SpanObject {
  get _className() {
    return "Body";
  }
  _span(_t: unknown, x: Exec): Span {
    return wholeSpan(x.model);
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (_t, x) => {
      checkLocation(location, ["Start", "End"], "Body.insertParagraph");
      const m = x.model;
      const ref = location === "Start" ? m.paragraphs[0]! : m.paragraphs[m.paragraphs.length - 1]!;
      return newParagraphNear(m, ref, landed(text, x.env.modes), location === "Start");
    }, new Paragraph(this.context), [text, location]);
  }

  /** [WordApi 1.1] */
  clear(): void {
    this._call("clear", W11, (_t, x) => {
      const m = x.model;
      m.deleteRange(m.start(), m.end());
      m.dropOrphanControls();
    });
  }
}
defineProps(Body, {
  text: { get: (_t, x) => pictureText(x.model.textBetween(x.model.start(), x.model.end()), x.env.modes) }, // [WordApi 1.1]
  ...styleProps((_t, x) => wholeSpan(x.model)),
  type: { req: W13, get: () => "MainDoc" }, // [WordApi 1.3]
});
fontNav(Body);
defineNav(Body, "paragraphs", (self: Body) => new ParagraphCollection(self, (_t, x) => [...x.model.paragraphs])); // [WordApi 1.1]
defineNav(Body, "contentControls", (self: Body) => new ContentControlCollection(self, (_t, x) => x.model.controlsIn().map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]

late.Body = Body;
