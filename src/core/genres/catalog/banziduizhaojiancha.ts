/**
 * 民主生活会领导班子对照检查材料: the leadership team's text (each member speaks from a 发言提纲, the
 * duizhaojiancha genre). Same five areas as the 2025年度 meetings; replace them per the year's notice.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField, yearField } from "./fields";

const teamField = { key: "领导班子", label: { zh: "领导班子名称", en: "Leadership team" }, example: "中共江城市发展和改革委员会党组领导班子", placeholder: "××领导班子" };
const noticeField = { key: "通知机关", label: { zh: "发通知的上级机关", en: "Body that issued the notice" }, example: "市纪委监委、市委组织部", placeholder: "××机关" };

export const banziduizhaojiancha: Genre = {
  ...summaryOf("banziduizhaojiancha"),
  fields: [teamField, unitField, noticeField, yearField],
  titlePattern: "{领导班子}{年度}年度民主生活会对照检查材料",
  opening:
    "根据{通知机关}关于召开{年度}年度民主生活会的通知要求，{单位}领导班子紧扣会议主题，认真开展学习研讨，广泛征求意见，深入谈心谈话，对照检查班子存在的问题。现将有关情况报告如下：",
  sections: [
    {
      id: "preparation",
      title: "会前准备情况",
      hint: { zh: "写学习研讨、征求意见条数、谈心谈话覆盖情况。", en: "Study, opinions collected, talks held." },
      body: [
        "班子集中学习研讨{{集中学习研讨天数}}天，通过座谈、问卷等方式征求意见建议{{征求意见条数}}条，班子成员之间、班子成员与分管部门负责人之间谈心谈话全覆盖。",
      ],
      subsections: [],
    },
    {
      id: "last-corrections",
      title: "上一年度民主生活会整改落实情况",
      hint: { zh: "逐项写上年班子整改措施的落实结果。", en: "Result of each team measure from last year." },
      body: [
        "上一年度民主生活会确定的{{上年度整改事项数}}项整改措施，已完成{{上年度已完成数}}项，其余{{上年度持续推进数}}项已纳入常态化推进。",
      ],
      subsections: [],
    },
    {
      id: "campaign",
      title: "学习教育查摆问题整改整治情况",
      hint: { zh: "写本年度集中学习教育的整改清单和集中整治成效。", en: "The year's campaign: correction list and results." },
      body: [
        {
          byYear: {
            "2025": "深入贯彻中央八项规定精神学习教育中，班子查摆问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个，配合开展违规吃喝等问题集中整治。",
            "2026": "树立和践行正确政绩观学习教育中，班子查摆问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个；对近年决策实施的重点项目开展效益评估{{效益评估项目数}}个，纠正脱离实际的做法。",
          },
          otherwise: "本年度集中学习教育中，班子查摆问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个，其余问题明确了整改时限。",
        },
      ],
      subsections: [],
    },
    {
      id: "issues",
      title: "对照检查的主要问题",
      hint: { zh: "以下五个方面为2025年度民主生活会的主题，请按本年度通知替换；写班子层面的问题。", en: "The 2025 areas: replace per this year's notice; problems of the team as a whole." },
      body: [],
      subsections: [
        {
          id: "issues-loyalty",
          title: "在强化政治忠诚、提高政治能力方面",
          hint: { zh: "写班子学习和落实上级部署的问题。", en: "The team's study and implementation." },
          body: ["班子理论学习的系统性不够，研讨交流有时停留在谈体会，运用党的创新理论研究解决本领域重大问题的成果不多。"],
        },
        {
          id: "issues-party-spirit",
          title: "在固本培元、增强党性方面",
          hint: { zh: "写班子执行民主集中制、开展批评和自我批评的问题。", en: "Democratic centralism, criticism." },
          body: ["执行民主集中制还不够到位，班子会议讨论议题时有的成员对分管以外的工作发表意见不充分。"],
        },
        {
          id: "issues-reverence",
          title: "在敬畏人民、敬畏组织、敬畏法纪方面",
          hint: { zh: "写联系群众、依法决策的问题。", en: "Closeness to the people, lawful decisions." },
          body: ["班子成员深入基层调研的频次和深度不够，对群众反映强烈的××问题推动解决不够有力。"],
        },
        {
          id: "issues-action",
          title: "在干事创业、担当作为方面",
          hint: { zh: "写政绩观和抓落实的问题。", en: "View of performance and follow-through." },
          body: ["谋划工作有时偏重短期见效，对打基础、利长远的工作投入不足，个别项目前期论证不充分。"],
        },
        {
          id: "issues-governance",
          title: "在坚决扛起管党治党责任方面",
          hint: { zh: "写主体责任传导和监督的问题。", en: "Passing on duty and oversight." },
          body: ["主体责任传导存在层层递减，对下属单位“一把手”的监督还不够有力。"],
        },
      ],
    },
    {
      id: "causes",
      title: "问题产生的原因",
      hint: { zh: "从班子的思想、党性、作风和制度执行上找原因。", en: "Causes in the team's thinking, Party spirit, style and rules." },
      body: [
        "深入剖析，问题的根源在于班子理论武装抓得还不够紧，党性锤炼有所放松，树立和践行正确政绩观还不够自觉，制度执行还有宽松软的现象。",
      ],
      subsections: [],
    },
    {
      id: "measures",
      title: "整改措施",
      hint: { zh: "写班子整改清单的主要措施，明确责任人和时限。", en: "Main measures with owners and dates." },
      body: [],
      pointsLead: "班子将制定整改清单，重点抓好以下措施：",
      points: [
        "完善中心组学习制度，每季度围绕一个重大问题开展专题研讨并形成调研成果",
        "严格执行民主集中制，“三重一大”事项会前充分酝酿、会上逐一发表意见",
        "建立重点项目决策后评估制度，对效益不佳的项目限期整改",
      ],
      subsections: [],
    },
  ],
  closing: "以上对照检查，请同志们批评指正。",
  signature: "{领导班子}",
  // The meeting on a 年度 is held early in the following year.
  date: "{下一年度}年××月",
};
