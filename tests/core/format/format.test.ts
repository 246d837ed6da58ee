import { corpusPath } from "../../support/shared";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  classifyParagraphs,
  fontFallbacks,
  formatPresets,
  localPracticeProfile,
  planFormat,
  resolveFonts,
  standardProfile,
  validateProfile,
  type FormatProfile,
} from "../../../src/core/format/index";

const SAMPLE = [
  "关于2026年度履职情况的述职报告",
  "",
  "各位领导、同志们：",
  "一年来，我认真履行分管工作职责。现将本人履职情况报告如下：",
  "一、坚持学思践悟，提升政治能力",
  "（一）深入学习党的二十届四中全会精神。全年参加中心组学习12次。",
  "1.强化项目调度。每月召开调度会。",
  "（1）建立台账",
  "二、存在的问题和不足",
  "一是调查研究还不够深入；二是办法还不够多。",
  "以上报告，请予评议。",
  "述职人：李明",
  "二○二六年十二月",
];

describe("classifyParagraphs", () => {
  test("roles of a sample report", () => {
    assert.deepEqual(classifyParagraphs(SAMPLE), [
      "title",
      "empty",
      "addressee",
      "body",
      "heading1",
      "heading2",
      "heading3",
      "heading4",
      "heading1",
      "body",
      "body",
      "signature",
      "date",
    ]);
  });

  test("a unit name above an Arabic date is a signature", () => {
    const roles = classifyParagraphs(["年度工作总结", "一、主要工作", "正文。", "xx集团有限公司", "2026年12月8日"]);
    assert.deepEqual(roles.slice(3), ["signature", "date"]);
  });

  test("a report without closing block ends in body text", () => {
    const roles = classifyParagraphs(["标题", "正文第一段。", "正文最后一段。"]);
    assert.deepEqual(roles, ["title", "body", "body"]);
  });

  test("headings written with a wrong ordinal form are still headings", () => {
    const roles = classifyParagraphs(["标题", "一.总体情况", "(一)学习", "1、细项"]);
    assert.deepEqual(roles, ["title", "heading1", "heading2", "heading3"]);
  });

  test("the 2024 government report: title, subtitle lines, addressee, headings", () => {
    const paragraphs = readFileSync(corpusPath("gov-work-report-2024.txt"), "utf8").split(/\r?\n/);
    const roles = classifyParagraphs(paragraphs);
    const named = (role: string) => paragraphs.filter((_, i) => roles[i] === role).map((p) => p.trim());
    assert.deepEqual(named("title"), ["政府工作报告"]);
    assert.deepEqual(named("addressee"), ["各位代表："]);
    assert.ok(named("subtitle").includes("李　强"), "named(\"subtitle\").includes(\"李 强\")");
    assert.equal(named("heading1").length, 3);
    assert.equal(named("heading2").length, 10);
    assert.equal(roles[0], "template"); // the pasted source note is not the title: a template line, left unstyled
  });
});

describe("format profiles", () => {
  test("the standard profile follows GB/T 9704", () => {
    const { roles, pageMargins, lineSpacingPt } = standardProfile;
    assert.deepEqual(pageMargins, { top: 37, bottom: 35, left: 28, right: 26 });
    assert.equal(lineSpacingPt, 28);
    assert.deepEqual([roles.title.eastAsianFont, roles.title.sizePt, roles.title.alignment], ["方正小标宋简体", 22, "centered"]);
    assert.deepEqual([roles.body.eastAsianFont, roles.body.sizePt, roles.body.firstLineIndentChars], ["仿宋_GB2312", 16, 2]);
    assert.equal(roles.heading1.eastAsianFont, "黑体");
    assert.equal(roles.heading2.eastAsianFont, "楷体_GB2312");
    assert.deepEqual([roles.heading3.eastAsianFont, roles.heading3.bold], ["仿宋_GB2312", false]); // 7.3.3: 仿宋 only
    assert.deepEqual([roles.heading4.eastAsianFont, roles.heading4.bold], ["仿宋_GB2312", false]);
    assert.equal(roles.signature.alignment, "right");
    assert.equal(roles.date.alignment, "right");
  });

  test("local practice uses Times New Roman for Latin and bold level-2 and level-3 headings", () => {
    assert.ok(Object.values(localPracticeProfile.roles).every((r) => r.latinFont === "Times New Roman"), "Object.values(localPracticeProfile.roles).every((r) => r.latinFont === \"Times New Roman\")");
    assert.equal(localPracticeProfile.roles.heading2.bold, true);
    assert.equal(localPracticeProfile.roles.heading3.bold, true);
    assert.equal(localPracticeProfile.roles.heading4.bold, false);
    assert.equal(localPracticeProfile.roles.body.eastAsianFont, "仿宋_GB2312");
    assert.equal(standardProfile.roles.heading2.bold, false); // the preset did not leak into the standard
    assert.equal(standardProfile.roles.body.latinFont, "仿宋_GB2312");
  });

  test("every preset validates", () => {
    assert.equal(formatPresets.length, 2);
    for (const preset of formatPresets) assert.equal(validateProfile(preset).ok, true, preset.id);
  });
});

describe("validateProfile", () => {
  const edited = (change: (p: FormatProfile) => void): FormatProfile => {
    const copy = structuredClone(standardProfile) as FormatProfile;
    change(copy);
    return copy;
  };
  const errorsOf = (input: unknown) => {
    const result = validateProfile(input);
    assert.equal(result.ok, false);
    return result.ok ? [] : result.errors;
  };

  test("line spacing outside 28–29.5 pt", () => {
    const errors = errorsOf(edited((p) => (p.lineSpacingPt = 30)));
    assert.equal(errors[0]?.path, "lineSpacingPt");
    assert.match(errors[0]?.message.zh ?? "", /行距.*28–29\.5.*30/);
    assert.match(errors[0]?.message.en ?? "", /28–29\.5 pt \(got 30\)/);
  });

  test("29.5 pt is still allowed", () => {
    assert.equal(validateProfile(edited((p) => (p.lineSpacingPt = 29.5))).ok, true);
  });

  test("font size outside 8–72 names the role", () => {
    const errors = errorsOf(edited((p) => (p.roles.heading2.sizePt = 6)));
    assert.equal(errors[0]?.path, "roles.heading2.sizePt");
    assert.match(errors[0]?.message.zh ?? "", /二级标题的字号须在8–72磅之间/);
    assert.match(errors[0]?.message.en ?? "", /level-2 heading/);
  });

  test("an empty font name", () => {
    const errors = errorsOf(edited((p) => (p.roles.body.eastAsianFont = "  ")));
    assert.equal(errors[0]?.path, "roles.body.eastAsianFont");
    assert.match(errors[0]?.message.zh ?? "", /正文的中文字体不能为空/);
  });

  test("several problems are all reported; garbage is rejected", () => {
    const errors = errorsOf(edited((p) => {
      p.lineSpacingPt = 12;
      p.roles.title.sizePt = 100;
      p.roles.date.latinFont = "";
    }));
    assert.equal(errors.length, 3);
    assert.equal(validateProfile(null).ok, false);
    assert.equal(validateProfile({ id: "x" }).ok, false);
  });
});

describe("resolveFonts", () => {
  test("missing official fonts fall back; 宋体 stands in for 小标宋 in bold", () => {
    const available = new Set(["仿宋", "楷体", "宋体", "黑体", "Times New Roman"]);
    const { profile, substitutions, unknown } = resolveFonts(standardProfile, available);
    assert.equal(unknown, false);
    assert.equal(profile.roles.body.eastAsianFont, "仿宋");
    assert.equal(profile.roles.heading2.eastAsianFont, "楷体");
    assert.equal(profile.roles.heading1.eastAsianFont, "黑体");
    assert.deepEqual([profile.roles.title.eastAsianFont, profile.roles.title.bold], ["宋体", true]);
    assert.ok(substitutions.some((s) => s.role === "title" && s.from === "方正小标宋简体" && s.to === "宋体"), "substitutions.some((s) => s.role === \"title\" && s.from === \"方正小标宋简体\" && s.to === \"宋体\")");
    assert.ok(!substitutions.some((s) => s.role === "heading1"), "!substitutions.some((s) => s.role === \"heading1\")");
    assert.equal(standardProfile.roles.body.eastAsianFont, "仿宋_GB2312"); // the preset is untouched
  });

  test("installed fonts are kept, names compared without case", () => {
    const available = new Set(["仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体", "times new roman"]);
    const { profile, substitutions } = resolveFonts(localPracticeProfile, available);
    assert.deepEqual(substitutions, []);
    assert.equal(profile.roles.body.latinFont, "Times New Roman");
  });

  test("English font names are accepted as fallbacks", () => {
    const { profile } = resolveFonts(standardProfile, new Set(["FangSong", "KaiTi", "SimHei", "SimSun"]));
    assert.equal(profile.roles.body.eastAsianFont, "FangSong");
    assert.equal(profile.roles.heading1.eastAsianFont, "SimHei");
  });

  test("a platform that cannot list fonts keeps the profile and says so", () => {
    const result = resolveFonts(standardProfile, null);
    assert.equal(result.unknown, true);
    assert.equal(result.profile, standardProfile);
    assert.deepEqual(result.substitutions, []);
  });

  test("the fallback table covers the official fonts", () => {
    for (const font of ["仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体"]) {
      assert.ok((fontFallbacks[font] ?? []).length > 0, font);
    }
    assert.equal(fontFallbacks["仿宋_GB2312"]?.[0]?.font, "仿宋");
  });
});

describe("planFormat", () => {
  test("each paragraph gets its role's format, indent in points, and the text is not touched", () => {
    const copy = [...SAMPLE];
    const plan = planFormat(copy, standardProfile);
    assert.deepEqual(copy, SAMPLE);
    assert.equal(plan.length, SAMPLE.length);
    const title = plan[0]!;
    assert.deepEqual([title.role, title.eastAsianFont, title.sizePt, title.alignment, title.firstLineIndentPt], [
      "title", "方正小标宋简体", 22, "centered", 0,
    ]);
    const body = plan[3]!;
    assert.deepEqual([body.role, body.eastAsianFont, body.firstLineIndentPt, body.lineSpacingPt], ["body", "仿宋_GB2312", 32, 28]);
    assert.equal(plan[4]!.eastAsianFont, "黑体");
    assert.equal(plan[6]!.bold, false); // level 3 is plain 仿宋 in the national standard
    assert.equal(planFormat(copy, localPracticeProfile)[6]!.bold, true);
    assert.equal(plan[12]!.alignment, "right");
    assert.equal(plan[1]!.role, "empty");
    assert.equal(plan[1]!.eastAsianFont, "仿宋_GB2312");
  });
});
