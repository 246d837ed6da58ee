/**
 * 巡视（巡察）整改进展情况报告: a Party committee's report on correcting what an inspection found
 * (《中国共产党巡视工作条例》2024年修订; the deadline is set by the inspecting body's notice).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";

const partyField = { key: "党组织", label: { zh: "党委（党组）全称", en: "Party committee" }, example: "中共江城市发展和改革委员会党组", placeholder: "××党委（党组）" };
const teamField = { key: "巡视组", label: { zh: "巡视（巡察）组", en: "Inspection team" }, example: "省委第三巡视组", placeholder: "××巡视（巡察）组" };
const kindField = { key: "巡视巡察", label: { zh: "巡视还是巡察", en: "Inspection or circuit inspection" }, example: "巡察", placeholder: "巡视（巡察）", choices: ["巡视", "巡察"] };
const superiorField = { key: "上级党委", label: { zh: "派出巡视（巡察）的党委", en: "Committee that sent the team" }, example: "中共江城市委", placeholder: "××党委" };
const feedbackField = { key: "反馈日期", label: { zh: "反馈日期", en: "Feedback date" }, example: "2026年9月10日", placeholder: "20XX年×月××日" };
const reportDateField = { key: "报告日期", label: { zh: "报告日期", en: "Date of the report" }, example: "2026年11月10日", placeholder: "20XX年×月××日" };

export const xunshizhenggai: Genre = {
  // 巡视 (by the central or a provincial committee) or 巡察 (by a city or county committee): asked, never assumed.
  ...summaryOf("xunshizhenggai"),
  fields: [kindField, partyField, teamField, superiorField, feedbackField, reportDateField],
  titlePattern: "{党组织}关于{巡视组}{巡视巡察}反馈意见整改进展情况的报告",
  // The report goes to the committee's 巡视（巡察）工作领导小组 through its office, not to the team that has left.
  addressee: "{上级党委}{巡视巡察}工作领导小组办公室：",
  opening:
    "{反馈日期}，{巡视组}向{党组织}反馈了{巡视巡察}意见。{党组织}坚决扛起整改主体责任，把抓好整改作为重大政治任务，对反馈问题照单全收、逐条整改。现将整改进展情况报告如下：",
  sections: [
    {
      id: "responsibility",
      title: "提高政治站位，压紧压实整改责任",
      hint: { zh: "写领导小组、专题会议、主要负责同志的第一责任人作用。", en: "Steering group, meetings, the head's own role." },
      body: [
        "反馈会后，党委（党组）第一时间召开专题会议研究部署，成立由主要负责同志任组长的整改工作领导小组，召开领导小组会议{{领导小组会议次数}}次，主要负责同志对重点问题亲自研究、亲自督办。",
      ],
      subsections: [],
    },
    {
      id: "plan",
      title: "坚持问题导向，细化整改任务",
      hint: { zh: "写“三个清单”和整改方案，数字要对得上。", en: "The three lists and the plan; the counts must match." },
      body: [
        "对照反馈意见制定整改方案，建立问题清单、任务清单、责任清单，共梳理问题{{梳理问题数}}个，制定整改措施{{整改措施数}}条，逐项明确责任领导、责任部门和完成时限。",
      ],
      subsections: [],
    },
    {
      id: "progress",
      title: "反馈问题整改落实情况",
      hint: { zh: "按反馈意见的顺序逐条写：问题—措施—成效，已完成、推进中分别说明。", en: "In the feedback's order: problem, measures, result; done and ongoing stated." },
      body: [
        "截至目前，反馈的{{反馈问题数}}个问题中，已完成整改{{已完成整改数}}个，基本完成{{基本完成整改数}}个，需长期坚持的{{长期整改数}}个已制定阶段性目标。具体情况如下：",
      ],
      subsections: [
        {
          id: "progress-politics",
          title: "关于贯彻落实党中央决策部署方面的问题",
          hint: { zh: "逐个写问题、整改措施和成效。", en: "Each problem, its measures and effect." },
          body: [
            "关于“××××”的问题。整改措施：制定专项工作方案，××××。整改成效：××××。",
          ],
        },
        {
          id: "progress-governance",
          title: "关于落实全面从严治党责任方面的问题",
          hint: { zh: "写主体责任、监督责任和作风问题的整改。", en: "Corrections on Party discipline and work style." },
          body: [
            "关于“××××”的问题。整改措施：建立责任清单，××××。整改成效：××××。",
          ],
        },
        {
          id: "progress-organisation",
          title: "关于领导班子和干部队伍建设方面的问题",
          hint: { zh: "写选人用人、班子建设和基层党建问题的整改。", en: "Corrections on appointments, team and branches." },
          body: [
            "关于“××××”的问题。整改措施：完善制度机制，××××。整改成效：××××。",
          ],
        },
      ],
    },
    {
      id: "leads",
      title: "问题线索处置情况",
      hint: { zh: "写移交线索、信访件的办理结果和处理人数。", en: "Leads and petitions handed over: outcomes and people dealt with." },
      body: [
        "对{巡视巡察}移交的问题线索{{移交线索件数}}件、信访件{{移交信访件数}}件，已办结{{办结件数}}件，给予党纪政务处分{{处分人数}}人，组织处理{{组织处理人数}}人。",
      ],
      subsections: [],
    },
    {
      id: "mechanism",
      title: "建立健全长效机制",
      hint: { zh: "写建章立制、举一反三和日常监督贯通。", en: "New rules, similar problems fixed elsewhere, oversight." },
      body: [
        "坚持标本兼治，新建和修订制度{{新建修订制度数}}项，对系统内同类问题开展自查自纠，推动{巡视巡察}整改与日常监督、审计监督贯通衔接。",
      ],
      subsections: [],
    },
    {
      id: "shortfalls",
      title: "存在的不足",
      hint: { zh: "写整改中的难点和不足，不能写“无”。", en: "Difficulties and shortfalls; never “none”." },
      body: [
        "整改工作取得了阶段性成效，但也存在一些不足：个别历史遗留问题整改难度大、周期长；有的部门对整改长期性认识不足，长效机制的执行效果还需检验。",
      ],
      subsections: [],
    },
    {
      id: "next",
      title: "下一步工作打算",
      hint: { zh: "写未完成事项的时间表和常态化监督。", en: "Timetable for what is open and ongoing oversight." },
      body: [
        "{党组织}将坚持目标不变、标准不降、力度不减，对未完成的整改事项挂账督办、对账销号，确保按期全部整改到位，并按规定向社会公开整改进展情况。",
      ],
      subsections: [],
    },
  ],
  closing: "特此报告。",
  signature: "{党组织}",
  date: "{报告日期}",
};
