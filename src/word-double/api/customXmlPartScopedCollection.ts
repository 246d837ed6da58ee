/** Word.CustomXmlPartScopedCollection [WordApi 1.4]. */
import { OfficeError, itemNotFound } from "../errors";
import type { CustomXmlPartRecord } from "../model";
import { type Exec, NULL } from "../runtime";
import { CustomXmlPart } from "./customXmlPart";
import { CustomXmlPartCollectionBase } from "./customXmlPartCollectionBase";
import { W14, fail } from "./shared";

/** Word.CustomXmlPartScopedCollection [WordApi 1.4]. */
export class CustomXmlPartScopedCollection extends CustomXmlPartCollectionBase {
  override get _className() {
    return "CustomXmlPartScopedCollection";
  }
  /** #6673: on the web `items` of an empty getByNamespace result loaded as undefined. */
  override _snapshot(paths: string[] | null, x: Exec): void {
    super._snapshot(paths, x);
    if (x.env.modes.customXmlEmptyItems === "undefined" && (this._values.get("items") as unknown[] | undefined)?.length === 0) this._values.set("items", undefined);
  }
  /** [WordApi 1.4] */
  getOnlyItem(): CustomXmlPart {
    return this._call("getOnlyItem", W14, (t: CustomXmlPartRecord[]) => (t.length === 1 ? t[0] : fail(itemNotFound("getOnlyItem"))), new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] More than one item fails (InvalidOperation in Word); none gives a null object. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this._call("getOnlyItemOrNullObject", W14, (t: CustomXmlPartRecord[]) => {
      if (t.length > 1) throw new OfficeError("InvalidOperation", "The collection has more than one item.", "getOnlyItemOrNullObject");
      return t[0] ?? NULL;
    }, new CustomXmlPart(this.context));
  }
}
