/**
 * Units a figure may be written in, by dimension: two figures can only be compared in the same
 * dimension, after scaling to its base unit (98.7亿元 = 987000万元).
 */

export type Dimension =
  | "money" | "usd" | "people" | "personTimes" | "percent" | "points" | "mass" | "area" | "floorArea"
  | "length" | "energy" | "power" | "volume" | "households" | "concentration" | `count:${string}`;

export interface UnitInfo {
  dimension: Dimension;
  /** Base units in one of this unit. */
  factor: number;
}

const TABLE: Record<string, UnitInfo> = {
  元: { dimension: "money", factor: 1 },
  千元: { dimension: "money", factor: 1e3 },
  万元: { dimension: "money", factor: 1e4 },
  百万元: { dimension: "money", factor: 1e6 },
  亿元: { dimension: "money", factor: 1e8 },
  万亿元: { dimension: "money", factor: 1e12 },
  美元: { dimension: "usd", factor: 1 },
  万美元: { dimension: "usd", factor: 1e4 },
  亿美元: { dimension: "usd", factor: 1e8 },
  人: { dimension: "people", factor: 1 },
  名: { dimension: "people", factor: 1 },
  万人: { dimension: "people", factor: 1e4 },
  万名: { dimension: "people", factor: 1e4 },
  人次: { dimension: "personTimes", factor: 1 },
  万人次: { dimension: "personTimes", factor: 1e4 },
  亿人次: { dimension: "personTimes", factor: 1e8 },
  "%": { dimension: "percent", factor: 1 },
  个百分点: { dimension: "points", factor: 1 },
  百分点: { dimension: "points", factor: 1 },
  吨: { dimension: "mass", factor: 1 },
  万吨: { dimension: "mass", factor: 1e4 },
  亿吨: { dimension: "mass", factor: 1e8 },
  公斤: { dimension: "mass", factor: 1e-3 },
  千克: { dimension: "mass", factor: 1e-3 },
  亩: { dimension: "area", factor: 1 },
  万亩: { dimension: "area", factor: 1e4 },
  公顷: { dimension: "area", factor: 15 },
  万公顷: { dimension: "area", factor: 15e4 },
  平方米: { dimension: "floorArea", factor: 1 },
  万平方米: { dimension: "floorArea", factor: 1e4 },
  平方公里: { dimension: "floorArea", factor: 1e6 },
  公里: { dimension: "length", factor: 1e3 },
  千米: { dimension: "length", factor: 1e3 },
  米: { dimension: "length", factor: 1 },
  千瓦时: { dimension: "energy", factor: 1 },
  万千瓦时: { dimension: "energy", factor: 1e4 },
  亿千瓦时: { dimension: "energy", factor: 1e8 },
  千瓦: { dimension: "power", factor: 1 },
  万千瓦: { dimension: "power", factor: 1e4 },
  立方米: { dimension: "volume", factor: 1 },
  万立方米: { dimension: "volume", factor: 1e4 },
  亿立方米: { dimension: "volume", factor: 1e8 },
  户: { dimension: "households", factor: 1 },
  万户: { dimension: "households", factor: 1e4 },
  "微克/立方米": { dimension: "concentration", factor: 1 },
};

/** Things counted one by one: each its own dimension (3家 and 3个 are not comparable). */
const COUNTED = ["个", "家", "项", "所", "座", "处", "辆", "套", "件", "次", "场", "起", "宗", "条", "台", "张", "册", "篇", "例", "批", "支", "间", "栋", "部", "门", "种", "类", "天", "岁"];
for (const unit of COUNTED) {
  TABLE[unit] = { dimension: `count:${unit}`, factor: 1 };
  TABLE[`万${unit}`] = { dimension: `count:${unit}`, factor: 1e4 };
}

/** Every unit, longest first (万千瓦时 before 万千瓦, 个百分点 before 个). */
export const FIGURE_UNITS: readonly string[] = Object.keys(TABLE).sort((a, b) => b.length - a.length);

export function unitInfo(unit: string): UnitInfo | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE, unit) ? TABLE[unit] : undefined;
}

/** The unit written at `at`, longest first; undefined when none. */
export function unitAt(text: string, at: number): string | undefined {
  const candidates = BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return undefined;
  for (const unit of candidates) if (text.startsWith(unit, at)) return unit;
  return undefined;
}

/** Units by their first character, longest first. */
const BY_FIRST = new Map<number, string[]>();
for (const unit of FIGURE_UNITS) {
  const code = unit.charCodeAt(0);
  const list = BY_FIRST.get(code);
  if (list) list.push(unit);
  else BY_FIRST.set(code, [unit]);
}

/** Whether a unit can start at `at` (one map lookup: most numbers in running text have none). */
export function mayStartUnit(text: string, at: number): boolean {
  return BY_FIRST.has(text.charCodeAt(at));
}

/** Words that start with a unit's character but are not a unit (分公司, 项目, 人民, 元旦). */
const NOT_UNITS = ["项目", "人民", "人员", "人才", "元旦", "名称", "名单", "家庭", "个人", "条件", "条例", "次年", "场所", "台账", "间隔", "米袋", "类型", "种植", "支部", "支持", "部门", "批次", "件事", "门类"];

export function isNotUnitWord(text: string, at: number): boolean {
  for (const word of NOT_UNITS) if (text.startsWith(word, at)) return true;
  return false;
}
