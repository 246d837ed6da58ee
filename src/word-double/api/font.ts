/** Word.Font over the span of its parent. */
import { invalidArgument } from "../errors";
import type { FontProps } from "../model";
import { ClientObject, type PropDef, type Req, defineNav, defineProps } from "../runtime";
import { DESKTOP13, W11 } from "./shared";
import type { Span } from "./span";
import { SpanObject } from "./spanObject";

/** Word.Font over the span of its parent. */
export class Font extends ClientObject {
  get _className() {
    return "Font";
  }
}
const fontProp = (k: keyof FontProps, req: Req, check: (v: unknown) => boolean): PropDef => ({
  req,
  get: (s: Span, x) => {
    const v = x.model.fontOver(s.start, s.end)[k];
    return k === "underline" && v === undefined ? "None" : v;
  },
  set: (s: Span, v, x) => {
    if (!check(v)) throw invalidArgument(`font.${k} = ${String(v)}`, `Font.${k}`);
    x.model.setFont(s.start, s.end, { [k]: v });
  },
});
const isStr = (v: unknown) => typeof v === "string" && v.length > 0;
/** font.name: the Latin slot, or both slots under fontNameSlots "all" (review A.7). */
function fontNameProp(): PropDef {
  const latin = fontProp("name", W11, isStr);
  return {
    ...latin,
    set: (s: Span, v, x) => {
      latin.set!(s, v, x);
      if (x.env.modes.fontNameSlots === "all") x.model.setFont(s.start, s.end, { nameFarEast: v });
    },
  };
}
const UNDERLINES = ["None", "Single", "Word", "Double", "Dotted", "Thick", "DashLine", "DotLine", "DotDashLine", "TwoDotDashLine", "Wave", "Hidden"];
defineProps(Font, {
  name: fontNameProp(), // [WordApi 1.1]
  nameFarEast: fontProp("nameFarEast", DESKTOP13, isStr), // [WordApiDesktop 1.3]
  size: fontProp("size", W11, (v) => typeof v === "number" && v > 0 && v <= 1638), // [WordApi 1.1]
  bold: fontProp("bold", W11, (v) => typeof v === "boolean"), // [WordApi 1.1]
  italic: fontProp("italic", W11, (v) => typeof v === "boolean"), // [WordApi 1.1]
  color: fontProp("color", W11, isStr), // [WordApi 1.1]
  underline: fontProp("underline", W11, (v) => typeof v === "string" && UNDERLINES.includes(v)), // [WordApi 1.1]
  highlightColor: { ...fontProp("highlightColor", W11, (v) => v === null || isStr(v)), get: (s: Span, x) => x.model.fontOver(s.start, s.end).highlightColor ?? null }, // [WordApi 1.1] null: none (or mixed)
});

export function fontNav(cls: abstract new (...a: any[]) => SpanObject): void {
  defineNav(cls, "font", (self: SpanObject) => new Font(self, (t, x) => self._span(t, x)));
}
