/** Word.Document. */
import { ClientObject, RequestContext, defineNav, defineProps } from "../runtime";
import { Body } from "./body";
import { ContentControlCollection } from "./contentControlCollection";
import { CustomXmlPartCollection } from "./customXmlPartCollection";
import { WordRange } from "./range";
import { SettingCollection } from "./settingCollection";
import { W11, W14 } from "./shared";
import { copyPos, liveRange } from "./span";

/** Word.Document. */
export class WordDocument extends ClientObject {
  get _className() {
    return "Document";
  }
  constructor(ctx: RequestContext) {
    super(ctx);
    this._resolveTo("document");
  }
  /** [WordApi 1.1] A live range over the current selection (collapsed = insertion point). */
  getSelection(): WordRange {
    return this._call("getSelection", W11, (_t, x) => {
      const { start, end } = x.model.selection;
      return liveRange(x.model, { start: copyPos(start), end: copyPos(end) });
    }, new WordRange(this.context));
  }
}
defineProps(WordDocument, {
  saved: { get: () => true }, // [WordApi 1.1]
});
defineNav(WordDocument, "body", (self: WordDocument) => new Body(self, () => "body")); // [WordApi 1.1]
defineNav(WordDocument, "contentControls", (self: WordDocument) => new ContentControlCollection(self, (_t, x) => x.model.controlsIn().map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(WordDocument, "customXmlParts", (self: WordDocument) => new CustomXmlPartCollection(self, (_t, x) => [...x.model.customXmlParts], W14)); // [WordApi 1.4]
defineNav(WordDocument, "settings", (self: WordDocument) => new SettingCollection(self, () => "settings", W14)); // [WordApi 1.4]
