/**
 * 年度工作要点: a unit's plan for the coming year, issued in December or January. 年度 is the year
 * planned for, so the general requirement follows it (2026: “十五五”开局; 2027: 迎接党的二十一大).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField, yearField } from "./fields";

export const gongzuoyaodian: Genre = {
  ...summaryOf("gongzuoyaodian"),
  fields: [unitField, { ...yearField, label: { zh: "计划年度", en: "Year planned for" }, example: "2027" }],
  // A plan: 年度 is the year planned, spoken from its start.
  reportTime: "yearStart",
  titlePattern: "{单位}{年度}年工作要点",
  opening:
    "{年度}年{单位}工作的总体考虑是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实上级决策部署，聚焦主责主业，狠抓工作落实。现将{年度}年工作要点安排如下：",
  sections: [
    {
      id: "requirements",
      title: "总体要求",
      hint: { zh: "写指导思想和工作基调，一段即可；计划年度决定“开局”或“迎接二十一大”的提法。", en: "Guiding principles in one paragraph; the year decides the framing." },
      body: [
        {
          byYear: {
            "2026": "{年度}年是“十五五”开局之年。做好全年工作，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，锚定“十五五”规划目标任务，确保开好局、起好步。",
            "2027": "{年度}年是“十五五”规划实施的第二年，也是党的二十一大召开之年。做好全年工作，要坚持稳中求进工作总基调，巩固拓展开局成效，以优异成绩迎接党的二十一大胜利召开。",
          },
          otherwise: "做好{年度}年工作，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，锚定“十五五”规划目标任务，推动各项工作取得新成效。",
        },
      ],
      subsections: [],
    },
    {
      id: "targets",
      title: "主要目标",
      hint: { zh: "列出可衡量的目标值，与上级下达任务和本单位规划衔接。", en: "Measurable targets matching higher-level tasks and the unit's plan." },
      body: [
        "全年主要目标是：{{第一项核心指标}}达到{{第一项目标值}}，{{第二项核心指标}}增长{{第二项增长目标}}%左右，重点任务按期完成率100%，不发生重大安全事故和重大负面舆情。",
      ],
      subsections: [],
    },
    {
      id: "tasks",
      title: "重点任务",
      hint: { zh: "每项任务写清做什么、做到什么程度、谁牵头、何时完成。", en: "Each task: what, to what standard, who leads, by when." },
      body: [],
      subsections: [
        {
          id: "tasks-politics",
          title: "坚持政治引领，深化理论武装",
          hint: { zh: "写理论学习、学习教育成果巩固。", en: "Study and consolidating the education campaigns." },
          body: [
            {
              byYear: {
                "2026": "落实“第一议题”制度，全年开展中心组集中学习{{中心组学习次数}}次，扎实开展树立和践行正确政绩观学习教育。牵头单位：办公室；完成时限：全年。",
                "2027": "落实“第一议题”制度，全年开展中心组集中学习{{中心组学习次数}}次，巩固拓展树立和践行正确政绩观学习教育成果。牵头单位：办公室；完成时限：全年。",
              },
              otherwise: "落实“第一议题”制度，全年开展中心组集中学习{{中心组学习次数}}次，推动学习教育常态化长效化。牵头单位：办公室；完成时限：全年。",
            },
          ],
        },
        {
          id: "tasks-core",
          title: "聚焦主责主业，推动重点工作突破",
          hint: { zh: "写本单位最重要的两三项业务任务。", en: "The two or three most important tasks." },
          body: [
            "围绕{{重点业务任务}}，制定专项推进方案，分季度明确节点目标。牵头单位：××；配合单位：××；完成时限：××月底前。",
          ],
        },
        {
          id: "tasks-reform",
          title: "深化改革创新，增强发展动力",
          hint: { zh: "写年度改革事项和创新举措。", en: "Reforms and innovations of the year." },
          body: [
            "推进年度改革任务{{年度改革任务数}}项，每项改革明确责任领导和成果形式。牵头单位：××；完成时限：××月底前。",
          ],
        },
        {
          id: "tasks-security",
          title: "统筹发展和安全，守牢风险底线",
          hint: { zh: "写安全生产、网络数据安全、信访稳定。", en: "Safety, network and data security, stability." },
          body: [
            "落实安全生产和网络数据安全责任，每季度开展一次风险隐患排查，做到隐患动态清零。牵头单位：××；完成时限：每季度末。",
          ],
        },
        {
          id: "tasks-party",
          title: "全面从严治党，建强干部队伍",
          hint: { zh: "写党建、党风廉政和干部队伍建设。", en: "Party building, integrity, staff." },
          body: [
            "落实全面从严治党主体责任清单，深化党支部标准化规范化建设，严肃换届纪律和选人用人纪律。牵头单位：××；完成时限：12月底前。",
          ],
        },
      ],
    },
    {
      id: "schedule",
      title: "进度安排",
      hint: { zh: "按季度或月份写节点，可选；任务多时建议附表。", en: "Quarterly milestones; a table is better when there are many." },
      optional: true,
      body: [
        "第一季度完成方案制定和任务分解；第二季度全面推进，6月底前开展半年评估；第三季度查漏补缺；第四季度对账销号、总结考评。",
      ],
      subsections: [],
    },
    {
      id: "safeguards",
      title: "保障措施",
      hint: { zh: "写组织领导、督查考核、经费人员保障。", en: "Leadership, supervision and assessment, funds and staff." },
      body: [],
      pointsLead: "确保各项任务落到实处：",
      points: [
        "加强组织领导，主要负责同志负总责，分管负责同志各负其责",
        "强化督查考核，实行清单管理、月调度、季通报，结果纳入年度考核",
        "做好要素保障，统筹安排经费和人员，保障重点任务需要",
      ],
      subsections: [],
    },
    {
      id: "style",
      title: "工作作风要求",
      hint: { zh: "写求真务实、为基层减负、防止形式主义。", en: "Practical work style, less burden on the grassroots." },
      body: [
        "坚持实事求是，不层层加码、不搞形式主义，精简会议文件和督查检查，把时间和精力用在抓落实上。",
      ],
      subsections: [],
    },
  ],
  signature: "{单位}",
  date: "{年度}年1月",
};
