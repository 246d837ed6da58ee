/**
 * 党建工作计划 (党建工作要点) of a Party committee or branch for the year planned (年度 is that year):
 * 总体要求 → 政治建设 → 理论武装 → 组织建设 → 党风廉政 → 保障措施.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField, yearField } from "./fields";

export const dangjianjihua: Genre = {
  ...summaryOf("dangjianjihua"),
  fields: [unitField, { ...yearField, label: { zh: "计划年度", en: "Year planned" }, example: "2027" }],
  titlePattern: "{单位}{年度}年党建工作计划",
  reportTime: "yearStart",
  opening:
    "为深入落实新时代党的建设总要求，推动{单位}党建工作高质量发展，结合实际，制定{年度}年党建工作计划如下：",
  sections: [
    {
      id: "requirements",
      title: "总体要求",
      hint: { zh: "写指导思想和全年党建目标，计划年度决定这一段怎么写。", en: "Guiding principles and the year's Party-building goals (follows the year planned)." },
      body: [
        {
          byYear: {
            "2026": "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以党的政治建设为统领，为“十五五”开好局、起好步提供坚强保证。",
            "2027": "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以党的政治建设为统领，以优异成绩迎接党的二十一大胜利召开。",
          },
          otherwise: "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以党的政治建设为统领，推动党建工作与中心工作深度融合。",
        },
      ],
      subsections: [],
    },
    {
      id: "politics",
      title: "加强党的政治建设",
      hint: { zh: "写“第一议题”、请示报告、政治监督。", en: "First-topic study, reporting to superiors, political oversight." },
      body: ["落实“第一议题”制度，严格执行重大事项请示报告制度，全年专题研究党建工作不少于{{计划专题研究次数}}次。"],
      subsections: [],
    },
    {
      id: "study",
      title: "抓好理论武装",
      hint: { zh: "写中心组学习、读书班、党课安排。", en: "Study group, reading classes, Party lectures." },
      body: ["制定中心组年度学习计划，安排集中学习{{计划集中学习次数}}次、专题读书班{{计划读书班期数}}期，班子成员到联系点讲党课各不少于1次。"],
      subsections: [],
    },
    {
      id: "organisation",
      title: "建强基层党组织",
      hint: { zh: "写支部标准化、发展党员、党员教育。", en: "Branch standards, recruitment, member education." },
      body: ["推进党支部标准化规范化建设，计划发展党员{{计划发展党员数}}名，开展党员全员培训，落实“三会一课”、主题党日和民主评议党员制度。"],
      subsections: [],
    },
    {
      id: "integrity",
      title: "深化党风廉政建设",
      hint: { zh: "写八项规定精神、警示教育、廉政风险防控。", en: "Eight-point rules, warning education, integrity risks." },
      body: ["严格落实中央八项规定及其实施细则精神，开展警示教育{{计划警示教育场次}}场次，动态更新廉政风险点并落实防控措施。"],
      subsections: [],
    },
    {
      id: "support",
      title: "保障措施",
      hint: { zh: "写责任分工、考核和经费保障。", en: "Who does what, appraisal, funding." },
      body: [],
      pointsLead: "确保计划落实落地：",
      points: [
        "压实书记抓党建第一责任人职责和班子成员“一岗双责”",
        "把党建工作纳入年度考核，实行季度调度、年终述职",
        "按规定落实党建工作经费和活动场所保障",
      ],
      subsections: [],
    },
  ],
  signature: "{单位}",
  date: "{年度}年1月",
};
