/** Word.RangeCollection. */
import { ClientCollection, type Exec } from "../runtime";
import { WordRange } from "./range";
import { W13 } from "./shared";
import { liveRange } from "./span";
import { late } from "./late";

/** Word.RangeCollection (search results). */
export class RangeCollection extends ClientCollection<WordRange> {
  get _className() {
    return "RangeCollection";
  }
  _makeItem(target: any, x: Exec): WordRange {
    const f = liveRange(x.model, target);
    return new WordRange(this.context)._resolveTo(f.target, f.anchors);
  }
  override _itemResult(item: any, x: Exec): any {
    return liveRange(x.model, item);
  }
  /** [WordApi 1.3] */
  getFirst(): WordRange {
    return this._pick("getFirst", W13, () => new WordRange(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): WordRange {
    return this._pick("getFirstOrNullObject", W13, () => new WordRange(this.context), 0, true);
  }
}

late.RangeCollection = RangeCollection;
