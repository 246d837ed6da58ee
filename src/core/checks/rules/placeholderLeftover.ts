import type { Rule } from "../context";
import type { Bilingual } from "../../text/bilingual";
import { FindingIds } from "../finding";
import { checksMessages } from "../messages";
import type { Finding } from "../types";

const RULE = "placeholder.leftover" as const;

const message = (raw: string, label: string): Bilingual => checksMessages.placeholderLeftover(raw, label);

/**
 * Placeholders (XX, ×××, 20XX年, 【待补】 …) still in the text: the report is not finished.
 * A template may hold 150,000 blanks in one paragraph, so each finding costs as little as it can:
 * blanks written and labelled alike share one message object, and the id is written in the literal.
 */
export const placeholderLeftoverRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const messages = new Map<string, Map<string, Bilingual>>(); // by raw, then label
    const messageFor = (raw: string, label: string): Bilingual => {
      let byLabel = messages.get(raw);
      if (!byLabel) messages.set(raw, (byLabel = new Map()));
      let found = byLabel.get(label);
      if (!found) byLabel.set(label, (found = message(raw, label)));
      return found;
    };
    const out: Finding[] = [];
    const ids = new FindingIds();
    let last = { raw: "", label: "", message: message("", "") }; // most blanks repeat the one before
    ctx.forEachPlaceholder(({ paragraph, start, end, raw, label }) => {
      if (raw !== last.raw || label !== last.label) last = { raw, label, message: messageFor(raw, label) };
      // The id in the literal: added to 150,000 findings afterwards, it cost more than making them.
      out.push({ rule: RULE, paragraph, start, end, severity: "error", message: last.message, id: ids.of(RULE, paragraph, start, end) });
    });
    return out;
  },
};
