/**
 * 整改方案 for problems found by a 民主生活会, a 巡视 or 巡察, or an 审计: the source is asked (a question
 * with fixed answers) and every line follows it. 总体要求 → 整改目标 → 整改任务 → 步骤 → 保障.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField } from "./fields";

export const sourceField = {
  key: "整改事项",
  label: { zh: "整改的是什么问题", en: "What is being corrected" },
  example: "巡察反馈问题",
  placeholder: "××问题",
  choices: ["民主生活会查摆问题", "巡视反馈问题", "巡察反馈问题", "审计发现问题"],
};
const dateField = { key: "成文日期", label: { zh: "成文日期", en: "Date" }, example: "2026年12月8日", placeholder: "20XX年×月×日" };

export const zhenggaifangan: Genre = {
  ...summaryOf("zhenggaifangan"),
  fields: [unitField, sourceField, dateField],
  titlePattern: "{单位}关于{整改事项}的整改工作方案",
  opening:
    "为切实抓好{整改事项}的整改落实，确保问题真改实改、改彻底，结合{单位}实际，制定本方案如下：",
  sections: [
    {
      id: "requirements",
      title: "总体要求",
      hint: { zh: "写整改的指导思想和原则，一段即可。", en: "Principles of the correction, in one paragraph." },
      body: ["坚持问题导向、目标导向、结果导向，把抓好整改作为重要政治任务，对{整改事项}照单全收、逐条整改，做到问题不查清不放过、整改不到位不放过、长效机制不健全不放过。"],
      subsections: [],
    },
    {
      id: "goals",
      title: "整改目标",
      hint: { zh: "写问题总数、完成时限和长效机制目标。", en: "Number of problems, deadlines, lasting rules." },
      body: ["对梳理出的{{问题总数}}个问题，制定整改措施{{整改措施数}}条，能够立行立改的在{{立行立改期限天数}}天内完成，需要较长时间的明确阶段目标，同步建立健全制度机制。"],
      subsections: [],
    },
    {
      id: "tasks",
      title: "整改任务",
      hint: { zh: "按问题类别分条写：问题—措施—责任领导—责任部门—时限。", en: "By kind of problem: problem, measures, leader, department, deadline." },
      body: [],
      subsections: [
        {
          id: "tasks-politics",
          title: "关于贯彻落实上级决策部署方面的问题",
          hint: { zh: "逐条写问题和对应措施。", en: "Each problem and its measures." },
          body: ["问题一：××××；整改措施：××××；责任领导：×××；责任部门：××；完成时限：20XX年×月。"],
        },
        {
          id: "tasks-duty",
          title: "关于落实管党治党责任方面的问题",
          hint: { zh: "逐条写问题和对应措施。", en: "Each problem and its measures." },
          body: ["问题二：××××；整改措施：××××；责任领导：×××；责任部门：××；完成时限：20XX年×月。"],
        },
        {
          id: "tasks-management",
          title: "关于内部管理和制度执行方面的问题",
          hint: { zh: "审计问题多在此：资金、资产、合同管理。", en: "Audit findings usually here: funds, assets, contracts." },
          body: ["问题三：××××；整改措施：××××；责任领导：×××；责任部门：××；完成时限：20XX年×月。"],
        },
      ],
    },
    {
      id: "steps",
      title: "工作步骤",
      hint: { zh: "写动员部署、集中整改、巩固提升三个阶段的时间。", en: "Three phases with dates: launch, correction, consolidation." },
      body: [],
      pointsLead: "整改工作分三个阶段进行：",
      points: [
        "动员部署阶段，召开专题会议，印发方案，建立问题、任务、责任三个清单",
        "集中整改阶段，逐项落实整改措施，每月调度整改进展",
        "巩固提升阶段，开展整改“回头看”，对完成的问题逐项销号",
      ],
      subsections: [],
    },
    {
      id: "support",
      title: "保障措施",
      hint: { zh: "写领导小组、督办和问责。", en: "Steering group, follow-up, accountability." },
      body: ["成立由主要负责同志任组长的整改工作领导小组，召开领导小组会议不少于{{领导小组会议次数}}次，对整改不力、敷衍整改的严肃追责问责，整改情况按规定报告并在一定范围内公开。"],
      subsections: [],
    },
    {
      id: "oversight",
      title: "监督检查",
      hint: { zh: "写督办、回头看和纳入考核。", en: "Follow-up, re-checks, appraisal." },
      body: ["整改工作领导小组办公室每月调度一次整改进展，组织“回头看”不少于{{回头看次数}}次，整改结果纳入年度考核。"],
      subsections: [],
    },
  ],
  signature: "{单位}",
  date: "{成文日期}",
};
