/**
 * 党支部年度工作总结: a branch's year — 基本情况, 政治建设和理论学习, 组织生活, 党员队伍, 党建与业务融合,
 * 问题, 下一年打算. Written by the branch secretary for ordinary members and the higher committee.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { yearField } from "./fields";
import { eightRulesUnit } from "./lines";

const branchField = { key: "党支部", label: { zh: "党支部全称", en: "Party branch" }, example: "中共江城市发展和改革委员会机关第一党支部", placeholder: "××党支部" };

export const dangzhibuzongjie: Genre = {
  ...summaryOf("dangzhibuzongjie"),
  fields: [branchField, yearField],
  titlePattern: "{党支部}{年度}年度工作总结",
  opening:
    "{年度}年，{党支部}在上级党组织的领导下，坚持以习近平新时代中国特色社会主义思想为指导，认真落实党支部工作条例，推进支部标准化规范化建设，较好完成了全年党建工作任务。现将全年工作总结如下：",
  sections: [
    {
      id: "basics",
      title: "基本情况",
      hint: { zh: "写党员人数、支委会构成和全年主要党建指标。", en: "Members, branch committee, the year's main figures." },
      body: ["支部现有党员{{党员人数}}名，其中正式党员{{正式党员人数}}名、预备党员{{预备党员人数}}名，支部委员会由{{支委人数}}名委员组成。"],
      subsections: [],
    },
    {
      id: "study",
      title: "加强政治建设和理论学习",
      hint: { zh: "写“第一议题”、集中学习和专题党课，所学内容随年度。", en: "First-topic study, sessions, Party lectures; what was studied follows the year." },
      body: [
        {
          byYear: {
            "2025": "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，组织集中学习{{集中学习次数}}次，深入学习党的二十届四中全会精神，支部书记讲党课{{支部书记讲党课次数}}次。",
            "2026": "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，组织集中学习{{集中学习次数}}次，深入学习党的二十届四中全会精神和“十五五”规划纲要，支部书记讲党课{{支部书记讲党课次数}}次。",
          },
          otherwise: "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，组织集中学习{{集中学习次数}}次，深入学习党的二十大和二十届历次全会精神，支部书记讲党课{{支部书记讲党课次数}}次。",
          congressHeld: "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，组织集中学习{{集中学习次数}}次，认真学习宣传贯彻党的二十一大精神，支部书记讲党课{{支部书记讲党课次数}}次。",
        },
      ],
      subsections: [],
    },
    {
      id: "life",
      title: "严格落实组织生活制度",
      hint: { zh: "写“三会一课”、主题党日、组织生活会和民主评议党员。", en: "Three meetings and a lecture, Party days, branch life meeting, member appraisal." },
      body: ["严格落实“三会一课”制度，召开支部党员大会{{党员大会次数}}次、支委会{{支委会次数}}次、党小组会{{党小组会次数}}次，开展主题党日活动{{主题党日次数}}次，按时召开组织生活会并开展民主评议党员。"],
      subsections: [],
    },
    {
      id: "members",
      title: "加强党员教育管理",
      hint: { zh: "写发展党员、党员积分或承诺践诺、党费收缴。", en: "Recruitment, member points or pledges, dues." },
      body: [
        "坚持把政治标准放在首位，按程序发展党员{{发展党员人数}}名、确定入党积极分子{{入党积极分子人数}}名，按时足额收缴党费，组织党员到社区报到服务{{社区报到服务人次}}人次。",
        eightRulesUnit,
      ],
      subsections: [],
    },
    {
      id: "integration",
      title: "推动党建与业务深度融合",
      hint: { zh: "写党员先锋岗、攻坚任务和服务群众的实例。", en: "Pioneer posts, hard tasks, service to the public, with cases." },
      body: ["设立党员先锋岗{{党员先锋岗数}}个，组建党员攻坚小组{{党员攻坚小组数}}个，围绕中心工作开展攻坚，推动党建工作与业务工作同谋划、同落实。"],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题和不足",
      hint: { zh: "写支部自身的问题，不写上级和客观原因。", en: "The branch's own shortcomings, not outside causes." },
      body: ["对照支部标准化规范化要求，还存在组织生活形式不够丰富、党员教育针对性不强、党建与业务融合载体不多等问题，需要在下一年度着力解决。"],
      subsections: [],
    },
    {
      id: "next",
      title: "{下一年度}年工作打算",
      hint: { zh: "针对问题写下一年的几项措施。", en: "Next year's measures answering the problems." },
      body: [],
      pointsLead: "{下一年度}年，支部将重点抓好以下工作：",
      points: [
        "完善学习制度，提高集中学习的针对性和实效性",
        "丰富组织生活形式，增强主题党日的吸引力",
        "创建党建业务融合品牌，推动支部工作争先进位",
      ],
      subsections: [],
    },
  ],
  signature: "{党支部}",
  date: "{年度}年12月",
};
