/** Word.CustomXmlPartCollection [WordApi 1.4]. */
import type { CustomXmlPartRecord } from "../model";
import { CustomXmlPart, rootNamespace } from "./customXmlPart";
import { CustomXmlPartCollectionBase } from "./customXmlPartCollectionBase";
import { CustomXmlPartScopedCollection } from "./customXmlPartScopedCollection";
import { W14 } from "./shared";

/** Word.CustomXmlPartCollection [WordApi 1.4]. */
export class CustomXmlPartCollection extends CustomXmlPartCollectionBase {
  /** [WordApi 1.4] */
  add(xml: string): CustomXmlPart {
    return this._call("add", W14, (_t, x) => x.model.addCustomXmlPart(xml, rootNamespace(xml, "CustomXmlPartCollection.add")), new CustomXmlPart(this.context), [xml]);
  }
  /** [WordApi 1.4] */
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return this._call("getByNamespace", W14, (t: CustomXmlPartRecord[]) => t.filter((p) => p.namespaceUri === namespaceUri), new CustomXmlPartScopedCollection(this.context), [namespaceUri]);
  }
}
