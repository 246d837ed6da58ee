/**
 * Every built-in genre's id, name and description, in the task pane's order. The 骨架 list needs
 * only these at first paint; a genre's sections (its own file here) are loaded when it is chosen.
 * Each genre file takes its own from here, so a name is written once.
 */
import type { Bilingual } from "../../text/bilingual";

export interface GenreSummary {
  readonly id: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
}

export const GENRE_SUMMARIES: readonly GenreSummary[] = Object.freeze([
  {
    id: "shuzhishulian",
    name: { zh: "述职述廉报告", en: "Report on duties and integrity" },
    description: {
      zh: "领导干部年终述职述廉用，按德、能、勤、绩、廉五个方面展开，附问题不足和下一步打算。",
      en: "Year-end report of a cadre, by the five appraisal dimensions (integrity, ability, diligence, results, probity), then shortcomings and plans.",
    },
  },
  {
    id: "shuzhi",
    name: { zh: "述职报告", en: "Report on duties" },
    description: {
      zh: "领导干部或岗位负责人年度述职用，按履职的几条主线展开，附问题不足和下一步打算。",
      en: "Annual report of a cadre or post holder on their duties, by main lines of work, then shortcomings and plans.",
    },
  },
  {
    id: "shuzeshulian",
    name: { zh: "述责述廉报告", en: "Report on Party-governance duty and integrity" },
    description: {
      zh: "按党内监督要求向上级纪委监委和党委述责述廉用，重点讲管党治党责任落实和个人廉洁自律。",
      en: "Report to the discipline commission on carrying out the duty of strict Party governance and on personal integrity.",
    },
  },
  {
    id: "nianduzongjie",
    name: { zh: "年度工作总结（单位）", en: "Annual work summary (organisation)" },
    description: {
      zh: "机关、企事业单位年度工作总结，讲清全年主要工作、成效、经验、问题和下一年度打算。",
      en: "An organisation's annual summary: main work, results, lessons, problems and next year's plan.",
    },
  },
  {
    id: "gerennianduzongjie",
    name: { zh: "个人年度工作总结", en: "Personal annual work summary" },
    description: {
      zh: "干部职工个人年度总结，写思想、业务、学习、作风四个方面，附不足和努力方向。",
      en: "An employee's annual summary: political conduct, work, learning, work style, then shortcomings and goals.",
    },
  },
  {
    id: "bannianzongjie",
    name: { zh: "半年工作总结", en: "Half-year work summary" },
    description: {
      zh: "单位上半年工作总结，对照年度目标讲进度、讲问题，部署下半年工作。",
      en: "An organisation's first-half summary: progress against annual targets, problems, second-half plan.",
    },
  },
  {
    id: "zhengfugongzuobaogao",
    name: { zh: "政府工作报告", en: "Government work report" },
    description: {
      zh: "地方人民政府向人民代表大会作的年度工作报告：回顾上年工作，提出今年总体要求、预期目标和重点工作。",
      en: "A local government's annual report to the people's congress: last year's review, this year's targets and key tasks.",
    },
  },
  {
    id: "duizhaojiancha",
    name: { zh: "民主生活会个人发言提纲", en: "Speaking notes for a Party life meeting" },
    description: {
      zh: "领导班子成员在年度民主生活会上的个人发言提纲：上年整改、学习教育整改整治、对照检查、案例剖析、原因和整改措施。",
      en: "A leadership-team member's notes for the annual Party life meeting: last year's corrections, the education campaign, self-examination, cases, causes and measures.",
    },
  },
  {
    id: "banziduizhaojiancha",
    name: { zh: "民主生活会领导班子对照检查材料", en: "Leadership team's self-examination" },
    description: {
      zh: "领导班子在年度民主生活会上的对照检查材料：会前准备、上年整改、学习教育整改整治、对照检查、原因剖析、整改措施。",
      en: "The leadership team's self-examination for the annual Party life meeting: preparation, last year's corrections, campaign, problems, causes, measures.",
    },
  },
  {
    id: "zhuanxianghuibao",
    name: { zh: "专项工作汇报", en: "Report on a specific task" },
    description: {
      zh: "向上级或督导检查组汇报某项专门工作：基本情况、做法成效、特色亮点、困难问题、下一步打算和建议。",
      en: "Report on one specific task to a superior or inspection team: background, measures and results, highlights, problems, plans, requests.",
    },
  },
  {
    id: "gongzuoyaodian",
    name: { zh: "年度工作要点", en: "Annual work plan" },
    description: {
      zh: "单位下一年度工作要点（工作计划）：总体要求、主要目标、重点任务（含牵头单位和时限）、保障措施。",
      en: "A unit's plan for the year: overall requirements, targets, key tasks with lead units and deadlines, safeguards.",
    },
  },
  {
    id: "jicengdangjianshuzhi",
    name: { zh: "党组织书记抓基层党建工作述职报告", en: "Party secretary's report on primary-level Party building" },
    description: {
      zh: "党委（党组、党支部）书记年度抓基层党建工作述职：履行第一责任人职责、上年度评议问题整改、存在问题及原因、下一步思路。",
      en: "A Party secretary's annual report on building primary-level organisations: duties, last year's corrections, problems and causes, plans.",
    },
  },
  {
    id: "zhutizeren",
    name: { zh: "落实全面从严治党主体责任情况报告", en: "Report on Party committee accountability" },
    description: {
      zh: "党委（党组）向上级党委报送的年度落实全面从严治党主体责任情况报告，可同时用于贯彻落实中央八项规定精神情况报告。",
      en: "A Party committee's annual report to its superior on its responsibility for strict Party governance; also fits the eight-point rules report.",
    },
  },
  {
    id: "yishixingtaizeren",
    name: { zh: "意识形态工作责任制落实情况报告", en: "Report on ideological work responsibility" },
    description: {
      zh: "党委（党组）向上级党委报送的意识形态工作责任制落实情况报告（半年、年度）：责任落实、理论武装、阵地管理、网络意识形态、风险研判、问题和打算。",
      en: "A Party committee's half-year or annual report on its ideological-work duties: responsibility, study, platforms, online work, risk review, problems and plans.",
    },
  },
  {
    id: "xunshizhenggai",
    name: { zh: "巡视（巡察）整改进展情况报告", en: "Report on inspection follow-up" },
    description: {
      zh: "党委（党组）向巡视（巡察）机构报送的整改进展情况报告：提高站位压实责任、逐条整改、问题线索处置、长效机制、下一步打算。",
      en: "A Party committee's report to the inspecting body: responsibility, item-by-item corrections, leads handled, lasting mechanisms, next steps.",
    },
  },
  {
    id: "fazhizhengfu",
    name: { zh: "法治政府建设年度报告", en: "Annual report on law-based government" },
    description: {
      zh: "政府或部门上一年度法治政府建设情况报告（第一季度报送并向社会公开）：主要举措和成效、第一责任人职责、问题不足、下一年度安排。",
      en: "A government's or department's report on law-based government for the past year (filed in Q1 and published): measures, the head's duties, problems, next year.",
    },
  },
  {
    id: "diaoyanbaogao",
    name: { zh: "调研报告", en: "Survey report" },
    description: {
      zh: "专题调研报告：调研背景和方法、基本情况、主要做法和成效、存在问题及原因、对策建议。",
      en: "Report of a field survey: background and method, situation, practices, problems and causes, recommendations.",
    },
  },
  {
    id: "yantaofayan",
    name: { zh: "研讨发言（心得体会）", en: "Seminar speech" },
    description: {
      zh: "理论学习中心组或学习教育专题研讨的发言材料，也可用作心得体会：学习认识、联系实际、查找差距、下一步打算。",
      en: "A speech for a study-group or campaign seminar, also usable as a reflection: understanding, practice, gaps, next steps.",
    },
  },
  {
    id: "zuzhishenghuohui",
    name: { zh: "组织生活会个人发言提纲", en: "Branch Party life meeting: member's notes" },
    description: {
      zh: "普通党员在党支部年度组织生活会上的个人发言提纲：上次整改、对照检查、原因剖析、整改措施；检查的方面按支部通知替换。",
      en: "An ordinary member's notes for the branch's annual Party life meeting: last corrections, self-check, causes, measures; areas per the branch notice.",
    },
  },
  {
    id: "gongzuohuiyijianghua",
    name: { zh: "年度工作会议讲话", en: "Speech at the annual work meeting" },
    description: {
      zh: "单位主要负责同志在年度工作会议上的讲话：肯定上年成绩、分析形势、部署今年重点工作、提出作风和落实要求。",
      en: "The head's speech at the annual work meeting: last year's results, the situation, this year's key tasks, demands on style and delivery.",
    },
  },
  {
    id: "congyanzhidangjianghua",
    name: { zh: "全面从严治党工作会议讲话", en: "Speech at the meeting on strict Party governance" },
    description: {
      zh: "党委（党组）书记在全面从严治党（党风廉政建设）工作会议上的讲话：上年成效、形势判断、今年任务、责任落实。",
      en: "The Party secretary's speech on strict Party governance and integrity: last year's results, the situation, this year's tasks, responsibility.",
    },
  },
  {
    id: "huiyizhuchici",
    name: { zh: "会议主持词", en: "Chair's script for a meeting" },
    description: {
      zh: "主持人在工作会议、全面从严治党工作会议上的主持词：开场、逐项议程、会议小结和贯彻要求。",
      en: "The chair's script: opening, each agenda item, summary and what to do after the meeting.",
    },
  },
  {
    id: "dangzhibuzongjie",
    name: { zh: "党支部年度工作总结", en: "Party branch annual summary" },
    description: {
      zh: "党支部向上级党组织报送的年度工作总结：基本情况、理论学习、组织生活、党员队伍、党建与业务融合、问题和下一年打算。",
      en: "A branch's annual summary to the higher Party body: basics, study, branch life, members, Party work and business, problems, next year.",
    },
  },
  {
    id: "dangjianjihua",
    name: { zh: "党建工作计划", en: "Party-building work plan" },
    description: {
      zh: "党委（党组）或党支部的年度党建工作计划（要点）：总体要求、政治建设、理论武装、组织建设、党风廉政建设、保障措施。",
      en: "The year's Party-building plan of a committee or branch: overall requirements, politics, study, organisation, integrity, support.",
    },
  },
  {
    id: "sishubaogao",
    name: { zh: "述学述职述廉述法报告", en: "Report on study, duties, integrity and law" },
    description: {
      zh: "领导干部年度“四述”报告：述学、述职、述廉、述法各成一部分，再写问题和下一步打算。",
      en: "A leader's annual four-part report: study, duties, integrity and the rule of law, then shortcomings and plans.",
    },
  },
  {
    id: "shufabaogao",
    name: { zh: "述法报告", en: "Report on rule-of-law duties" },
    description: {
      zh: "领导干部年度述法报告：学法、依法决策、依法履职、推进法治建设第一责任人职责、问题和打算。",
      en: "A leader's annual report on the rule of law: studying law, lawful decisions and duties, the first-responsible duty, gaps and plans.",
    },
  },
  {
    id: "qingkuangbaogao",
    name: { zh: "情况报告", en: "Report to a superior body" },
    description: {
      zh: "向上级机关报告工作或情况的上行文：主送上级机关，写基本情况、做法成效、问题和下一步，以“特此报告”结束，不夹带请示事项。",
      en: "A report to a superior body: addressed to it, with situation, measures, results, problems and next steps, ending 特此报告; no requests inside.",
    },
  },
  {
    id: "zhenggaifangan",
    name: { zh: "整改方案", en: "Correction plan" },
    description: {
      zh: "针对民主生活会查摆问题、巡视巡察反馈问题或审计发现问题制定的整改工作方案：总体要求、目标、任务、步骤、保障措施。",
      en: "A plan to correct what a Party life meeting, an inspection or an audit found: requirements, goals, tasks, steps, support.",
    },
  },
  {
    id: "zhenggaiqingdan",
    name: { zh: "整改清单", en: "Correction list" },
    description: {
      zh: "整改方案所附的问题清单、任务清单、责任清单，逐项写问题、措施、责任领导、责任部门、时限和状态，可转为表格。",
      en: "The lists behind a correction plan: each item's problem, measures, leader, department, deadline and status; can become a table.",
    },
  },
  {
    id: "jingjiyunxingfenxi",
    name: { zh: "经济运行分析", en: "Analysis of economic performance" },
    description: {
      zh: "地区某一时期经济运行情况分析：总体情况、主要指标、积极因素、困难问题、走势研判和对策建议。",
      en: "A region's economic performance in a period: overview, main indicators, positives, problems, outlook, proposals.",
    },
  },
  {
    id: "huanjiezhengfubaogao",
    name: { zh: "政府工作报告（换届）", en: "Government work report (new term)" },
    description: {
      zh: "新一届人民代表大会第一次会议上的政府工作报告：过去五年工作回顾、今后五年奋斗目标和主要任务、今年工作安排、政府自身建设。",
      en: "The report to the first session of a new people's congress: the past five years, the next five years' goals and tasks, this year, the government itself.",
    },
  },
]);

/** The summary of the built-in genre `id` (a genre file's own: a typo fails at load, in every test). */
export function summaryOf(id: string): GenreSummary {
  const summary = GENRE_SUMMARIES.find((s) => s.id === id);
  if (!summary) throw new Error(`no built-in genre summary for "${id}"`);
  return summary;
}
