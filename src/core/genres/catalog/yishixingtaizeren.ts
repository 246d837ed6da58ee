/**
 * 意识形态工作责任制落实情况报告: reported to the higher Party committee, usually twice a year
 * (《党委（党组）意识形态工作责任制实施办法》; the exact dates are set by the local 宣传部).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { yearField } from "./fields";

const partyField = { key: "党组织", label: { zh: "党委（党组）全称", en: "Party committee" }, example: "中共江城市教育局党组", placeholder: "××党委（党组）" };
const higherField = { key: "上级党委", label: { zh: "报告对象（上级党委）", en: "Higher Party committee" }, example: "中共江城市委", placeholder: "××党委" };
const periodField = { key: "报告期", label: { zh: "报告期", en: "Period" }, example: "2026年度", placeholder: "20XX年上半年" };

export const yishixingtaizeren: Genre = {
  ...summaryOf("yishixingtaizeren"),
  fields: [partyField, higherField, periodField, yearField],
  titlePattern: "{党组织}关于{报告期}意识形态工作责任制落实情况的报告",
  addressee: "{上级党委}：",
  opening:
    "{报告期}，{党组织}认真贯彻落实意识形态工作责任制，牢牢掌握意识形态工作领导权、管理权、话语权。现将有关情况报告如下：",
  sections: [
    {
      id: "responsibility",
      title: "落实意识形态工作责任制情况",
      hint: { zh: "写专题研究、责任清单、纳入考核的情况。", en: "Meetings, duty list, inclusion in assessments." },
      body: [
        "党委（党组）专题研究意识形态工作{{专题研究次数}}次，制定意识形态工作责任清单，书记履行第一责任人职责，班子成员落实“一岗双责”，意识形态工作纳入班子成员述职和年度考核。",
      ],
      subsections: [],
    },
    {
      id: "theory",
      title: "加强理论武装",
      hint: { zh: "写中心组学习、宣讲、学习教育。", en: "Study group, outreach talks, education campaign." },
      body: [
        "落实理论学习中心组学习制度，开展集中学习{{中心组学习次数}}次，组织宣讲{{宣讲场次}}场，推动党的创新理论进机关、进基层。",
      ],
      subsections: [],
    },
    {
      id: "platforms",
      title: "加强阵地建设和管理",
      hint: { zh: "写讲座论坛报告会审批、出版物、宣传栏和场所管理。", en: "Approval of lectures and forums, publications, notice boards." },
      body: [
        "严格落实讲座、论坛、报告会、研讨会审批备案制度，审批备案{{审批备案活动数}}场次，对宣传栏、电子屏等阵地实行专人管理。",
      ],
      subsections: [],
    },
    {
      id: "online",
      title: "加强网络意识形态工作",
      hint: { zh: "写政务新媒体、工作群组、舆情处置。", en: "Official accounts, work chat groups, handling online opinion." },
      body: [
        "规范政务新媒体{{政务新媒体数}}个，落实“三审三校”，排查清理工作群组，处置网络舆情{{处置舆情数}}起，未发生重大负面舆情。",
      ],
      subsections: [],
    },
    {
      id: "analysis",
      title: "意识形态领域情况分析研判",
      hint: { zh: "写研判会议和主要判断，不写涉密内容。", en: "Review meetings and main judgements; nothing classified." },
      body: [
        "每半年召开意识形态形势分析研判会议，{报告期}本单位意识形态领域总体平稳，需关注的风险点主要在××方面，已落实防范措施。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "写真实问题，避免“总体良好”之类套话。", en: "Real problems, not “generally fine”." },
      body: [
        "一是对意识形态工作的研判停留在会议层面，针对性、前瞻性不够；二是网络阵地管理力量不足，对工作群组的日常管理不够细；三是部分党员干部开展网上斗争的能力不强。",
      ],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步工作打算",
      hint: { zh: "针对问题写措施。", en: "Measures answering the problems." },
      body: [
        "{党组织}将进一步压实意识形态工作责任，健全风险研判和应急处置机制，加强网络阵地建设和管理，提升党员干部的网络素养。",
      ],
      subsections: [],
    },
  ],
  closing: "特此报告。",
  signature: "{党组织}",
  date: "{年度}年××月",
};
