// The 提法 check as it was before the multi-pattern matcher (one regular expression per entry and
// kind, checkout 8c4ffaa): kept only as the oracle the new matcher must agree with, finding for
// finding, on wordings the schema accepts. Not for production: a long list makes it slow or throw.
import type { TifaEntry } from "../../src/core/checks/data/tifa";

const QUOTES = "“”\"'‘’";

function quoteTolerant(literal: string): string {
  return [...literal]
    .filter((ch) => !QUOTES.includes(ch))
    .map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join(`[${QUOTES}]?`);
}

const withoutQuotes = (text: string) => [...text].filter((ch) => !QUOTES.includes(ch)).join("");

function insideRight(text: string, start: number, end: number, right: string): boolean {
  if (!right) return false;
  for (let at = Math.max(0, end - right.length); at <= start; at++) if (text.startsWith(right, at)) return true;
  return false;
}

export interface ReferenceFinding {
  rule: "text.tifa" | "text.outdated";
  paragraph: number;
  start: number;
  end: number;
  zh: string;
  replacement?: string;
}

/** Findings of `entries` (built-in ones included by the caller), in the checker's order. */
export function referenceTifa(paragraphs: readonly string[], entries: readonly TifaEntry[], year?: number): ReferenceFinding[] {
  const out: ReferenceFinding[] = [];
  const compiled = entries.map((entry) => {
    const alternation = (items: readonly string[]) => items.map(quoteTolerant).join("|");
    const item = entry.order ? `(?:${alternation(entry.order)})` : "";
    return {
      entry,
      wrong: entry.wrong?.length ? new RegExp(`${QUOTES.includes(entry.right[0] ?? "") ? `[${QUOTES}]?` : ""}(?:${alternation(entry.wrong)})`, "g") : null,
      order: entry.order ? new RegExp(`${item}(?:[、，]${item}){${entry.order.length - 1}}`, "g") : null,
      outdated: entry.outdated ? new RegExp(alternation(entry.outdated.phrases), "g") : null,
    };
  });
  paragraphs.forEach((text, paragraph) => {
    for (const { entry, wrong, order, outdated } of compiled) {
      if (wrong) {
        for (const match of text.matchAll(wrong)) {
          const start = match.index;
          const end = start + match[0].length;
          if (insideRight(text, start, end, entry.right)) continue;
          out.push({ rule: "text.tifa", paragraph, start, end, zh: `规范提法是“${entry.right}”，不是“${match[0]}”。`, replacement: entry.right });
        }
      }
      if (order && entry.order) {
        for (const match of text.matchAll(order)) {
          const written = match[0];
          const items = written.split(/[、，]/);
          const inOrder = items.every((it, i) => withoutQuotes(it) === entry.order![i]);
          const complete = new Set(items.map(withoutQuotes)).size === entry.order.length;
          if (inOrder || !complete) continue;
          const separators = written.match(/[、，]/g) ?? [];
          const right = entry.order.map((it, i) => it + (separators[i] ?? "")).join("");
          out.push({ rule: "text.tifa", paragraph, start: match.index, end: match.index + written.length, zh: `“${entry.right}”的内容有固定顺序：应为“${right}”。`, replacement: right });
        }
      }
      if (outdated && entry.outdated && year !== undefined && year >= entry.outdated.from) {
        const { note, except = [] } = entry.outdated;
        for (const match of text.matchAll(outdated)) {
          const end = match.index + match[0].length;
          if (except.some((word) => text.slice(end, end + 8).includes(word))) continue;
          out.push({ rule: "text.outdated", paragraph, start: match.index, end, zh: `“${match[0]}”在${year}年的报告中已不合时宜：${note.zh}。` });
        }
      }
    }
  });
  // checkDocument's order (a stable sort).
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
