/**
 * Units that may follow a figure in a report, and how many decimals each takes.
 * Shared by the scanner (classification) and metrics (validation, formatting).
 */

/** Units written after a number; matched longest first. 年/月/日 are handled separately. */
const NUMBER_UNIT_LIST = [
  "个百分点", "百分点",
  "万人次", "人次", "万人", "人",
  "亿美元", "万美元", "美元", "亿元", "万元", "千元", "元", "亿", "万",
  "微克/立方米", "毫克/立方米", "微克每立方米", "万亩", "亩", "公顷", "万平方米", "平方米", "平方公里", "公里", "千米", "立方米", "米",
  "万吨", "吨", "千克", "公斤", "千瓦时", "万千瓦", "千瓦",
  "万字", "字", "万册", "册", "万户", "户",
  "个月", "个", "家", "名", "次", "项", "所", "栋", "幢", "间", "分钟", "分", "件", "场", "期",
  "篇", "天", "份", "批", "条", "处", "座", "台", "辆", "套", "本", "门", "节", "课时", "学时",
  "小时", "岁", "倍", "届", "轮", "起", "宗", "例", "张", "支", "位", "种", "类", "周", "号",
];

/** Longest first, so 万元 wins over 万 and 个百分点 over 个. */
export const NUMBER_UNITS: readonly string[] = [...NUMBER_UNIT_LIST].sort((a, b) => b.length - a.length);

/** Units of things counted one by one: integers only. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  "人次", "人", "个", "家", "名", "次", "项", "所", "栋", "幢", "间", "件", "场", "期", "篇", "天",
  "份", "批", "条", "处", "座", "台", "辆", "套", "本", "册", "门", "节", "届", "轮", "起", "宗",
  "例", "张", "支", "位", "种", "类", "户", "字", "个月", "周", "岁", "号", "课时", "学时",
]);

/** Money and rates: a decline is a figure in its own right. */
const SIGNED_UNITS: ReadonlySet<string> = new Set([
  "%", "个百分点", "百分点", "亿元", "万元", "千元", "元", "亿美元", "万美元", "美元", "亿", "万",
]);

const DECIMALS_BY_UNIT: Readonly<Record<string, number>> = {
  "%": 1,
  个百分点: 1,
  百分点: 1,
  分: 1,
};

/** Default number of decimals for a unit: rates 1, counts 0, amounts 2. */
export function defaultDecimals(unit: string | undefined): number {
  if (unit === undefined) return 2;
  const fixed = DECIMALS_BY_UNIT[unit];
  if (fixed !== undefined) return fixed;
  return COUNT_UNITS.has(unit) ? 0 : 2;
}

/** Whether a negative figure makes sense with this unit (profit, growth) or not (head counts). */
export function allowsNegative(unit: string | undefined): boolean {
  return unit === undefined || SIGNED_UNITS.has(unit);
}

/** Rates of change use a verb (增长/下降) rather than a sign. */
export function isRateUnit(unit: string | undefined): boolean {
  return unit === "%" || unit === "个百分点" || unit === "百分点";
}
