/**
 * 党组织书记抓基层党建工作述职报告: the annual report of a Party secretary on building primary-level
 * organisations, given at the 述职评议考核 meeting (the order follows the usual 述职评议 template:
 * duties, last year's problems, shortcomings and causes, plans).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { zhengjiguanUnit } from "./lines";
import { nameField, postField, unitField, yearField } from "./fields";

export const jicengdangjianshuzhi: Genre = {
  ...summaryOf("jicengdangjianshuzhi"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{单位}{职务}{年度}年度抓基层党建工作述职报告",
  addressee: "各位领导、同志们：",
  opening:
    "{年度}年，本人认真履行抓基层党建第一责任人职责，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻新时代党的建设总要求和新时代党的组织路线，推动基层党组织建设全面进步、全面过硬。现将履职情况报告如下：",
  sections: [
    {
      id: "duty",
      title: "履行第一责任人职责情况",
      hint: { zh: "写研究部署、亲自抓的具体事项和数字，不写空话。", en: "Meetings held and matters handled in person, with figures." },
      body: [],
      subsections: [
        {
          id: "duty-planning",
          title: "研究部署有力",
          hint: { zh: "写专题研究党建的次数、责任清单。", en: "Party-building meetings and the duty list." },
          body: [
            "全年主持召开党委（党组）会议专题研究基层党建工作{{党建专题研究次数}}次，制定年度党建工作要点和责任清单，明确任务{{党建责任清单任务数}}项，做到党建工作与业务工作同部署、同考核。",
          ],
        },
        {
          id: "duty-in-person",
          title: "亲自抓、带头干",
          hint: { zh: "写联系点、讲党课、参加支部生活。", en: "Contact point, Party lectures, branch life." },
          body: [
            "建立党建工作联系点{{党建联系点数}}个，到联系点指导工作{{指导联系点次数}}次，为党员讲党课{{讲党课次数}}次，以普通党员身份参加所在支部组织生活。",
            zhengjiguanUnit,
          ],
        },
      ],
    },
    {
      id: "organisation",
      title: "基层党组织建设情况",
      hint: { zh: "写组织设置、支部标准化规范化、软弱涣散整顿。", en: "Organisation, branch standards, rectifying weak branches." },
      body: [],
      subsections: [
        {
          id: "organisation-branches",
          title: "推进支部标准化规范化",
          hint: { zh: "写达标支部数和主要做法。", en: "Branches meeting the standard and how." },
          body: [
            "对照党支部标准化规范化建设要求逐项过堂，{{达标支部数}}个党支部全部达标，严格落实“三会一课”、主题党日、组织生活会和民主评议党员等制度。",
          ],
        },
        {
          id: "organisation-weak",
          title: "整顿软弱涣散党组织",
          hint: { zh: "写排查数量、整顿措施和验收结果；没有则写排查情况。", en: "How many found, measures, result; if none, the check itself." },
          body: [
            "排查确定软弱涣散党组织{{软弱涣散党组织数}}个，逐个落实领导联系和包抓责任，已全部整顿验收。",
          ],
        },
      ],
    },
    {
      id: "members",
      title: "党员队伍建设情况",
      hint: { zh: "写发展党员、教育培训、日常管理和关怀帮扶。", en: "Recruiting, training, managing and caring for members." },
      body: [],
      points: [
        "严格程序发展党员{{发展党员人数}}名，坚持成熟一个、发展一个",
        "组织党员集中培训{{党员培训人次}}人次，落实党员每年集中学习培训要求",
        "走访慰问老党员和生活困难党员{{慰问党员人数}}名，党费收缴使用规范",
      ],
      pointsLead: "坚持把党员队伍建设作为基础工程：",
      subsections: [],
    },
    {
      id: "integration",
      title: "党建引领中心工作情况",
      hint: { zh: "写党建和业务融合的载体和实际成效，写清楚带来了什么变化。", en: "How Party building served the main work, and what changed." },
      body: [
        "围绕{单位}中心任务，组建党员突击队{{党员突击队数}}支、设立党员先锋岗{{党员先锋岗数}}个，在重点任务一线发挥了战斗堡垒作用和先锋模范作用。",
      ],
      subsections: [],
    },
    {
      id: "last-year",
      title: "上年度述职评议指出问题的整改情况",
      hint: { zh: "逐条写上年度评议指出的问题和整改结果。", en: "Each problem raised last year and its correction." },
      body: [
        "针对上年度述职评议指出的{{上年度评议问题数}}个问题，逐项制定整改措施，已完成整改{{已完成整改数}}个，需长期坚持的已纳入年度党建工作要点持续推进。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题及原因",
      hint: { zh: "写真问题，每条有具体表现；原因从书记本人找。", en: "Real problems with specifics; causes in the secretary's own work." },
      body: [
        "一是党建和业务融合还不够紧，有的支部活动与中心工作结合不紧；二是部分支部书记抓党建的能力不强，组织生活质量不高；三是党员教育管理方式比较单一，对流动党员、年轻党员的针对性不够。",
        "究其原因，主要是本人对抓基层党建的重要性认识还不够深，存在重业务、轻党建的倾向，对支部工作的具体指导还不够经常。",
      ],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步工作思路",
      hint: { zh: "针对问题提出措施，写明要做成什么、什么时候做成。", en: "Measures answering the problems, with results and dates." },
      body: [],
      subsections: [
        {
          id: "plans-responsibility",
          title: "进一步压实党建责任",
          hint: { zh: "写责任落实和考核。", en: "Responsibility and assessment." },
          body: [
            "完善党建工作责任清单和考核办法，把党建考核结果与领导班子和干部年度考核挂钩。",
          ],
        },
        {
          id: "plans-branches",
          title: "进一步建强基层支部",
          hint: { zh: "写支部书记队伍和组织生活质量。", en: "Branch secretaries and quality of branch life." },
          body: [
            "分期分批轮训党支部书记，开展组织生活质量提升行动，推动每个支部形成一项特色做法。",
          ],
        },
      ],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "述职人：{姓名}",
  date: "{年度}年12月",
};
