/**
 * Document.properties.customProperties [WordApi 1.3]: named values saved with the file (File >
 * Info > Properties > Custom), independent of the add-in's id — unlike settings (#840).
 */
import { WordDocument } from "./document";
import { invalidArgument, itemNotFound } from "../errors";
import { ClientCollection, ClientObject, defineNav, defineProps, NULL, type Exec, type Req } from "../runtime";

const W13: Req = ["WordApi", "1.3"];

/** Word.CustomProperty: `key` and `value` (string, number, boolean or date). */
export class CustomProperty extends ClientObject {
  get _className() {
    return "CustomProperty";
  }
  override _check(key: string, x: Exec): string {
    if (!x.model.customProperties.has(key)) throw itemNotFound("CustomProperty");
    return key;
  }
  /** [WordApi 1.3] */
  delete(): void {
    this._call("delete", W13, (key: string, x) => {
      x.model.customProperties.delete(key);
    });
  }
}
defineProps(CustomProperty, {
  key: { req: W13, get: (key: string) => key },
  value: { req: W13, get: (key: string, x) => x.model.customProperties.get(key), set: (key: string, v, x) => x.model.customProperties.set(key, v) },
  type: { req: W13, get: (key: string, x) => (typeof x.model.customProperties.get(key) === "number" ? "Number" : typeof x.model.customProperties.get(key) === "boolean" ? "Boolean" : "String") },
});

/** Word.CustomPropertyCollection [WordApi 1.3]. */
export class CustomPropertyCollection extends ClientCollection<CustomProperty> {
  get _className() {
    return "CustomPropertyCollection";
  }
  override _list(_t: unknown, x: Exec): string[] {
    return [...x.model.customProperties.keys()];
  }
  _makeItem(key: string): CustomProperty {
    return new CustomProperty(this.context)._resolveTo(key);
  }
  /** [WordApi 1.3] Adds the property, or sets its value when it exists (keys are case-insensitive in Word; kept exact here). */
  add(key: string, value: unknown): CustomProperty {
    return this._call("add", W13, (_t, x) => {
      if (typeof key !== "string" || !key || key.length > 255) throw invalidArgument("key", "CustomPropertyCollection.add");
      x.model.customProperties.set(key, value);
      return key;
    }, new CustomProperty(this.context), [key, value]);
  }
  /** [WordApi 1.3] */
  getItemOrNullObject(key: string): CustomProperty {
    return this._call("getItemOrNullObject", W13, (_t, x) => (x.model.customProperties.has(key) ? key : NULL), new CustomProperty(this.context));
  }
}

/** Word.DocumentProperties (only its custom properties are modelled). */
export class DocumentProperties extends ClientObject {
  get _className() {
    return "DocumentProperties";
  }
}
defineNav(DocumentProperties, "customProperties", (self: DocumentProperties) => new CustomPropertyCollection(self, () => "customProperties", W13)); // [WordApi 1.3]
defineNav(WordDocument, "properties", (self: WordDocument) => new DocumentProperties(self, () => "properties", W13)); // [WordApi 1.3]
