/**
 * 法治政府建设年度报告: a government's (or department's) annual report on law-based government, reported
 * in the first quarter and published (《法治政府建设与责任落实督察工作规定》2019), in the order that rule
 * sets: 举措和成效 → 不足和原因 → 主要负责人履职 → 下一年度安排 → 其他.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { yearField } from "./fields";

const govField = { key: "报告机关", label: { zh: "报告机关", en: "Reporting body" }, example: "江城市人民政府", placeholder: "××人民政府" };

export const fazhizhengfu: Genre = {
  ...summaryOf("fazhizhengfu"),
  fields: [govField, yearField],
  titlePattern: "{报告机关}关于{年度}年度法治政府建设情况的报告",
  opening:
    "{年度}年，{报告机关}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项任务。现将有关情况报告如下：",
  sections: [
    {
      id: "measures",
      title: "推进法治政府建设的主要举措和成效",
      hint: { zh: "按依法履职、决策、执法、化解争议、监督制约分条写，每条配数据。", en: "By duties, decisions, enforcement, disputes and oversight, each with figures." },
      body: [],
      subsections: [
        {
          id: "measures-functions",
          title: "依法全面履行政府职能",
          hint: { zh: "写权责清单、“放管服”和营商环境。", en: "Powers list, streamlining, business environment." },
          body: [
            "动态调整权责清单，取消和调整行政许可事项{{调整许可事项数}}项，推行“高效办成一件事”，政务服务事项网上可办率达到{{网上可办率}}%。",
          ],
        },
        {
          id: "measures-decisions",
          title: "严格规范重大行政决策",
          hint: { zh: "写决策程序和合法性审查。", en: "Decision procedure and legality review." },
          body: [
            "{{重大决策事项数}}项重大行政决策全部履行法定程序，审核行政规范性文件{{审核规范性文件数}}件、重大合同{{审核合同数}}件。",
          ],
        },
        {
          id: "measures-enforcement",
          title: "严格规范公正文明执法",
          hint: { zh: "写执法“三项制度”、涉企执法和案卷评查。", en: "Enforcement rules, business inspections, file reviews." },
          body: [
            "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，评查执法案卷{{评查案卷数}}卷，规范涉企行政检查，推行“综合查一次”。",
          ],
        },
        {
          id: "measures-disputes",
          title: "依法预防化解行政争议",
          hint: { zh: "写行政复议、行政应诉和负责人出庭。", en: "Administrative review, litigation, heads in court." },
          body: [
            "办理行政复议案件{{行政复议案件数}}件，行政机关负责人出庭应诉率{{出庭应诉率}}%，行政诉讼败诉率{{行政诉讼败诉率}}%。",
          ],
        },
        {
          id: "measures-oversight",
          title: "自觉接受监督",
          hint: { zh: "写人大、政协、司法、审计和社会监督，政务公开。", en: "Oversight by congress, CPPCC, courts, audit, the public; openness." },
          body: [
            "办理人大代表建议{{人大建议件数}}件、政协委员提案{{政协提案件数}}件，主动公开政府信息{{主动公开信息条数}}条。",
          ],
        },
        {
          id: "measures-publicity",
          title: "深入开展法治宣传教育",
          hint: { zh: "写普法规划实施和“谁执法谁普法”；2026年度写“九五”普法启动。", en: "Legal awareness: the plan in force and who-enforces-educates; in 2026 the ninth plan's start." },
          body: [
            {
              byYear: {
                "2026": "启动实施“九五”普法规划，落实“谁执法谁普法”普法责任制，开展主题普法活动{{普法活动场次}}场次。",
                "2027": "深入实施“九五”普法规划，落实“谁执法谁普法”普法责任制，开展主题普法活动{{普法活动场次}}场次。",
              },
              otherwise: "落实“谁执法谁普法”普法责任制，开展主题普法活动{{普法活动场次}}场次，推动全民普法走深走实。",
            },
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的不足和原因",
      hint: { zh: "写真实不足，与督察、评查发现的问题对应。", en: "Real shortfalls, matching findings of inspections and reviews." },
      body: [
        "一是基层执法力量和执法能力与任务不相适应；二是部分行政规范性文件起草质量不高，公众参与不够充分；三是行政争议实质性化解力度还需加大。主要原因是对法治政府建设的系统谋划还不够，法治工作队伍专业化水平有待提高。",
      ],
      subsections: [],
    },
    {
      id: "head-duty",
      title: "党政主要负责人履行推进法治建设第一责任人职责情况",
      hint: { zh: "写主要负责人亲自研究、会前学法、述法。", en: "The head's own role: meetings, study of law before meetings, reporting." },
      body: [
        "主要负责人主持召开常务会议专题研究法治政府建设{{专题研究次数}}次，落实会前学法制度，学习法律法规{{会前学法部数}}部，在年终述职中报告履行推进法治建设第一责任人职责情况。",
      ],
      subsections: [],
    },
    {
      id: "next-year",
      title: "下一年度推进法治政府建设的主要安排",
      hint: { zh: "写重点任务和完成时间。", en: "Key tasks and dates." },
      body: [
        "{报告机关}将以提升行政执法质量为重点，加强执法队伍培训，完善重大行政决策程序，推动行政争议实质性化解，持续推进法治政府建设。",
      ],
      subsections: [],
    },
    {
      id: "other",
      title: "其他需要报告的情况",
      hint: { zh: "没有可不写；有督察整改等事项时写。", en: "Only if there is something, e.g. inspection follow-up." },
      optional: true,
      body: [
        "对法治督察反馈的{{督察反馈问题数}}个问题，已整改{{督察已整改数}}个，其余问题正在按计划推进。",
      ],
      subsections: [],
    },
  ],
  signature: "{报告机关}",
  // Filed in the first quarter after the year reported on.
  date: "{下一年度}年×月×日",
};
