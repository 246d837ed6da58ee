/**
 * Reliability rows (issue 28, review 2 finding 7d): relocating 2,000 placeholders in a
 * 300,000-character paragraph that changed after the scan — typed into near its start, in its
 * middle, and at both ends — each under 1 s.
 */
import { relocateEdits, type TextEdit } from "../src/core/text/anchoring";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function longParagraph(): { text: string; edits: TextEdit[] } {
  const filler = "本年度围绕中心工作，统筹推进各项任务，重点项目建设进展顺利，";
  const parts: string[] = [];
  let i = 0;
  while (parts.join("").length < 300_000 - 200) parts.push(`第${++i}项${filler.repeat(3)}完成投资XX万元，`);
  const text = parts.join("");
  const edits: TextEdit[] = [];
  for (let at = text.indexOf("XX"); at >= 0 && edits.length < 2000; at = text.indexOf("XX", at + 2)) edits.push({ paragraph: 1, start: at, end: at + 2, replacement: "12" });
  return { text, edits };
}

export function benchRelia(): void {
  const { text, edits } = longParagraph();
  const doc = ["一、总体情况", text, "二、下一步工作"];
  const cases: Array<[string, string]> = [
    ["typed near the start", text.slice(0, 50) + "另外" + text.slice(50)],
    ["typed in the middle", text.slice(0, 150_000) + "另外" + text.slice(150_000)],
    ["typed at both ends", "此外，" + text + "以上。"],
  ];
  console.log(`\nRelocation after a change (review 2, 7d): ${edits.length} placeholders in a ${text.length.toLocaleString("en")}-character paragraph`);
  for (const [name, changed] of cases) {
    gc();
    const t0 = performance.now();
    const result = relocateEdits(doc, [doc[0]!, changed, doc[2]!], edits);
    const ms = performance.now() - t0;
    const located = result.filter((r) => r.status === "located").length;
    console.log(`  ${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  located ${located}/${edits.length}${ms < 1000 ? "" : "  OVER 1 s"}`);
  }
}

if (process.argv[1]?.endsWith("relia.ts")) benchRelia();
