/**
 * 述学述职述廉述法报告 (the “四述”): one report on study, duties, integrity and the rule of law, as many
 * places ask of leading cadres at year-end. 年度 is the year reviewed.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";
import { eightRulesPersonal, theoryPlan, theoryStudy, zhengjiguanPersonal } from "./lines";

export const sishubaogao: Genre = {
  ...summaryOf("sishubaogao"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度述学述职述廉述法报告",
  addressee: "各位领导、同志们：",
  opening:
    "{年度}年，本人担任{单位}{职务}。按照上级关于开展述学述职述廉述法工作的要求，现将一年来学习、履职、廉洁自律和尊法学法守法用法情况报告如下：",
  sections: [
    {
      id: "study",
      title: "述学：坚持学思用贯通",
      hint: { zh: "写学什么、怎么学、学以致用的实例；所学内容随年度。", en: "What and how you studied, applied; the content follows the year." },
      body: [
        theoryStudy("坚持个人自学和集中学习相结合，全年参加集中学习{{集中学习次数}}次，撰写学习体会{{学习体会篇数}}篇，", "把学习成果转化为推动工作的思路举措。"),
        zhengjiguanPersonal,
      ],
      subsections: [],
    },
    {
      id: "duties",
      title: "述职：履职尽责推动工作",
      hint: { zh: "按分管工作分条写，用数字体现成效。", en: "By portfolio, with figures." },
      body: [],
      subsections: [
        {
          id: "duties-core",
          title: "聚焦中心任务抓落实",
          hint: { zh: "写主要目标完成情况。", en: "Main targets met." },
          body: ["牵头负责的{{牵头重点任务数}}项重点任务全部按期完成，{{考核指标数}}项考核指标达到或超过年度目标。"],
        },
        {
          id: "duties-problems",
          title: "破解难题促发展",
          hint: { zh: "写解决的具体难题。", en: "Concrete problems solved." },
          body: ["深入基层调研{{调研次数}}次，协调解决{{协调解决问题数}}个制约工作推进的难点问题。"],
        },
      ],
    },
    {
      id: "integrity",
      title: "述廉：严守纪律规矩",
      hint: { zh: "写八项规定精神、“一岗双责”和个人有关事项。", en: "Eight-point rules, dual duty, personal matters." },
      body: [
        eightRulesPersonal,
        "认真履行“一岗双责”，对分管领域开展廉政谈话{{廉政谈话人次}}人次，如实报告个人有关事项。",
      ],
      subsections: [],
    },
    {
      id: "law",
      title: "述法：带头尊法学法守法用法",
      hint: { zh: "写学法、依法决策、依法履职和推进法治建设的情况。", en: "Studying law, lawful decisions and duties, advancing the rule of law." },
      body: [
        "落实领导干部学法制度，参加法治专题学习{{学法次数}}次；分管领域重大决策全部经过合法性审查，未发生因决策违法被纠错的情况；督促分管单位办结行政复议和诉讼案件{{办结案件数}}件。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题和不足",
      hint: { zh: "学、职、廉、法各找差距，具体不空泛。", en: "Gaps in each of the four, concretely." },
      body: ["学习的系统性还不够强，运用法治思维解决复杂问题的能力还需提高，对分管领域廉政风险的预判还不够精准。"],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步努力方向",
      hint: { zh: "针对问题写改进措施。", en: "Measures answering the gaps." },
      body: [theoryPlan("持续深入学习贯彻习近平新时代中国特色社会主义思想，", "深入学习习近平法治思想，提高依法决策、依法履职的能力，始终保持清正廉洁的政治本色。")],
      subsections: [],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "报告人：{姓名}",
  date: "{年度}年12月",
};
