/**
 * 数据核对 in Word: the stored values feed the check (form values, dismissals), a dismissal is
 * kept in the document, 以文档为准 updates the form, 以表单为准 writes the form's figure and
 * reads it back; 全部修复 leaves figures alone. Sync counts asserted on every storage kind.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkDraft, fixAllFindings } from "../../src/word/checks";
import { applyFormFigure, dismissFigureFinding, keepDocumentFigure, readFigureOptions } from "../../src/word/figures";
import { saveStoredValues } from "../../src/word/metricsStore";
import { scanDocument } from "../../src/word/metricsScan";
import type { StoredValues } from "../../src/core/metrics";
import { withDouble } from "../support/double";

const REPORT = ["某公司2025年度工作总结", "全年实现主营业务收入5.6亿元。", "公司主营业务收入5.2亿元，利润总额3200万元。"];
const FORM_REPORT = ["某公司2025年度工作总结", "全年实现主营业务收入5.6亿元，利润总额3200万元。"];
const STORED: StoredValues = { values: { "field:主营业务收入|亿元#1": "5.2", "field:利润总额|万元#1": "3200" }, previous: {}, updatedAt: "2026-01-01T00:00:00Z" };

describe("数据核对 in Word", () => {
  for (const profile of ["web", "windows", "office2019"] as const) {
    const customXml = profile !== "office2019";

    test(`${profile}: a conflict is found by 检查, not touched by 全部修复, and stays dismissed`, () =>
      withDouble({ profile, paragraphs: REPORT }, async (d) => {
        d.resetStats();
        const options = await readFigureOptions();
        assert.equal(d.stats.syncs, customXml ? 1 : 0, "no part yet: ids only");
        assert.deepEqual(options, { figureForm: [], dismissedFigures: [] });
        const run = await checkDraft(options);
        const conflict = run.findings.find((f) => f.rule === "figures.conflict");
        assert.ok(conflict, "found");
        assert.equal(conflict.message.zh, "主营业务收入：第2段 5.6亿元，第3段 5.2亿元。");
        assert.deepEqual(conflict.places?.map((p) => p.paragraph), [1, 2]);
        assert.equal(conflict.replacement, undefined);

        const fixed = await fixAllFindings(options);
        assert.deepEqual(d.model.paragraphs.map((p) => p.text), REPORT, "全部修复 leaves the figures");
        assert.ok(fixed.findings.some((f) => f.rule === "figures.conflict"), "fixed.findings.some((f) => f.rule === \"figures.conflict\")");

        d.resetStats();
        await dismissFigureFinding(conflict);
        assert.equal(d.stats.syncs, customXml ? 2 : 0, "read ids (no part to read), write");
        d.resetStats();
        const after = await readFigureOptions();
        assert.equal(d.stats.syncs, customXml ? 2 : 0);
        assert.deepEqual(after.dismissedFigures, [conflict.dismissKey]);
        const again = await checkDraft(after);
        assert.equal(again.findings.filter((f) => f.rule.startsWith("figures.")).length, 0);
      }));

    test(`${profile}: a dismissal keeps the form's values and the form still reads them`, () =>
      withDouble({ profile, paragraphs: FORM_REPORT }, async (d) => {
        await saveStoredValues(STORED);
        const run = await checkDraft(await readFigureOptions());
        const form = run.findings.find((f) => f.rule === "figures.form");
        assert.ok(form, "form");
        assert.equal(form.formValue, "5.2亿元");
        d.resetStats();
        await dismissFigureFinding(form);
        assert.equal(d.stats.syncs, customXml ? 3 : 0, "read ids, read the part, write");
        const scan = await scanDocument();
        assert.equal(scan.stored?.values["field:利润总额|万元#1"], "3200");
        assert.equal(scan.stored?.values["field:主营业务收入|亿元#1"], "5.2");
      }));

    test(`${profile}: 以文档为准 puts the document's figure in the form`, () =>
      withDouble({ profile, paragraphs: FORM_REPORT }, async () => {
        await saveStoredValues(STORED);
        const run = await checkDraft(await readFigureOptions());
        const form = run.findings.find((f) => f.rule === "figures.form")!;
        await keepDocumentFigure(form, run.texts[form.paragraph]!.slice(form.start, form.end));
        const options = await readFigureOptions();
        assert.ok(options.figureForm?.some((f) => f.group === "field:主营业务收入|亿元#1" && f.value === "5.6"), "options.figureForm?.some((f) => f.group === \"field:主营业务收入|亿元#1\" && f.value === \"5.6\")");
        const again = await checkDraft(options);
        assert.equal(again.findings.filter((f) => f.rule === "figures.form").length, 0);
      }));

    test(`${profile}: 以表单为准 writes the form's figure and reads it back`, () =>
      withDouble({ profile, paragraphs: FORM_REPORT }, async (d) => {
        await saveStoredValues(STORED);
        const options = await readFigureOptions();
        const run = await checkDraft(options);
        const form = run.findings.find((f) => f.rule === "figures.form")!;
        d.resetStats();
        const result = await applyFormFigure(form, run.texts, options);
        assert.equal(d.stats.syncs, 3, "read, locate, write and read back");
        assert.equal(result.applied.length, 1);
        assert.equal(d.model.paragraphs[1]!.text, "全年实现主营业务收入5.2亿元，利润总额3200万元。");
        assert.equal(result.findings.filter((f) => f.rule === "figures.form").length, 0);
      }));

    test(`${profile}: 以表单为准 writes nothing when the figure was edited since the check`, () =>
      withDouble({ profile, paragraphs: FORM_REPORT }, async (d) => {
        await saveStoredValues(STORED);
        const options = await readFigureOptions();
        const run = await checkDraft(options);
        const form = run.findings.find((f) => f.rule === "figures.form")!;
        d.model.paragraphs[1]!.runs = [{ text: "全年实现主营业务收入5.9亿元，利润总额3200万元。" } as any];
        const result = await applyFormFigure(form, run.texts, options);
        assert.equal(result.applied.length, 0);
        assert.equal(d.model.paragraphs[1]!.text, "全年实现主营业务收入5.9亿元，利润总额3200万元。");
      }));
  }
});
