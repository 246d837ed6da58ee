/** Word.ParagraphCollection. */
import { ParagraphNode } from "../model";
import { ClientCollection } from "../runtime";
import { Paragraph } from "./paragraph";
import { W13 } from "./shared";

/** Word.ParagraphCollection. */
export class ParagraphCollection extends ClientCollection<Paragraph> {
  get _className() {
    return "ParagraphCollection";
  }
  _makeItem(node: ParagraphNode): Paragraph {
    return new Paragraph(this.context)._resolveTo(node);
  }
  /** [WordApi 1.3] */
  getFirst(): Paragraph {
    return this._pick("getFirst", W13, () => new Paragraph(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): Paragraph {
    return this._pick("getFirstOrNullObject", W13, () => new Paragraph(this.context), 0, true);
  }
  /** [WordApi 1.3] */
  getLast(): Paragraph {
    return this._pick("getLast", W13, () => new Paragraph(this.context), -1, false);
  }
  /** [WordApi 1.3] */
  getLastOrNullObject(): Paragraph {
    return this._pick("getLastOrNullObject", W13, () => new Paragraph(this.context), -1, true);
  }
}
