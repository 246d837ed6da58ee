import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "punct.unpaired" as const;

const PAIRS: Array<[string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["（", "）"],
  ["《", "》"],
  ["【", "】"],
  ["「", "」"],
  ["〔", "〕"],
];

/** Each mark's code unit → 2 × its pair's index, + 1 for a closing mark. */
const MARKS = new Map<number, number>(
  PAIRS.flatMap(([open, close], pair) => [[open.charCodeAt(0), 2 * pair], [close.charCodeAt(0), 2 * pair + 1]] as Array<[number, number]>),
);
const APOSTROPHE = 0x2019; // ’
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The two messages of each pair (the closing mark missing, the opening mark missing), made once. */
const MESSAGES = PAIRS.map(([openMark, closeMark]) => ({
  close: checksMessages.unpairedClose(openMark, closeMark),
  open: checksMessages.unpairedOpen(openMark, closeMark),
}));

/**
 * Paired marks (“” ‘’ （） 《》 【】 「」 〔〕) opened without closing, or closed without opening, in one
 * paragraph. One pass over the code units for all pairs (checkDocument orders the findings).
 */
export const punctUnpairedRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      let open: number[][] | undefined; // per pair, the offsets of marks still open (made at the first mark)
      for (let i = 0; i < text.length; i++) {
        const mark = MARKS.get(text.charCodeAt(i));
        if (mark === undefined) continue;
        open ??= PAIRS.map(() => []);
        const pair = mark >> 1;
        if ((mark & 1) === 0) {
          open[pair]!.push(i);
          continue;
        }
        // ’ between Latin letters is an apostrophe (don’t), not a closing quote.
        if (text.charCodeAt(i) === APOSTROPHE && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) continue;
        if (open[pair]!.length > 0) open[pair]!.pop();
        else out.push(missing(paragraph, i, pair, "open"));
      }
      open?.forEach((offsets, pair) => {
        for (const index of offsets) out.push(missing(paragraph, index, pair, "close"));
      });
    });
    return out;
  },
};

function missing(paragraph: number, index: number, pair: number, lacking: "open" | "close"): FindingDraft {
  return draft(RULE, paragraph, index, index + 1, "warning", MESSAGES[pair]![lacking]);
}
