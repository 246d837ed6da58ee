/** Word.ContentControlCollection. */
import { itemNotFound } from "../errors";
import type { ContentControlRecord } from "../model";
import { ClientCollection, NULL } from "../runtime";
import { ContentControl } from "./contentControl";
import { W11, W13 } from "./shared";

/** Word.ContentControlCollection. */
export class ContentControlCollection extends ClientCollection<ContentControl> {
  get _className() {
    return "ContentControlCollection";
  }
  _makeItem(rec: ContentControlRecord): ContentControl {
    return new ContentControl(this.context)._resolveTo(rec);
  }
  private _filtered(name: string, keep: (c: ContentControlRecord) => boolean): ContentControlCollection {
    return this._call(name, W11, (t: ContentControlRecord[], x) => this._list(t, x).filter(keep), new ContentControlCollection(this.context));
  }
  /** [WordApi 1.1] */
  getByTag(tag: string): ContentControlCollection {
    return this._filtered("getByTag", (c) => c.tag === tag);
  }
  /** [WordApi 1.1] */
  getByTitle(title: string): ContentControlCollection {
    return this._filtered("getByTitle", (c) => c.title === title);
  }
  /** [WordApi 1.1] */
  getById(id: number): ContentControl {
    return this._call("getById", W11, (t: ContentControlRecord[]) => {
      const c = t.find((r) => r.id === id);
      if (!c) throw itemNotFound("ContentControlCollection.getById");
      return c;
    }, new ContentControl(this.context));
  }
  /** [WordApi 1.3] */
  getByIdOrNullObject(id: number): ContentControl {
    return this._call("getByIdOrNullObject", W13, (t: ContentControlRecord[]) => t.find((r) => r.id === id) ?? NULL, new ContentControl(this.context));
  }
  /** [WordApi 1.3] */
  getFirst(): ContentControl {
    return this._pick("getFirst", W13, () => new ContentControl(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): ContentControl {
    return this._pick("getFirstOrNullObject", W13, () => new ContentControl(this.context), 0, true);
  }
}
