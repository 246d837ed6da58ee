// Labels around a count and around an amount (mutation testing, issue 27): the noun of an
// enumeration is what its count counts (两县开展试点 → 县, never 县开; 三处负责 → 处, never 负责),
// a name never starts with a count (两个园区 → 园区, never 两个园), and a figure with a unit is an
// amount, never a name (全年完成XX亿元 is not 亿元名称).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders } from "../../../src/core/placeholders/index";
import { countedNounAt } from "../../../src/core/placeholders/classify";

const labels = (text: string) => scanPlaceholders([text]).map((p) => p.label);
const kinds = (text: string) => scanPlaceholders([text]).map((p) => p.kind);

describe("the noun after an enumeration is what its count counts, not the verb after it", () => {
  const cases: Array<[text: string, label: string]> = [
    ["在XX、XX两县开展试点。", "县名称"],
    ["重点在XX、XX两市召开现场会。", "市名称"],
    ["由XX、XX三处负责。", "处名称"],
    ["在X、X两个园区建设标准厂房。", "园区名称"],
    ["在××、××、××三个社区开展志愿服务。", "社区名称"],
    ["组织XX、XX两所学校结对帮扶。", "学校名称"],
    ["XX、XX两乡镇率先完成。", "乡镇名称"],
    ["XX、XX两个乡镇率先完成。", "乡镇名称"],
    ["支持XX、XX两家企业发展。", "企业名称"],
    ["在××、××两地设立办事处。", "地名"],
    ["XX、XX等三家企业获评省级示范。", "企业名称"],
    ["支持XX、XX等两所学校建设。", "学校名称"],
    // A count of people: the blanks are their names.
    ["选派XX、XX两名干部到村任职。", "干部姓名"],
    ["表彰XX、XX、XX等三名优秀党员。", "优秀党员姓名"],
    ["XX、XX两位同志作交流发言。", "姓名"],
  ];
  for (const [text, label] of cases) {
    test(text, () => {
      const found = labels(text);
      assert.deepEqual(found, found.map((_, k) => `${label}（第${k + 1}个）`), `every item is a ${label}, numbered`);
      assert.ok(kinds(text).every((k) => k === "name"), `all names: ${kinds(text).join(" ")}`);
    });
  }

  test("blanks already named keep their names and are numbered", () => {
    assert.deepEqual(labels("在第X中学、第X中学两所学校开展试点。"), ["第几中学（第1个）", "第几中学（第2个）"], "ordinals");
    assert.deepEqual(labels("XX县长、XX县长两位"), ["县长姓名（第1个）", "县长姓名（第2个）"], "a title's name");
  });

  test("a count that names nothing renames nothing; the words after the last blank are not its noun", () => {
    assert.deepEqual(labels("XX、XX两家负责。"), ["待填内容", "…两家负责"], "两家负责");
    assert.deepEqual(labels("XX、XX两名负责。"), ["待填内容", "…两名负责"], "两名负责: nobody named");
  });

  test("one blank before 等 and a count: what the count counts", () => {
    assert.deepEqual(labels("XX等三家企业入选。"), ["企业名称"], "等三家企业");
    assert.deepEqual(labels("XX等两名干部受到表彰。"), ["干部姓名"], "等两名干部");
  });

  test("names that start with a numeral are names, not counts", () => {
    assert.deepEqual(labels("XX三元里社区"), ["三元里社区名称"], "三元里");
    assert.deepEqual(labels("XX九龙坡区"), ["九龙坡区名称"], "九龙坡");
    assert.deepEqual(labels("XX三里屯街道"), ["三里屯街道名称"], "三里屯");
  });

  test("countedNounAt: the longest listed noun or name ending after the count, never the verb", () => {
    const at = (text: string) => countedNounAt(text, 0);
    assert.equal(at("两县开展"), "县", "县开");
    assert.equal(at("三处负责"), "处", "a bare 处 is a 处室");
    assert.equal(at("两所"), "所", "a bare 所");
    assert.equal(at("两个园区"), "园区", "两个园");
    assert.equal(at("三个科技园区"), "科技园区", "four characters");
    assert.equal(at("两地"), "地", "两地");
    assert.equal(at("两个地区"), "地区", "地区 after a measure word");
    assert.equal(at("两家负责"), undefined, "家 is not a noun");
    assert.equal(at("两个负责"), undefined, "nothing counted");
    assert.equal(at("三元里社区"), undefined, "no measure word and no listed noun right after");
    assert.equal(at("12所学校"), "学校", "Arabic digits");
    assert.equal(at("县"), undefined, "no count");
    assert.equal(at("等三家企业"), "企业", "等 before the count");
    assert.equal(at("两名干部到村"), "干部", "people, never 干部到村");
    assert.equal(at("三位优秀共产党员"), "优秀共产党员", "six characters");
    assert.equal(at("两名负责"), undefined, "负责 is nobody");
  });
});

describe("a figure with a unit is an amount, never a name", () => {
  test("nothing names it: the sentence's own words, the unit after the blank", () => {
    assert.deepEqual(labels("全年完成XX亿元。"), ["完成…亿元"], "亿元名称");
    assert.deepEqual(labels("全年实现XX万元。"), ["实现…万元"], "万元名称");
    assert.deepEqual(labels("累计完成XX亿元。"), ["完成…亿元"], "累计");
    assert.deepEqual(labels("共完成XX万吨。"), ["完成…万吨"], "万吨名称");
    assert.deepEqual(labels("全年完成XX亿元的目标任务。"), ["完成…亿元的目标任务"], "words after the unit");
  });
  test("a subject still names it, as before", () => {
    assert.deepEqual(labels("主营业务收入完成X亿元。"), ["主营业务收入"], "subject");
    assert.deepEqual(labels("上半年完成投资XX亿元。"), ["完成投资"], "verb and short noun");
    assert.deepEqual(labels("一季度实现XX万元。"), ["一季度"], "a period");
  });
  test("the growth of an unnamed amount says what grew", () => {
    assert.deepEqual(labels("全年完成XX亿元，同比增长X%。"), ["完成…亿元", "完成…亿元 同比增长"], "growth");
  });
  test("names and free text keep their own rules", () => {
    assert.deepEqual(labels("依托XX大讲堂开展学习。"), ["大讲堂名称"], "大讲堂");
    assert.deepEqual(labels("对XX进行表彰。"), ["表彰对象"], "表彰对象");
  });
});
