import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDraft, fixAllFindings, fixFindings, selectFinding } from "../../src/word/checks";
import { withDouble } from "../support/double";

const DRAFT = readFileSync(join(import.meta.dirname, "../fixtures/samples/draft-with-problems.txt"), "utf8")
  .replace(/\n+$/, "")
  .split("\n");

describe("checkDraft", () => {
  test("one sync, no write: finds the ad line, the half-width comma and the numbering gap", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      d.resetStats();
      const run = await checkDraft();
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(run.texts, DRAFT);
      const rules = run.findings.map((f) => `${f.rule}@${f.paragraph}`);
      assert.ok(rules.includes("ads.line@8"), "rules.includes(\"ads.line@8\")");
      assert.ok(rules.includes("punct.halfWidth@4"), "rules.includes(\"punct.halfWidth@4\")");
      assert.ok(rules.includes("numbering.gap@6"), "rules.includes(\"numbering.gap@6\")");
      assert.ok(rules.includes("numbering.gap@9"), "rules.includes(\"numbering.gap@9\")");
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), DRAFT);
    }));

  test("length targets reach the core checker", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async () => {
      const run = await checkDraft({ lengthTarget: { total: 5000, perSection: 100 } });
      assert.ok(run.findings.some((f) => f.rule === "length.total" && /目标5000字/.test(f.message.zh)), "run.findings.some((f) => f.rule === \"length.total\" && /目标5000字/.test(f.message.zh))");
      assert.equal(run.findings.filter((f) => f.rule === "length.section").length, 3);
    }));
});

describe("fixFindings", () => {
  for (const profile of ["web", "windows", "office2019"] as const) {
    test(`${profile}: fix all — ad line removed, comma full-width, 三、→二、 and 四、→三、, in 4 syncs (the emptied ad line deleted in its own)`, () =>
      withDouble({ profile, paragraphs: DRAFT }, async (d) => {
        const run = await checkDraft();
        d.resetStats();
        const result = await fixFindings(run.findings, run.texts);
        assert.equal(d.stats.syncs, 4, "read, locate, write, delete the emptied line");
        const texts = d.model.paragraphs.map((p) => p.text);
        assert.equal(texts.length, DRAFT.length - 1);
        assert.ok(!texts.some((t) => /QQ/.test(t)), "!texts.some((t) => /QQ/.test(t))");
        assert.equal(texts[4], DRAFT[4]!.replace("亿元,同比", "亿元，同比"));
        assert.equal(texts[6], "二、存在的问题");
        assert.equal(texts[7], "一是项目储备还不够充足；二是要素保障的压力较大。");
        assert.equal(texts[8], "三、下一年工作打算");
        assert.deepEqual(result.removedLines, [DRAFT[8]]);
        assert.deepEqual(result.stale, []);
        assert.deepEqual(result.texts, texts);
        // The fresh check in the result has none of those problems left.
        assert.ok(!result.findings.some((f) => ["ads.line", "punct.halfWidth", "numbering.gap", "text.doubledChar"].includes(f.rule)), "!result.findings.some((f) => [\"ads.line\", \"punct.halfWidth\", \"numbering.gap\", \"text.doubledChar\"]...");
        const again = await checkDraft();
        assert.deepEqual(again.findings.map((f) => f.id), result.findings.map((f) => f.id));
      }));
  }

  test("fixes only the findings given (one by one), leaves the rest", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const run = await checkDraft();
      const comma = run.findings.find((f) => f.rule === "punct.halfWidth")!;
      const result = await fixFindings([comma], run.texts);
      assert.deepEqual(result.applied.map((f) => f.id), [comma.id]);
      const texts = d.model.paragraphs.map((p) => p.text);
      assert.equal(texts.length, DRAFT.length);
      assert.equal(texts[6], DRAFT[6]);
      assert.match(texts[4]!, /亿元，同比/);
    }));

  test("a finding whose paragraph was typed into since the check is fixed where its text now is", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const run = await checkDraft();
      await Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items");
        await context.sync();
        paragraphs.items[4]!.insertText("补充。", "End");
        paragraphs.items[0]!.insertParagraph("新加的第一段", "Before");
        await context.sync();
      });
      const comma = run.findings.find((f) => f.rule === "punct.halfWidth")!;
      const result = await fixFindings([comma], run.texts);
      assert.deepEqual(result.applied.map((f) => f.id), [comma.id]);
      assert.match(d.model.paragraphs[5]!.text, /补充。$/, "the typed words stay");
      assert.ok(!d.model.paragraphs[5]!.text.includes(","), "the comma at its new place is fixed");
    }));

  test("a finding whose own text is gone is skipped as stale; nothing is written", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const run = await checkDraft();
      const comma = run.findings.find((f) => f.rule === "punct.halfWidth")!;
      d.model.paragraphs[comma.paragraph]!.runs = [{ text: "整段重写了。" } as any];
      const edited = d.model.paragraphs[comma.paragraph]!.text;
      d.resetStats();
      const result = await fixFindings([comma], run.texts);
      assert.equal(d.stats.syncs, 1, "a read, no write");
      assert.deepEqual(result.stale.map((f) => f.id), [comma.id]);
      assert.deepEqual(result.applied, []);
      assert.equal(d.model.paragraphs[comma.paragraph]!.text, edited);
    }));

  test("findings without a safe fix are not applied", () =>
    withDouble({ profile: "web", paragraphs: ["关于XX工作的报告", "今年完成XX项任务。"] }, async (d) => {
      const run = await checkDraft();
      assert.ok(run.findings.some((f) => f.rule === "placeholder.leftover"), "run.findings.some((f) => f.rule === \"placeholder.leftover\")");
      d.resetStats();
      const result = await fixFindings(run.findings, run.texts);
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(result.applied, []);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["关于XX工作的报告", "今年完成XX项任务。"]);
    }));
});

describe("selectFinding", () => {
  test("selects the span, checked, from either end of the document", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const run = await checkDraft();
      const comma = run.findings.find((f) => f.rule === "punct.halfWidth")!;
      d.resetStats();
      assert.equal(await selectFinding(comma, run.texts), true);
      assert.equal(d.stats.syncs, 3, "read, locate, select");
      // "," alone could also match a "，" under a width-insensitive Find: the selection takes the
      // neighbouring character too, so that it is certainly this comma.
      const selected = d.model.selectionInfo();
      assert.equal(selected.startParagraph, 4);
      assert.ok(selected.startOffset <= comma.start && selected.endOffset >= comma.end && selected.endOffset - selected.startOffset <= 3, JSON.stringify(selected));

      const gap = run.findings.find((f) => f.rule === "numbering.gap" && f.paragraph === 9)!;
      assert.equal(await selectFinding(gap, run.texts), true);
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 9, startOffset: 0, endParagraph: 9, endOffset: 2 });

      const ad = run.findings.find((f) => f.rule === "ads.line")!;
      assert.equal(await selectFinding(ad, run.texts), true);
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 8, startOffset: 0, endParagraph: 8, endOffset: DRAFT[8]!.length });
    }));

  test("reports false when the paragraph changed", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const run = await checkDraft();
      d.model.load(DRAFT.slice(0, 3));
      const gap = run.findings.find((f) => f.rule === "numbering.gap" && f.paragraph === 9)!;
      assert.equal(await selectFinding(gap, run.texts), false);
    }));
});

describe("fixAllFindings", () => {
  test("全部修复 settles in one pass: ad lines and the blank run with them, numbering, punctuation — nothing fixable left, 4 syncs (read, locate, write, delete the emptied lines)", () =>
    withDouble({ profile: "web", modes: { searchWidth: "insensitive", searchQuotes: "insensitive" }, paragraphs: ["XX范文网整理，更多范文请关注公众号：fanwen123", "", "关于2026年度工作情况的报告", "一、主要工作", "全年完成投资12亿元,同比增长8%。", "三、存在的问题", "主要有以下几个方面；"] }, async (d) => {
      d.resetStats();
      const result = await fixAllFindings();
      assert.equal(d.stats.syncs, 4, "read, locate, write, delete the emptied lines");
      assert.equal(result.interrupted, null);
      const texts = d.model.paragraphs.map((p) => p.text);
      assert.equal(texts[0], "关于2026年度工作情况的报告", "the ad line and its blank line are gone");
      assert.ok(texts.includes("二、存在的问题"), "texts.includes(\"二、存在的问题\")");
      assert.ok(texts.includes("全年完成投资12亿元，同比增长8%。"), "texts.includes(\"全年完成投资12亿元，同比增长8%。\")");
      const again = await checkDraft();
      assert.deepEqual(again.findings.filter((f) => f.replacement !== undefined || f.removeParagraph).map((f) => f.rule), []);
    }));
});
