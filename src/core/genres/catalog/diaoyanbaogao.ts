/** 调研报告: background and method, findings, practices, problems and causes, recommendations. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { regionField, unitField, yearField } from "./fields";

const topicField = { key: "调研主题", label: { zh: "调研主题", en: "Topic" }, example: "县域特色产业发展", placeholder: "××问题" };

export const diaoyanbaogao: Genre = {
  ...summaryOf("diaoyanbaogao"),
  fields: [unitField, regionField, yearField, topicField],
  titlePattern: "关于{地区}{调研主题}情况的调研报告",
  opening:
    "为深入了解{地区}{调研主题}情况，{年度}年，{单位}组成调研组，采取实地走访、座谈交流、问卷调查和数据分析相结合的方式开展专题调研。现将调研情况报告如下：",
  sections: [
    {
      id: "method",
      title: "调研的基本情况",
      hint: { zh: "写调研范围、方式和样本量，让人相信结论有依据。", en: "Scope, methods and sample size, so the findings can be trusted." },
      body: [
        "调研组走访{{走访单位数}}个单位和{{走访村镇数}}个村镇，召开座谈会{{座谈会场次}}场，个别访谈{{访谈人数}}人，发放问卷{{发放问卷份数}}份、收回有效问卷{{有效问卷份数}}份。",
      ],
      subsections: [],
    },
    {
      id: "situation",
      title: "{调研主题}的现状",
      hint: { zh: "用数据写规模、结构和变化趋势，说明数据来源。", en: "Scale, structure and trend in figures, with sources." },
      body: [
        "截至{{数据截止月份}}月，{地区}共有相关经营主体{{经营主体数}}家，年产值{{年产值}}亿元，比三年前增长{{三年增长率}}%；从业人员{{从业人员数}}人，其中本地劳动力占{{本地劳动力占比}}%。",
      ],
      subsections: [],
    },
    {
      id: "practices",
      title: "主要做法和成效",
      hint: { zh: "写两三条有代表性的做法，每条配一个实例。", en: "Two or three typical practices, each with a case." },
      body: [],
      subsections: [
        {
          id: "practices-policy",
          title: "政策引导持续加力",
          hint: { zh: "写出台的政策和兑现情况。", en: "Policies issued and delivered." },
          body: [
            "先后出台扶持政策{{扶持政策数}}项，兑现奖补资金{{奖补资金}}万元，带动社会投资{{带动社会投资}}亿元。",
          ],
        },
        {
          id: "practices-cases",
          title: "典型经验初步形成",
          hint: { zh: "写一个调研中看到的典型案例。", en: "One typical case seen on the survey." },
          body: [
            "调研中看到，××村依托××，探索形成“××”模式，带动农户{{带动农户数}}户，户均增收{{户均增收}}元。",
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的主要问题",
      hint: { zh: "问题要有数据或事例支撑，避免泛泛而谈。", en: "Problems backed by figures or cases, not generalities." },
      body: [],
      pointsLead: "调研发现，当前还存在以下问题：",
      points: [
        "产业链条短，初级产品占比{{初级产品占比}}%，精深加工不足",
        "要素保障不够，{{反映融资难企业占比}}%的受访企业反映融资难、用地难",
        "人才支撑薄弱，专业技术人员占从业人员比重仅为{{专业技术人员占比}}%",
      ],
      subsections: [],
    },
    {
      id: "causes",
      title: "问题产生的原因",
      hint: { zh: "区分客观原因和体制机制、工作层面的原因。", en: "Separate objective causes from institutional and working causes." },
      body: [
        "既有区位条件和产业基础等客观因素的制约，也有规划统筹不够、政策碎片化、部门协同不紧等体制机制方面的原因。",
      ],
      subsections: [],
    },
    {
      id: "suggestions",
      title: "对策建议",
      hint: { zh: "建议要对应问题、可操作，写清由谁做、怎么做。", en: "Recommendations answering the problems, practical, with who and how." },
      body: [],
      subsections: [
        {
          id: "suggestions-chain",
          title: "延链补链，提升产业附加值",
          hint: { zh: "对应产业链问题。", en: "Answers the value-chain problem." },
          body: [
            "建议由产业主管部门牵头，编制产业链图谱，引进精深加工项目{{拟引进加工项目数}}个，力争三年内精深加工占比提高{{加工占比提高目标}}个百分点。",
          ],
        },
        {
          id: "suggestions-factors",
          title: "强化要素保障，破解发展瓶颈",
          hint: { zh: "对应融资、用地问题。", en: "Answers the finance and land problems." },
          body: [
            "建议设立产业发展专项贷款风险补偿资金，优先保障重点项目用地，推行标准厂房“拎包入驻”。",
          ],
        },
        {
          id: "suggestions-talent",
          title: "引育并举，夯实人才支撑",
          hint: { zh: "对应人才问题。", en: "Answers the talent problem." },
          body: [
            "建议与职业院校共建实训基地，实施本土人才培育计划，每年培训专业技术人员{{年培训人数}}人次。",
          ],
        },
      ],
    },
  ],
  signature: "{单位}调研组",
  date: "{年度}年××月",
};
