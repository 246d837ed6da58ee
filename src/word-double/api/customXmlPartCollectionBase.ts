/** What CustomXmlPartCollection and its scoped variant share. */
import { itemNotFound } from "../errors";
import type { CustomXmlPartRecord } from "../model";
import { ClientCollection, ClientResult, NULL } from "../runtime";
import { CustomXmlPart } from "./customXmlPart";
import { W14, fail } from "./shared";

export class CustomXmlPartCollectionBase extends ClientCollection<CustomXmlPart> {
  get _className() {
    return "CustomXmlPartCollection";
  }
  _makeItem(rec: CustomXmlPartRecord): CustomXmlPart {
    return new CustomXmlPart(this.context)._resolveTo(rec);
  }
  /** [WordApi 1.4] */
  getItem(id: string): CustomXmlPart {
    return this._call("getItem", W14, (t: CustomXmlPartRecord[]) => t.find((p) => p.id === id) ?? fail(itemNotFound("CustomXmlPartCollection.getItem")), new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] */
  getItemOrNullObject(id: string): CustomXmlPart {
    return this._call("getItemOrNullObject", W14, (t: CustomXmlPartRecord[]) => t.find((p) => p.id === id) ?? NULL, new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] */
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._call("getCount", W14, (t: CustomXmlPartRecord[]) => r._resolve(t.length));
    return r;
  }
}
