/**
 * 述法报告: a leading cadre's report on fulfilling the duty of the first person responsible for the
 * rule of law (党政主要负责人履行推进法治建设第一责任人职责), at year-end; 年度 is the year reviewed.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

export const shufabaogao: Genre = {
  ...summaryOf("shufabaogao"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度述法报告",
  addressee: "各位领导、同志们：",
  opening:
    "按照上级关于开展领导干部述法工作的安排，现将本人{年度}年度学法用法、依法履职和履行推进法治建设第一责任人职责的情况报告如下：",
  sections: [
    {
      id: "study",
      title: "带头学习习近平法治思想",
      hint: { zh: "写学法制度、学法次数和内容。", en: "Law study routine, sessions, contents." },
      body: ["落实党委（党组）理论学习中心组学法和会前学法制度，全年组织专题学法{{专题学法次数}}次，学习法律法规{{学习法律法规部数}}部，本人参加法治培训{{法治培训学时}}学时。"],
      subsections: [],
    },
    {
      id: "decisions",
      title: "坚持依法决策",
      hint: { zh: "写重大决策法定程序和合法性审查。", en: "Procedures and legality review of major decisions." },
      body: ["严格执行重大行政决策程序，{{重大决策事项数}}项重大决策全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，聘请法律顾问参与决策论证{{法律顾问参与次数}}次。"],
      subsections: [],
    },
    {
      id: "duties",
      title: "推动依法履职",
      hint: { zh: "写规范执法、化解争议、负责人出庭应诉。", en: "Proper enforcement, disputes, appearing in court." },
      body: ["督促规范行政执法，评查执法案卷{{评查案卷数}}卷；本人出庭应诉{{本人出庭应诉次数}}次，推动行政争议实质性化解。"],
      subsections: [],
    },
    {
      id: "first-duty",
      title: "履行推进法治建设第一责任人职责",
      hint: { zh: "写研究部署、督促检查、普法责任制。", en: "Planning, checking, the who-enforces-educates duty." },
      body: [
        "主持研究法治建设重要事项{{研究法治事项次数}}次，把法治建设纳入年度目标考核，落实“谁执法谁普法”普法责任制。",
        {
          byYear: {
            "2026": "推动“九五”普法规划在本单位启动实施，制定年度普法责任清单。",
            "2027": "推动“九五”普法规划在本单位深入实施，更新年度普法责任清单。",
          },
        },
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "写法治思维、执法规范、普法实效方面的不足。", en: "Gaps in legal thinking, enforcement, legal education." },
      body: ["运用法治思维和法治方式解决复杂问题的能力还需提高，基层执法规范化水平不够均衡，普法的针对性和实效性有待增强。"],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步打算",
      hint: { zh: "针对问题写改进措施。", en: "Measures answering the gaps." },
      body: ["持续深入学习贯彻习近平法治思想，完善学法用法制度，推动执法质量提升和行政争议源头化解，把法治建设各项任务落到实处。"],
      subsections: [],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "述法人：{姓名}",
  date: "{年度}年12月",
};
