/**
 * 情况报告 written to a superior body (上行文): 主送 the superior, 基本情况 → 主要做法 → 成效 → 问题 →
 * 下一步 → 建议, closing 特此报告. No request may be mixed into a report (a 请示 is a separate document).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField } from "./fields";

const superiorField = { key: "上级机关", label: { zh: "主送机关", en: "Addressee body" }, example: "江城市人民政府", placeholder: "××人民政府" };
const subjectField = { key: "报告事项", label: { zh: "报告事项", en: "Subject" }, example: "今冬明春安全生产工作", placeholder: "××工作" };
const dateField = { key: "成文日期", label: { zh: "成文日期", en: "Date" }, example: "2026年12月8日", placeholder: "20XX年×月×日" };

export const qingkuangbaogao: Genre = {
  ...summaryOf("qingkuangbaogao"),
  fields: [unitField, superiorField, subjectField, dateField],
  titlePattern: "{单位}关于{报告事项}情况的报告",
  addressee: "{上级机关}：",
  opening:
    "按照{上级机关}有关工作部署，{单位}认真抓好{报告事项}，取得了阶段性成效。现将有关情况报告如下：",
  sections: [
    {
      id: "basics",
      title: "基本情况",
      hint: { zh: "交代背景、范围和总体进展，一段即可。", en: "Background, scope, overall progress, in one paragraph." },
      body: ["截至目前，{报告事项}涉及{{涉及单位数}}个单位，已完成{{已完成事项数}}项任务，完成进度{{完成进度}}%。"],
      subsections: [],
    },
    {
      id: "measures",
      title: "主要做法",
      hint: { zh: "分条写做法，每条有具体措施。", en: "Measures, one per point, concrete." },
      body: [],
      subsections: [
        {
          id: "measures-organisation",
          title: "加强组织领导",
          hint: { zh: "写专班、会议和责任分工。", en: "Task force, meetings, division of duties." },
          body: ["成立由主要负责同志任组长的工作专班，召开专题会议{{专题会议次数}}次，明确责任分工和完成时限。"],
        },
        {
          id: "measures-implementation",
          title: "狠抓推进落实",
          hint: { zh: "写督导检查和问题处置。", en: "Inspections and problems handled." },
          body: ["开展督导检查{{督导检查次数}}次，发现问题{{发现问题数}}个，已处置{{已处置问题数}}个。"],
        },
      ],
    },
    {
      id: "results",
      title: "取得的成效",
      hint: { zh: "用数字写成效，与做法对应。", en: "Results in figures, matching the measures." },
      body: ["通过以上工作，{报告事项}的主要指标明显改善，群众反映的{{解决群众诉求数}}件诉求得到解决。"],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "如实写问题，不回避。", en: "Problems stated plainly." },
      body: ["工作中还存在部分任务进度不均衡、基层力量相对薄弱、长效机制有待健全等问题。"],
      subsections: [],
    },
    {
      id: "next",
      title: "下一步工作打算",
      hint: { zh: "写针对问题的措施和时间安排。", en: "Measures and timetable answering the problems." },
      body: ["{单位}将针对上述问题，细化工作措施，加强调度督导，确保各项任务按期完成，并及时报告进展情况。"],
      subsections: [],
    },
    {
      id: "suggestions",
      title: "工作建议",
      hint: { zh: "需要上级支持的写建议（不写请示事项），没有可不写。", en: "Suggestions to the superior (no requests); omit if none." },
      optional: true,
      body: ["建议上级部门加强对{报告事项}的统筹指导，在政策、资金等方面给予支持。"],
      subsections: [],
    },
  ],
  closing: "特此报告。",
  signature: "{单位}",
  date: "{成文日期}",
};
