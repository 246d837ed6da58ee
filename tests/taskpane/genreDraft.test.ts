import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validateGenre, type Genre } from "../../src/core/genres";
import { readOutline } from "../../src/core/outline";
import { buildSkeleton, genreFromOutline, skeletonTexts } from "../../src/core/skeleton";
import {
  assembleGenre,
  cleanHeading,
  draftFromGenre,
  draftStats,
  draftToGenre,
  editEntry,
  moveEntry,
  removeEntry,
  setName,
  setTitlePattern,
  undoRemove,
  type GenreDraft,
} from "../../src/taskpane/skeleton/genreDraft";
import { corpusPath } from "../support/shared";

function school(): Genre {
  const result = genreFromOutline(readFileSync(corpusPath("school-principal-report.txt"), "utf8").split(/\r?\n/));
  assert.ok(result.ok, "result.ok");
  return result.genre;
}
const saved = (draft: GenreDraft, others: string[] = []) => {
  const result = draftToGenre(draft, others);
  if (!result.ok) assert.fail(JSON.stringify(result));
  assert.deepEqual(validateGenre(result.genre), []);
  return result.genre;
};
const headings = (g: Genre) =>
  readOutline(skeletonTexts(buildSkeleton(g)))
    .filter((e) => e.level <= 2)
    .map((e) => `${e.written}${e.title}`);

describe("genre draft (the 存为骨架 editor)", () => {
  test("unchanged, the draft saves exactly the genre it was read as", () => {
    const g = school();
    assert.deepEqual(saved(draftFromGenre(g, "new")), g);
  });

  test("edited title and hint, reordered and removed sections: what is saved, and its skeleton", () => {
    const g = school();
    let d = draftFromGenre(g, "new");
    d = setName(d, "  我的述职述廉报告 ");
    d = editEntry(d, "s1", { title: "二、强化理论武装，坚定理想信念。" }); // ordinal and full stop typed too
    d = editEntry(d, "s1-1", { hint: "写学习次数和\n心得。" });
    d = moveEntry(d, "s2", -1); // 立德树人 first
    d = moveEntry(d, "s2-3", -1); // 办学条件 before 师资队伍
    d = removeEntry(d, "s3");
    const out = saved(d);
    assert.equal(out.name.zh, "我的述职述廉报告");
    assert.deepEqual(out.sections.map((s) => s.id), ["s2", "s1", "s4", "s5"]);
    assert.equal(out.sections[1]!.title, "强化理论武装，坚定理想信念");
    assert.deepEqual(out.sections[1]!.subsections[0]!.hint, { zh: "写学习次数和 心得。", en: "写学习次数和 心得。" });
    assert.deepEqual(out.sections[0]!.subsections.map((s) => s.id), ["s2-1", "s2-3", "s2-2"]);
    // Untouched hints keep both languages; bodies are the read genre's.
    assert.deepEqual(out.sections[0]!.subsections[0]!.hint, g.sections[1]!.subsections[0]!.hint);
    assert.deepEqual(out.sections[0]!.subsections[0]!.body, g.sections[1]!.subsections[0]!.body);
    assert.deepEqual(headings(out), [
      "一、聚焦立德树人，提升办学质量",
      "（一）教学质量稳步提升",
      "（二）办学条件持续改善",
      "（三）师资队伍不断壮大",
      "二、强化理论武装，坚定理想信念",
      "（一）坚持集中学习",
      "（二）严守政治纪律",
      "三、存在的问题和不足",
      "四、下一步工作打算",
    ]);
  });

  test("a removal can be undone, subsections too; the last section cannot be removed", () => {
    const g = school();
    let d = draftFromGenre(g, "new");
    d = removeEntry(d, "s2-2");
    assert.deepEqual(d.sections[1]!.subsections.map((s) => s.id), ["s2-1", "s2-3"]);
    d = undoRemove(d);
    assert.deepEqual(d.sections[1]!.subsections.map((s) => s.id), ["s2-1", "s2-2", "s2-3"]);
    assert.equal(d.removed, null);
    d = removeEntry(d, "s1");
    d = undoRemove(d);
    assert.deepEqual(d.sections.map((s) => s.id), ["s1", "s2", "s3", "s4", "s5"]);
    for (const id of ["s1", "s2", "s3", "s4"]) d = removeEntry(d, id);
    assert.deepEqual(removeEntry(d, "s5").sections.map((s) => s.id), ["s5"]);
    // Moving past either end changes nothing.
    assert.deepEqual(moveEntry(draftFromGenre(g, "new"), "s1", -1).sections.map((s) => s.id), ["s1", "s2", "s3", "s4", "s5"]);
  });

  test("problems: a name is required and unique among one's own; headings must not be empty", () => {
    const d = draftFromGenre(school(), "new");
    const noName = draftToGenre(setName(d, "  "), []);
    assert.ok(!noName.ok && noName.problems.name?.zh.includes("请填写骨架名称"), "!noName.ok && noName.problems.name?.zh.includes(\"请填写骨架名称\")");
    const taken = draftToGenre(d, [d.name]);
    assert.ok(!taken.ok && taken.problems.name?.zh.includes("已有名为"), "!taken.ok && taken.problems.name?.zh.includes(\"已有名为\")");
    const emptyHeading = draftToGenre(editEntry(d, "s1-2", { title: "（二）。" }), []);
    assert.ok(!emptyHeading.ok && emptyHeading.problems["s1-2"]?.en === "The heading must not be empty.", "!emptyHeading.ok && emptyHeading.problems[\"s1-2\"]?.en === \"The heading must not be empty.\"");
    const noTitle = draftToGenre(setTitlePattern(d, ""), []);
    assert.ok(!noTitle.ok && noTitle.problems.title, "!noTitle.ok && noTitle.problems.title");
  });

  test("the title line: declared fields stay slots, other braces become text, unused fields are dropped", () => {
    const d = setTitlePattern(draftFromGenre(school(), "new"), "{年度}年度{述职}报告");
    const out = saved(d);
    assert.equal(out.titlePattern, "{年度}年度｛述职｝报告");
    assert.deepEqual(out.fields.map((f) => f.key), ["述职人姓名", "年度"], "中学名称 no longer used");
    assert.equal(skeletonTexts(buildSkeleton(out))[0], "20XX年度｛述职｝报告");
  });

  test("an emptied hint falls back to a plain one from the title", () => {
    const out = saved(editEntry(draftFromGenre(school(), "new"), "s4", { hint: "   " }));
    assert.equal(out.sections[3]!.hint.zh, "写“存在的问题和不足”方面的情况。");
  });

  test("preview and stats follow the draft; the preview shows empty headings as untitled", () => {
    let d = draftFromGenre(school(), "new");
    assert.deepEqual(draftStats(d), { sections: 5, subsections: 7, metrics: 16 });
    d = removeEntry(d, "s2");
    assert.deepEqual(draftStats(d), { sections: 4, subsections: 4, metrics: 6 });
    d = editEntry(d, "s1", { title: "" });
    assert.equal(assembleGenre(d, d.base.id, "（未命名）").sections[0]!.title, "（未命名）");
  });

  test("headings typed with an ordinal or end punctuation are cleaned", () => {
    assert.equal(cleanHeading(" 三、（一）加强学习；"), "加强学习");
    assert.equal(cleanHeading("一是抓落实。"), "抓落实");
    assert.equal(cleanHeading("2026年工作回顾"), "2026年工作回顾");
  });
});
