/**
 * 经济运行分析 of a region for a period (一季度, 上半年, 前三季度, 1—11月, 全年): the figures, what drives
 * them, the problems, the outlook and the proposals. Growth is 同比 and in %, a change of a rate in 个百分点.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { regionField, yearField } from "./fields";

const periodField = { key: "分析期间", label: { zh: "分析期间", en: "Period" }, example: "前三季度", placeholder: "××月" };
const authorField = { key: "分析单位", label: { zh: "分析单位", en: "Analysing body" }, example: "江城市统计局", placeholder: "××局" };
const dateField = { key: "成文日期", label: { zh: "成文日期", en: "Date" }, example: "2026年10月25日", placeholder: "20XX年×月×日" };

export const jingjiyunxingfenxi: Genre = {
  ...summaryOf("jingjiyunxingfenxi"),
  fields: [regionField, yearField, periodField, authorField, dateField],
  titlePattern: "{地区}{年度}年{分析期间}经济运行情况分析",
  opening:
    "{年度}年{分析期间}，{地区}经济运行总体平稳、稳中有进。现将主要指标运行情况和下阶段走势分析如下：",
  sections: [
    {
      id: "overview",
      title: "经济运行总体情况",
      hint: { zh: "先写地区生产总值及增速，再与上年同期比较；增速放缓时把“加快”改为“回落”。", en: "GDP and growth first, then against last year; write 回落 instead of 加快 when slower." },
      body: ["初步核算，{分析期间}{地区}实现地区生产总值{{地区生产总值}}亿元，同比增长{{地区生产总值增速}}%，增速比上年同期加快{{增速变化百分点}}个百分点。"],
      subsections: [],
    },
    {
      id: "indicators",
      title: "主要指标运行情况",
      hint: { zh: "按工业、投资、消费、财政、外贸分条，每条一个核心数字。", en: "Industry, investment, consumption, finance, trade: one core figure each." },
      body: [],
      subsections: [
        {
          id: "indicators-industry",
          title: "工业生产稳中有升",
          hint: { zh: "写规上工业增加值和重点行业。", en: "Industrial value added and key sectors." },
          body: ["规模以上工业增加值同比增长{{规上工业增加值增速}}%，其中高技术制造业增加值增长{{高技术制造业增速}}%。"],
        },
        {
          id: "indicators-investment",
          title: "固定资产投资结构优化",
          hint: { zh: "写投资增速和重点项目。", en: "Investment growth and key projects." },
          body: ["固定资产投资同比增长{{固定资产投资增速}}%，其中工业投资增长{{工业投资增速}}%，{{在建重点项目数}}个重点项目完成年度投资计划的{{重点项目投资完成率}}%。"],
        },
        {
          id: "indicators-consumption",
          title: "消费市场持续恢复",
          hint: { zh: "写社会消费品零售总额。", en: "Retail sales." },
          body: ["社会消费品零售总额{{社会消费品零售总额}}亿元，同比增长{{社零增速}}%。"],
        },
        {
          id: "indicators-finance",
          title: "财政收入总体平稳",
          hint: { zh: "写一般公共预算收入和税收占比。", en: "Budget revenue and the tax share." },
          body: ["一般公共预算收入{{一般公共预算收入}}亿元，同比增长{{一般公共预算收入增速}}%，税收收入占比{{税收占比}}%。"],
        },
      ],
    },
    {
      id: "positives",
      title: "运行中的积极因素",
      hint: { zh: "写支撑增长的几个因素，有数字佐证。", en: "What supported growth, with figures." },
      body: ["新动能加快成长，新入库规上企业{{新入库规上企业数}}家，数字经济核心产业增加值占地区生产总值比重达到{{数字经济核心产业占比}}%。"],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的困难和问题",
      hint: { zh: "写拖累指标和深层原因，不回避。", en: "What dragged growth and why, plainly." },
      body: ["部分行业需求不足，企业经营压力较大，{{负增长行业数}}个行业增加值同比下降；民间投资意愿偏弱，项目储备接续不足。"],
      subsections: [],
    },
    {
      id: "outlook",
      title: "下阶段走势研判",
      hint: { zh: "结合在建项目、新增产能判断后期走势，说明依据。", en: "Judge the outlook from projects and new capacity, with the grounds." },
      body: ["综合判断，随着{{新投产项目数}}个新投产项目逐步释放产能，后期主要指标有望保持平稳增长，但完成全年目标仍需付出艰苦努力。"],
      subsections: [],
    },
    {
      id: "proposals",
      title: "对策建议",
      hint: { zh: "针对问题提几条可操作的建议。", en: "A few workable proposals answering the problems." },
      body: [],
      pointsLead: "为推动经济持续回升向好，建议：",
      points: [
        "加强重点企业和重点项目运行调度，帮助解决用工、用地、资金等实际困难",
        "加快储备项目前期工作，推动项目早开工、早投产",
        "落实促消费政策，培育消费新场景",
      ],
      subsections: [],
    },
  ],
  signature: "{分析单位}",
  date: "{成文日期}",
};
