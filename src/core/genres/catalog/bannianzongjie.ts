/** 半年工作总结: first-half results against the annual plan, problems, second-half arrangements. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField, yearField } from "./fields";

export const bannianzongjie: Genre = {
  ...summaryOf("bannianzongjie"),
  fields: [unitField, yearField],
  titlePattern: "{单位}{年度}年上半年工作总结",
  reportTime: "midYear",
  opening:
    "今年以来，{单位}坚持以习近平新时代中国特色社会主义思想为指导，紧扣年度目标任务，真抓实干、奋力攻坚，上半年各项工作实现“时间过半、任务过半”。现将上半年工作情况和下半年工作安排总结如下：",
  sections: [
    {
      id: "overall",
      title: "上半年工作总体情况",
      hint: { zh: "先给主要指标完成数、同比增幅和占年度目标的比例。", en: "Headline indicators, year-on-year change, share of annual target." },
      body: [],
      subsections: [
        {
          id: "overall-indicators",
          title: "主要指标稳中有进",
          hint: { zh: "写本单位的核心考核指标及完成进度。", en: "The unit's core indicators and progress." },
          body: [
            "上半年，{{核心考核指标数}}项核心考核指标中有{{序时达标指标数}}项达到序时进度，{{主要考核指标}}完成年度目标的{{主要指标完成率}}%。",
          ],
        },
        {
          id: "overall-business",
          title: "经营指标平稳增长",
          hint: { zh: "企业适用（机关不勾选）：写营业收入、利润总额和目标完成率。", en: "Enterprises only: revenue, profit, share of target." },
          optional: true,
          body: [
            "上半年实现营业收入{{营业收入}}亿元，同比增长{{营业收入增速}}%，完成年度目标的{{收入目标完成率}}%；实现利润总额{{利润总额}}亿元，同比增长{{利润总额增速}}%。",
          ],
        },
        {
          id: "overall-progress",
          title: "年度任务有序推进",
          hint: { zh: "写年度重点任务清单的完成进度。", en: "Progress of the annual task list." },
          body: [
            "年初确定的{{年度重点任务数}}项重点任务中，已完成{{已完成任务数}}项，其余均按计划序时推进，没有滞后事项。",
          ],
        },
      ],
    },
    {
      id: "key-work",
      title: "重点工作推进情况",
      hint: { zh: "按板块写做法和阶段性成效。", en: "By line of work: measures and interim results." },
      body: [],
      subsections: [
        {
          id: "key-work-projects",
          title: "重点项目建设提速增效",
          hint: { zh: "写项目开工、投资完成情况。", en: "Projects started, investment made." },
          body: [
            "{{重点项目数}}个重点项目完成投资{{重点项目完成投资}}亿元，完成年度计划的{{重点项目投资完成率}}%，其中新开工项目{{新开工项目数}}个。",
          ],
        },
        {
          id: "key-work-market",
          title: "市场开拓取得新进展",
          hint: { zh: "企业适用：写新签合同、新增客户等。", en: "Enterprises: new contracts and clients." },
          optional: true,
          body: [
            "新签合同额{{新签合同额}}亿元，同比增长{{新签合同额增速}}%，新增重点客户{{新增重点客户数}}家。",
          ],
        },
        {
          id: "key-work-reform",
          title: "改革创新持续深化",
          hint: { zh: "写改革任务和创新成果。", en: "Reform tasks and innovations." },
          body: [],
          pointsLead: "上半年重点推进了三项改革：",
          points: [
            "优化组织架构，压减管理层级",
            "完善绩效考核办法，强化业绩导向",
            "推进业务流程数字化，审批时限平均压缩{{审批时限压缩比例}}%",
          ],
        },
        {
          id: "key-work-safety",
          title: "安全稳定形势平稳",
          hint: { zh: "写安全检查和隐患整改。", en: "Safety checks and hazards fixed." },
          body: [
            "开展安全生产大检查{{安全检查次数}}次，整改隐患{{整改隐患数}}项，上半年未发生安全生产事故。",
          ],
        },
      ],
    },
    {
      id: "party",
      title: "党建和队伍建设情况",
      hint: { zh: "写党建重点工作和队伍建设。", en: "Party building and staff." },
      body: [],
      subsections: [
        {
          id: "party-theory",
          title: "加强理论武装",
          hint: { zh: "写学习贯彻党的创新理论和上级精神。", en: "Study of Party theory and instructions." },
          body: [
            // Mid-year: the Fourth Plenum (October 2025) is studied from 2026 on, and the 二十一大 only once the organisation's date says it met.
            {
              byYear: { "2026": "深入学习贯彻习近平新时代中国特色社会主义思想，组织中心组学习{{中心组学习次数}}次，深入学习党的二十届四中全会精神和“十五五”规划纲要，推动学习成果往深里走、往实里走。" },
              otherwise: "深入学习贯彻习近平新时代中国特色社会主义思想，组织中心组学习{{中心组学习次数}}次，深入学习党的二十大和二十届历次全会精神，推动学习成果往深里走、往实里走。",
              congressHeld: "深入学习贯彻习近平新时代中国特色社会主义思想，组织中心组学习{{中心组学习次数}}次，认真学习宣传贯彻党的二十一大精神，推动学习成果往深里走、往实里走。",
            },
          ],
        },
        {
          id: "party-style",
          title: "持续正风肃纪",
          hint: { zh: "写作风建设和廉政教育。", en: "Work style and integrity education." },
          body: [
            "锲而不舍落实中央八项规定精神，开展警示教育{{警示教育场次}}场次，持续为基层减负，干部队伍精神面貌积极向上。",
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "写影响全年目标的主要问题。", en: "Problems that threaten the annual targets." },
      body: [],
      subsections: [
        {
          id: "problems-growth",
          title: "部分指标进度滞后",
          hint: { zh: "写哪些指标没有过半及原因。", en: "Which indicators lag and why." },
          body: [
            "受项目落地偏慢等因素影响，{{滞后指标数}}项指标进度未达到时序要求，完成全年目标任务压力较大。",
          ],
        },
        {
          id: "problems-momentum",
          title: "发展后劲有待增强",
          hint: { zh: "写项目储备、创新能力方面的不足。", en: "Project pipeline and innovation gaps." },
          body: [
            "储备项目中投资规模大、带动能力强的项目偏少，新的增长点培育还需加力。",
          ],
        },
      ],
    },
    {
      id: "second-half",
      title: "下半年工作安排",
      hint: { zh: "围绕全年目标写下半年重点任务。", en: "Second-half priorities toward the annual targets." },
      body: [],
      subsections: [
        {
          id: "second-half-targets",
          title: "全力冲刺全年目标",
          hint: { zh: "写确保完成全年指标的措施。", en: "Measures to meet the annual targets." },
          body: [
            "对进度滞后的{{滞后指标数}}项指标逐项分析原因、倒排工期，确保全年目标任务全面完成。",
          ],
        },
        {
          id: "second-half-projects",
          title: "加快项目建设",
          hint: { zh: "写项目推进和开工计划。", en: "Project progress and start plan." },
          body: [
            "强化要素保障和协调调度，推动在建项目早竣工、早投产，确保新开工项目年内全部落地。",
          ],
        },
        {
          id: "second-half-risks",
          title: "防范化解风险",
          hint: { zh: "写安全生产和风险防控安排。", en: "Safety and risk prevention." },
          body: [
            "抓好汛期、高温等重点时段安全生产，加强重点领域风险监测预警，守牢安全发展底线。",
          ],
        },
        {
          id: "second-half-planning",
          title: "谋划明年工作",
          hint: { zh: "提前谋划下一年度和“十五五”重点项目。", en: "Prepare next year and 15th Five-Year Plan projects." },
          body: [
            "对照“十五五”规划目标任务，提前谋划明年重点工作和重大项目，做好工作衔接。",
          ],
        },
      ],
    },
    {
      id: "suggestions",
      title: "意见和建议",
      hint: { zh: "需要上级协调支持的事项，没有可不写。", en: "Support needed from above; omit if none." },
      optional: true,
      body: [
        "建议上级部门在项目审批、用地指标和资金安排等方面给予更大支持，帮助协调解决重点项目建设中的要素保障问题。",
      ],
      subsections: [],
    },
  ],
  signature: "{单位}",
  date: "{年度}年7月",
};
