/** The friendly paragraph form tests use, converted to the model's init form. */
import { PARA_FORMAT_KEYS, type ParaFormat } from "../styles";
import type { InitParagraph, ParagraphInit, ParagraphProps } from "./types";

/** The ParaFormat keys present in a props object: the direct formatting it describes. */
export function pickParaFormat(props: Partial<ParagraphProps>): Partial<ParaFormat> {
  const out: Partial<ParaFormat> = {};
  const o = out as Record<string, unknown>;
  for (const k of PARA_FORMAT_KEYS) if (props[k] !== undefined) o[k] = props[k];
  return out;
}

/** Converts the friendly paragraph form into the model's init form. */
export function toInitParagraph(p: string | ParagraphInit): InitParagraph {
  if (typeof p === "string") return { text: p };
  const { text, font, ime, runs, bookmarks, comments, ...rest } = p;
  const props: Partial<ParagraphProps> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (props as Record<string, unknown>)[k] = v;
  return { text, props, font, ime, richRuns: runs, bookmarks, comments };
}
