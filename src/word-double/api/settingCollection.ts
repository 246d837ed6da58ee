/** Word.SettingCollection [WordApi 1.4]. */
import { invalidArgument, itemNotFound } from "../errors";
import { ClientCollection, ClientResult, type Exec, NULL } from "../runtime";
import { Setting } from "./setting";
import { W14, fail, structuredCloneJson } from "./shared";

/** Word.SettingCollection [WordApi 1.4]. */
export class SettingCollection extends ClientCollection<Setting> {
  get _className() {
    return "SettingCollection";
  }
  override _list(_t: unknown, x: Exec): string[] {
    return [...x.model.settings.keys()];
  }
  _makeItem(key: string): Setting {
    return new Setting(this.context)._resolveTo(key);
  }
  /** [WordApi 1.4] */
  add(key: string, value: unknown): Setting {
    return this._call("add", W14, (_t, x) => {
      if (typeof key !== "string" || !key) throw invalidArgument("key", "SettingCollection.add");
      x.model.settings.set(key, structuredCloneJson(value));
      x.model.version++;
      return key;
    }, new Setting(this.context), [key, value]);
  }
  /** [WordApi 1.4] */
  getItem(key: string): Setting {
    return this._call("getItem", W14, (_t, x) => (x.model.settings.has(key) ? key : fail(itemNotFound("SettingCollection.getItem"))), new Setting(this.context));
  }
  /** [WordApi 1.4] */
  getItemOrNullObject(key: string): Setting {
    return this._call("getItemOrNullObject", W14, (_t, x) => (x.model.settings.has(key) ? key : NULL), new Setting(this.context));
  }
  /** [WordApi 1.4] */
  deleteAll(): void {
    this._call("deleteAll", W14, (_t, x) => {
      x.model.settings.clear();
      x.model.version++;
    });
  }
  /** [WordApi 1.4] */
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._call("getCount", W14, (_t, x) => r._resolve(x.model.settings.size));
    return r;
  }
}
