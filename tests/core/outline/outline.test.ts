import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { applyChanges, readOutline, renumber } from "../../../src/core/outline";

const mismatches = (paragraphs: string[]) =>
  readOutline(paragraphs).filter((e) => e.written !== e.expected).map((e) => [e.paragraph, e.written, e.expected]);

describe("readOutline: heading levels", () => {
  test("recognises the four heading levels with their styles", () => {
    const entries = readOutline(["一、总体情况", "（一）主要做法", "1.加强学习", "（1）集中学习"]);
    assert.deepEqual(
      entries.map((e) => [e.level, e.style, e.written, e.title]),
      [
        [1, "chinese-dun", "一、", "总体情况"],
        [2, "chinese-paren", "（一）", "主要做法"],
        [3, "arabic-dot", "1.", "加强学习"],
        [4, "arabic-paren", "（1）", "集中学习"],
      ],
    );
  });

  test("tolerates half-width brackets, full-width dots and leading indentation", () => {
    const entries = readOutline(["　　一、甲", "(一)乙", "1．丙", "(1)丁", "  2. 戊"]);
    assert.deepEqual(
      entries.map((e) => [e.level, e.written, e.start, e.end]),
      [
        [1, "一、", 2, 4],
        [2, "(一)", 0, 3],
        [3, "1．", 0, 2],
        [4, "(1)", 0, 3],
        [3, "2.", 2, 4],
      ],
    );
    assert.equal(entries[4]!.expected, "2.");
  });

  test("reads ordinals up to 九十九 and beyond ten", () => {
    const numerals = ["十一", "十九", "二十", "二十一", "五十五", "九十九"];
    const entries = readOutline(numerals.map((n) => `${n}、标题`));
    assert.deepEqual(entries.map((e) => e.writtenNumber), [11, 19, 20, 21, 55, 99]);
    assert.deepEqual(entries.map((e) => e.expected), ["一、", "二、", "三、", "四、", "五、", "六、"]);
  });

  test("a full run 一、 … 九十九、 is consistent", () => {
    const cn = (n: number) => {
      const d = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
      const tens = Math.floor(n / 10), ones = n % 10;
      return (tens ? (tens === 1 ? "" : d[tens]) + "十" : "") + d[ones];
    };
    const paragraphs = Array.from({ length: 99 }, (_, i) => `${cn(i + 1)}、第${i + 1}部分`);
    assert.deepEqual(mismatches(paragraphs), []);
    assert.equal(readOutline(paragraphs).length, 99);
  });

  test("run-in heading: title up to the first 。 and runIn true", () => {
    const [e] = readOutline(["（一）坚持集中学习。全年组织学习12次。"]);
    assert.equal(e!.title, "坚持集中学习");
    assert.equal(e!.runIn, true);
    const [plain] = readOutline(["（二）加快转变经济发展方式，促进经济持续健康发展。"]);
    assert.equal(plain!.runIn, false);
    assert.equal(plain!.title, "加快转变经济发展方式，促进经济持续健康发展");
  });

  test("ignores years, decimals and mid-paragraph numbers", () => {
    const entries = readOutline([
      "2025年，全市经济运行稳中有进。",
      "二○二五年是关键一年。",
      "1.5亿元的投资已到位。",
      "2025.12 月报",
      "全年分三步：一、摸底；二、整改。",
      "（2025）年度",
      "（十五五）规划",
    ]);
    assert.deepEqual(entries, []);
  });

  test("一、二季度 and 二、三产业 at paragraph start are number pairs, not headings", () => {
    assert.deepEqual(readOutline(["一、二季度经济增速回落。", "二、三产业融合发展。"]), []);
    assert.equal(readOutline(["三、四个方面的不足"]).length, 1);
  });

  test("empty and blank paragraphs are skipped", () => {
    assert.deepEqual(readOutline(["", "   ", "\u3000\u3000"]), []);
  });
});

describe("readOutline: expected ordinals", () => {
  test("level 1 runs through the document; level 2 restarts under each level 1", () => {
    const entries = readOutline(["一、甲", "（一）a", "（二）b", "二、乙", "（一）c", "正文", "（二）d"]);
    assert.deepEqual(entries.map((e) => e.expected), ["一、", "（一）", "（二）", "二、", "（一）", "（二）"]);
    assert.deepEqual(mismatches(["一、甲", "（一）a", "（二）b", "二、乙", "（一）c", "正文", "（二）d"]), []);
  });

  test("a gap and a repeat are reported with the expected ordinal", () => {
    assert.deepEqual(mismatches(["一、甲", "三、乙", "四、丙"]), [[1, "三、", "二、"], [2, "四、", "三、"]]);
    assert.deepEqual(mismatches(["一、甲", "二、乙", "二、丙"]), [[2, "二、", "三、"]]);
    assert.deepEqual(mismatches(["一、甲", "（一）a", "（三）b"]), [[2, "（三）", "（二）"]]);
  });

  test("level 3 counts under level 2, or under level 1 when there is no level 2", () => {
    const doc = ["一、甲", "1.x", "2.y", "二、乙", "（一）a", "1.z", "2.w", "（二）b", "1.v"];
    assert.deepEqual(readOutline(doc).map((e) => e.expected), ["一、", "1.", "2.", "二、", "（一）", "1.", "2.", "（二）", "1."]);
    assert.deepEqual(mismatches(doc), []);
  });

  test("level 4 restarts under each level 3; form is kept in the expected ordinal", () => {
    const doc = ["1．甲", "(1)a", "(3)b", "2．乙", "(2)c"];
    assert.deepEqual(mismatches(doc), [[2, "(3)", "(2)"], [4, "(2)", "(1)"]]);
  });

  test("full-width digits stay full-width", () => {
    assert.deepEqual(mismatches(["１．甲", "３．乙"]), [[1, "３．", "２．"]]);
  });
});

describe("readOutline: in-paragraph points", () => {
  test("一是…二是…三是 inside one paragraph", () => {
    const entries = readOutline(["重点抓了三件事：一是抓学习；二是抓落实；三是抓作风。"]);
    assert.deepEqual(entries.map((e) => [e.level, e.style, e.written, e.expected, e.title]), [
      [5, "yishi", "一是", "一是", "抓学习"],
      [5, "yishi", "二是", "二是", "抓落实"],
      [5, "yishi", "三是", "三是", "抓作风"],
    ]);
    assert.equal(entries[1]!.start, "重点抓了三件事：一是抓学习；".length);
  });

  test("第一，…第二，… is read with its comma", () => {
    const entries = readOutline(["第一，统一思想。第二，压实责任。第四，强化督查。"]);
    assert.deepEqual(entries.map((e) => [e.style, e.written, e.expected]), [
      ["diyi", "第一，", "第一，"],
      ["diyi", "第二，", "第二，"],
      ["diyi", "第四，", "第三，"],
    ]);
  });

  test("统一是 / 唯一是 / 第一位 / 质量第一、 are not ordinals", () => {
    assert.deepEqual(
      readOutline(["思想统一是前提，唯一是标准。", "坚持把人民利益放在第一位。", "坚持质量第一、效益优先。"]),
      [],
    );
  });

  test("points restart in each paragraph", () => {
    assert.deepEqual(mismatches(["做法：一是甲；二是乙。", "成效：一是丙；二是丁。"]), []);
  });

  test("a gap inside a paragraph is reported", () => {
    assert.deepEqual(mismatches(["做法：一是甲；三是乙；四是丙。"]), [[0, "三是", "二是"], [0, "四是", "三是"]]);
  });

  test("paragraph-leading points continue across paragraphs, with explanation paragraphs between", () => {
    const doc = ["一、回顾", "一是稳增长。", "具体做法是……", "二是调结构。", "三是惠民生。", "五是强治理。"];
    assert.deepEqual(mismatches(doc), [[5, "五是", "四是"]]);
  });

  test("a sub-list inside an explanation paragraph does not advance the leading chain", () => {
    const doc = ["一是稳增长。", "主要措施：一是扩投资；二是促消费；三是稳外贸。", "二是调结构。"];
    assert.deepEqual(mismatches(doc), []);
  });

  test("a heading ends the chain of leading points; a first point that continues nothing is trusted", () => {
    const doc = ["（一）甲", "一是a。", "二是b。", "（二）乙", "二是c。", "四是d。"];
    // Not 三是 (the chain ended at the heading), not 一是 (its 一是 may be where the reader cannot see).
    assert.deepEqual(mismatches(doc), [[5, "四是", "三是"]]);
  });

  test("a second enumeration after a full stop restarts; after a comma it continues", () => {
    assert.deepEqual(mismatches(["三个目标：一是甲，二是乙。两项措施：一是丙，二是丁。"]), []);
    assert.deepEqual(mismatches(["一是甲，二是乙，一是丙。"]), [[0, "一是", "三是"]]);
  });

  test("point right after a heading ordinal counts as leading", () => {
    const entries = readOutline(["（一）一是抓学习"]);
    assert.deepEqual(entries.map((e) => e.level), [2, 5]);
  });
});

describe("renumber", () => {
  test("a clean document comes back unchanged with no change", () => {
    const doc = ["一、甲", "（一）a", "一是x；二是y。", "（二）b", "二、乙"];
    const result = renumber(doc);
    assert.deepEqual(result.paragraphs, doc);
    assert.deepEqual(result.changes, []);
  });

  test("fixes gaps and repeats at every level, keeping the written form", () => {
    const doc = ["一、甲", "(二)a", "(二)b", "三、乙", "1．x", "3．y", "（3）z", "做法：一是p；三是q。"];
    const { paragraphs, changes } = renumber(doc);
    assert.deepEqual(paragraphs, ["一、甲", "(一)a", "(二)b", "二、乙", "1．x", "2．y", "（1）z", "做法：一是p；二是q。"]);
    assert.deepEqual(
      changes.map((c) => [c.paragraph, c.start, c.end, c.from, c.to]),
      [
        [1, 0, 3, "(二)", "(一)"],
        [3, 0, 2, "三、", "二、"],
        [5, 0, 2, "3．", "2．"],
        [6, 0, 3, "（3）", "（1）"],
        [7, 7, 9, "三是", "二是"],
      ],
    );
  });

  test("an inserted section shifts the following ones: 四、 after 三、 twice", () => {
    const doc = ["一、甲", "二、乙", "三、丙", "三、新增", "四、丁", "五、戊"];
    assert.deepEqual(renumber(doc).paragraphs, ["一、甲", "二、乙", "三、丙", "四、新增", "五、丁", "六、戊"]);
  });

  test("renumbering across ten: 九、 十、 十一、 and 十九、 二十、", () => {
    const doc = ["一、a", "二、b", "三、c", "四、d", "五、e", "六、f", "七、g", "八、h", "九、i", "十一、j", "十一、k"];
    const out = renumber(doc).paragraphs;
    assert.equal(out[9], "十、j");
    assert.equal(out[10], "十一、k");
  });

  test("changes keep offsets of the input text and indentation", () => {
    const { paragraphs, changes } = renumber(["　　一、甲", "　　三、乙"]);
    assert.deepEqual(paragraphs, ["　　一、甲", "　　二、乙"]);
    assert.deepEqual(changes, [{ paragraph: 1, start: 2, end: 4, from: "三、", to: "二、" }]);
  });

  test("is idempotent on random documents", () => {
    const pieces = ["一、", "二、", "五、", "（一）", "（三）", "1.", "4.", "（1）", "（2）", "一是", "三是", "", "正文"];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const doc = Array.from({ length: 30 }, () => pieces[Math.floor(rand() * pieces.length)]! + "内容。");
      const once = renumber(doc).paragraphs;
      assert.deepEqual(renumber(once).changes, [], `round ${round}`);
      assert.deepEqual(mismatches(once), []);
    }
  });

  test("absurdly long heading runs do not throw", () => {
    const doc = Array.from({ length: 1200 }, () => "一、标题");
    const entries = readOutline(doc);
    assert.equal(entries[998]!.expected, "九百九十九、");
    assert.equal(entries[1199]!.expectedNumber, 1200);
  });

  test("applyChanges applies several changes in one paragraph", () => {
    const out = applyChanges(["一是a；三是b；五是c。"], [
      { paragraph: 0, start: 4, end: 6, from: "三是", to: "二是" },
      { paragraph: 0, start: 8, end: 10, from: "五是", to: "三是" },
    ]);
    assert.deepEqual(out, ["一是a；二是b；三是c。"]);
  });

  test("6,000 paragraphs renumbered in one pass (speed: npm run bench)", () => {
    const doc: string[] = [];
    for (let i = 0; i < 1000; i++) {
      // 500 level-1 sections (ordinals go to 九百九十九), each misnumbered.
      doc.push(i % 2 === 0 ? `${i % 20 === 0 ? "一" : "三"}、部分标题` : "正文段落。", "（一）小标题", "　　正文内容，全年完成投资1.5亿元，同比增长8.2%。一是抓项目；二是抓招商。", "（三）小标题", "1.要点", "正文段落。");
    }
    const result = renumber(doc);
    assert.equal(doc.length, 6000);
    assert.ok(result.changes.length > 1000, "result.changes.length > 1000");
    assert.deepEqual(renumber(result.paragraphs).changes, [], "renumbering is idempotent");
  });
});
