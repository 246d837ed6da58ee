/** Word.Setting [WordApi 1.4]. */
import { itemNotFound } from "../errors";
import { ClientObject, type Exec, defineProps } from "../runtime";
import { W14, structuredCloneJson } from "./shared";

/** Word.Setting [WordApi 1.4]. */
export class Setting extends ClientObject {
  get _className() {
    return "Setting";
  }
  override _check(key: string, x: Exec): string {
    if (!x.model.settings.has(key)) throw itemNotFound("Setting");
    return key;
  }
  /** [WordApi 1.4] */
  delete(): void {
    this._call("delete", W14, (key: string, x) => {
      x.model.settings.delete(key);
      x.model.version++;
    });
  }
}
defineProps(Setting, {
  key: { req: W14, get: (key: string) => key }, // [WordApi 1.4]
  value: {
    // [WordApi 1.4]
    req: W14,
    get: (key: string, x) => structuredCloneJson(x.model.settings.get(key)),
    set: (key: string, v, x) => {
      x.model.settings.set(key, structuredCloneJson(v));
      x.model.version++;
    },
  },
});
