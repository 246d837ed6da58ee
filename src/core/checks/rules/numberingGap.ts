import type { Rule } from "../context";
import { sequenceFindings } from "./numberingSequence";

/** Ordinals that break the sequence (一、三、): the fix renumbers to the expected ordinal. */
export const numberingGapRule: Rule = {
  ids: ["numbering.gap"],
  run: (ctx) => sequenceFindings(ctx).filter((f) => f.rule === "numbering.gap"),
};
