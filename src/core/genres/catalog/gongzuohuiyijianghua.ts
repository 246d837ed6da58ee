/**
 * 年度工作会议讲话: the head's speech at a unit's annual work meeting early in the year planned
 * (年度 is that year; the year reviewed is 上一年度). Spoken: 同志们 and 讲几点意见, no 落款.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

const meetingDateField = { key: "会议日期", label: { zh: "会议日期", en: "Date of the meeting" }, example: "2月10日", placeholder: "×月××日" };

export const gongzuohuiyijianghua: Genre = {
  ...summaryOf("gongzuohuiyijianghua"),
  fields: [unitField, { ...yearField, label: { zh: "会议年度（部署的年度）", en: "Year planned" }, example: "2027" }, postField, nameField, meetingDateField],
  titlePattern: "在{单位}{年度}年工作会议上的讲话",
  reportTime: "yearStart",
  subtitle: ["{职务}　{姓名}", "（{年度}年{会议日期}）"],
  addressee: "同志们：",
  opening:
    "这次会议的主要任务是，总结{上一年度}年工作，分析当前形势，部署{年度}年重点任务，动员全体干部职工进一步统一思想、鼓足干劲。刚才，有关同志作了发言，讲得很好，请大家认真抓好落实。下面，我讲几点意见：",
  sections: [
    {
      id: "results",
      title: "充分肯定{上一年度}年工作取得的成绩",
      hint: { zh: "用几组数字概括上年成效，点到亮点，不展开罗列；成绩归功于上级领导和全体同志。", en: "Last year's results in a few figures and highlights; credit the leadership and staff." },
      body: [
        "过去一年，面对复杂多变的形势和繁重艰巨的任务，全体干部职工迎难而上、苦干实干，较好完成了全年目标任务：{{主要指标名称}}达到{{主要指标数值}}，同比增长{{主要指标增速}}%；{{重点任务数}}项重点任务全部完成，{{争先进位事项数}}项工作在上级考核中争先进位。",
        "这些成绩的取得，是上级坚强领导的结果，也是全体同志团结奋斗的结果。在此，我代表{单位}领导班子，向大家表示衷心的感谢！",
      ],
      subsections: [],
    },
    {
      id: "situation",
      title: "准确把握当前面临的形势和任务",
      hint: { zh: "讲机遇和挑战，点明今年在规划期中的位置；年度决定这一段怎么写。", en: "Opportunities and challenges; where this year stands in the plan period (follows the year)." },
      body: [
        {
          byYear: {
            "2026": "2026年是“十五五”开局之年，做好今年工作意义重大。我们既要看到政策机遇叠加、发展动能增强的有利条件，也要清醒认识到{{短板领域数}}个领域短板仍然突出，必须增强忧患意识、保持战略定力。",
            "2027": "2027年是“十五五”规划实施的第二年，也是党的二十一大召开之年，做好今年工作意义重大。我们既要看到2026年打下的良好基础，也要清醒认识到{{短板领域数}}个领域短板仍然突出，必须增强忧患意识、保持战略定力。",
          },
          otherwise: "做好今年工作意义重大。我们既要看到政策机遇叠加、发展动能增强的有利条件，也要清醒认识到{{短板领域数}}个领域短板仍然突出，必须增强忧患意识、保持战略定力。",
        },
      ],
      subsections: [],
    },
    {
      id: "tasks",
      title: "突出抓好{年度}年重点工作",
      hint: { zh: "按三到五个方面部署，每方面写目标、抓手和牵头责任。", en: "Three to five areas, each with target, levers and who leads." },
      body: [],
      subsections: [
        {
          id: "tasks-core",
          title: "聚焦主责主业，推动中心工作提质增效",
          hint: { zh: "写全年主要目标和抓手。", en: "Main targets of the year and levers." },
          body: ["全年力争{{年度主要目标名称}}达到{{年度主要目标值}}，围绕这一目标，细化分解为{{分解任务数}}项具体任务，每项任务明确牵头领导和完成时限。"],
        },
        {
          id: "tasks-reform",
          title: "深化改革创新，增强发展动力活力",
          hint: { zh: "写今年要推进的改革事项。", en: "Reforms to push this year." },
          body: ["谋划推进{{重点改革事项数}}项重点改革，在破解制约发展的体制机制障碍上取得新突破。"],
        },
        {
          id: "tasks-people",
          title: "坚持人民至上，办好民生实事",
          hint: { zh: "写惠民实事的数量和完成要求。", en: "Number of public-benefit projects and deadlines." },
          body: ["确定{{民生实事数}}件民生实事，实行项目化管理，年底前全部兑现，让群众看到实实在在的变化。"],
        },
        {
          id: "tasks-safety",
          title: "统筹发展和安全，守牢风险底线",
          hint: { zh: "写安全生产、信访稳定等底线任务。", en: "Safety, petitions and stability." },
          body: ["健全风险隐患排查整治机制，压实安全生产、信访稳定等领域责任，坚决防范重大风险和安全事故发生。"],
        },
      ],
    },
    {
      id: "party",
      title: "以高质量党建引领保障高质量发展",
      hint: { zh: "写理论武装、班子队伍、正风肃纪。", en: "Study of theory, teams, discipline." },
      body: [
        {
          byYear: {},
          otherwise: "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，推动党建工作与业务工作深度融合，全年开展中心组学习不少于{{计划学习次数}}次。",
          congressHeld: "把学习宣传贯彻党的二十一大精神作为首要政治任务，推动党建工作与业务工作深度融合，全年开展中心组学习不少于{{计划学习次数}}次。",
        },
      ],
      subsections: [],
    },
    {
      id: "style",
      title: "持之以恒转作风、抓落实",
      hint: { zh: "提出作风要求和督查考核办法，呼应正确政绩观。", en: "Demands on style, checks and appraisal, in the spirit of the right view of performance." },
      body: [
        "树立和践行正确政绩观，坚持为人民出政绩、以实干出政绩，力戒形式主义、官僚主义。建立重点工作月调度、季通报制度，把落实情况纳入年度考核，以考核结果检验干部担当作为。",
      ],
      subsections: [],
    },
    {
      id: "care",
      title: "关心关爱干部职工",
      hint: { zh: "写激励保障和关心关爱措施，一段即可。", en: "Incentives and care for staff, one paragraph." },
      body: ["坚持严管和厚爱结合、激励和约束并重，落实干部职工休假、体检等制度，全年为基层办实事{{关爱实事数}}件，激励大家安心干事、专心干事。"],
      subsections: [],
    },
  ],
  closing: "同志们，新的一年任务艰巨、使命光荣。让我们更加紧密地团结起来，坚定信心、真抓实干，奋力完成全年各项目标任务！",
};
