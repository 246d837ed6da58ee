/** Word.CustomXmlPart [WordApi 1.4], and the namespace check its writers share. */
import { OfficeError, invalidArgument, itemNotFound } from "../errors";
import type { CustomXmlPartRecord } from "../model";
import { parseOoxml } from "../ooxml";
import { ClientObject, ClientResult, type Exec, defineProps } from "../runtime";
import { W14 } from "./shared";

/** Word.CustomXmlPart [WordApi 1.4]. */
export class CustomXmlPart extends ClientObject {
  get _className() {
    return "CustomXmlPart";
  }
  override _check(t: CustomXmlPartRecord, x: Exec): CustomXmlPartRecord {
    if (!x.model.customXmlParts.includes(t)) throw itemNotFound("CustomXmlPart");
    return t;
  }
  /** [WordApi 1.4] */
  getXml(): ClientResult<string> {
    const r = new ClientResult<string>();
    this._call("getXml", W14, (t: CustomXmlPartRecord) => r._resolve(t.xml));
    return r;
  }
  /** [WordApi 1.4] */
  setXml(xml: string): void {
    this._call("setXml", W14, (t: CustomXmlPartRecord, x) => {
      // #1643: a part stored with an XML declaration refused later updates.
      if (x.env.modes.customXmlDeclaration === "breaks-setXml" && /^\s*<\?xml/.test(t.xml)) throw new OfficeError("GeneralException", "An internal error has occurred.", "CustomXmlPart.setXml");
      const ns = rootNamespace(xml, "CustomXmlPart.setXml");
      t.xml = xml;
      t.namespaceUri = ns;
      x.model.version++;
    }, undefined, [xml]);
  }
  /** [WordApi 1.4] */
  delete(): void {
    this._call("delete", W14, (t: CustomXmlPartRecord, x) => {
      x.model.customXmlParts = x.model.customXmlParts.filter((p) => p !== t);
      x.model.version++;
    });
  }
}
defineProps(CustomXmlPart, {
  id: { req: W14, get: (t: CustomXmlPartRecord) => t.id }, // [WordApi 1.4]
  namespaceUri: { req: W14, get: (t: CustomXmlPartRecord) => t.namespaceUri }, // [WordApi 1.4]
});

export function rootNamespace(xml: unknown, where: string): string {
  if (typeof xml !== "string") throw invalidArgument("xml", where);
  const m = /<\s*([\w.-]+:)?[\w.-]+[^>]*?\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/.exec(xml.replace(/<\?[^?]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  try {
    parseOoxmlRootOnly(xml);
  } catch {
    throw invalidArgument("malformed XML", where);
  }
  if (!m) return "";
  const prefix = m[1]?.slice(0, -1);
  return (prefix ?? undefined) === (m[2] ?? undefined) ? m[3]! : "";
}

function parseOoxmlRootOnly(xml: string): void {
  // Reuse the OOXML parser's strict XML check: a part that is not well-formed is rejected.
  try {
    parseOoxml(xml);
  } catch (e) {
    if (String(e).startsWith("malformed XML") || String(e) === "no root element") throw e;
  }
}
