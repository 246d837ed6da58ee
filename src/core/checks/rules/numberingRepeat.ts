import type { Rule } from "../context";
import { sequenceFindings } from "./numberingSequence";

/** Ordinals written twice (二、二、): the fix renumbers to the expected ordinal. */
export const numberingRepeatRule: Rule = {
  ids: ["numbering.repeat"],
  run: (ctx) => sequenceFindings(ctx).filter((f) => f.rule === "numbering.repeat"),
};
