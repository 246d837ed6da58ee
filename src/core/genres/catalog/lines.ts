/**
 * Body lines several genres share, each bound to the years it is true for:
 * - the 2026 树立和践行正确政绩观学习教育 (中办通知, 2026: 县处级以上领导班子和领导干部特别是“一把手”
 *   为重点, 春节后至7月底; 总要求“立党为公、为民造福、科学决策、真抓实干”), for the year reviewed 2026;
 * - the 2025 深入贯彻中央八项规定精神学习教育: carried out in 2025, its 成果 consolidated in 2026, and
 *   plain 八项规定 practice from then on;
 * - the theory-study line: 二十届四中全会 (October 2025) in 2025–26 reports, the 二十大 and all its
 *   plenums otherwise, and the 二十一大 once the organisation's date says it has met.
 */
import type { YearLine } from "../schema";

/** 政绩观学习教育 as a leader took part in it (述职, 述职述廉, 述责述廉): only in a 2026 report. */
export const zhengjiguanPersonal: YearLine = {
  byYear: {
    "2026":
      "认真参加树立和践行正确政绩观学习教育，对照“立党为公、为民造福、科学决策、真抓实干”的总要求，围绕政绩为谁而树、树什么样的政绩、靠什么树政绩深入查摆，本人查摆问题{{政绩观查摆问题数}}个、已整改{{政绩观已整改数}}个，坚持为人民出政绩、以实干出政绩。",
  },
};

/** The same as a unit carried it out (年度总结, 抓基层党建述职): only in a 2026 report. */
export const zhengjiguanUnit: YearLine = {
  byYear: {
    "2026":
      "扎实开展树立和践行正确政绩观学习教育，把“立党为公、为民造福、科学决策、真抓实干”的总要求贯穿学查改全过程，领导班子查摆问题{{政绩观查摆问题数}}个、已整改{{政绩观已整改数}}个，对{{评估项目数}}个已建项目开展运行效益评估。",
  },
};

/** 八项规定 in a leader's 廉 section: the campaign in 2025, its 成果 in 2026, plain practice otherwise. */
export const eightRulesPersonal: YearLine = {
  byYear: {
    "2025":
      "认真参加深入贯彻中央八项规定精神学习教育，坚持学查改一体推进，严格执行公务接待、公务用车、办公用房和差旅管理规定，没有违规吃喝、违规收送礼品礼金等问题。",
    "2026":
      "巩固深入贯彻中央八项规定精神学习教育成果，严格执行公务接待、公务用车、办公用房和差旅管理规定，没有违规吃喝、违规收送礼品礼金等问题，带头过紧日子。",
  },
  otherwise:
    "严格执行中央八项规定及其实施细则精神，遵守公务接待、公务用车、办公用房和差旅管理规定，没有违规吃喝、违规收送礼品礼金等问题，带头过紧日子。",
};

/** 八项规定 as a unit's year: the campaign in 2025, its 成果 in 2026, 常态长效 otherwise. */
export const eightRulesUnit: YearLine = {
  byYear: {
    "2025": "扎实开展深入贯彻中央八项规定精神学习教育，坚持学查改一体推进，开展廉政教育{{廉政教育场次}}场次，持续整治形式主义为基层减负，政治生态持续向好。",
    "2026": "巩固深入贯彻中央八项规定精神学习教育成果，开展廉政教育{{廉政教育场次}}场次，持续整治形式主义为基层减负，政治生态持续向好。",
  },
  otherwise: "严格落实中央八项规定及其实施细则精神，推进作风建设常态化长效化，开展廉政教育{{廉政教育场次}}场次，持续整治形式主义为基层减负。",
};

/** What was studied in the year reviewed, said by a leader ("本人") or a team ("班子"). */
export function theoryStudy(lead: string, tail: string): YearLine {
  return {
    byYear: {
      "2025": `${lead}深入学习党的二十届四中全会精神和“十五五”规划建议，${tail}`,
      "2026": `${lead}深入学习党的二十届四中全会精神和“十五五”规划纲要，${tail}`,
    },
    otherwise: `${lead}深入学习党的二十大和二十届历次全会精神，${tail}`,
    congressHeld: `${lead}认真学习宣传贯彻党的二十一大精神，${tail}`,
  };
}

/** What will be studied in the year planned: the 二十一大 once it has met, the 二十大 and its plenums before. */
export function theoryPlan(lead: string, tail: string): YearLine {
  return {
    byYear: {},
    otherwise: `${lead}全面贯彻党的二十大和二十届历次全会精神，${tail}`,
    congressHeld: `${lead}深入学习宣传贯彻党的二十一大精神，${tail}`,
  };
}
