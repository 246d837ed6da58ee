/** 述责述廉报告: 述责 on the duty of governing the Party, 述廉 on the integrity rules. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { eightRulesPersonal, theoryStudy, zhengjiguanPersonal } from "./lines";
import { nameField, postField, unitField, yearField } from "./fields";

export const shuzeshulian: Genre = {
  ...summaryOf("shuzeshulian"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度述责述廉报告",
  addressee: "各位领导、同志们：",
  opening:
    "根据上级纪委监委关于开展述责述廉工作的通知要求，本人作为{单位}{职务}，对照全面从严治党主体责任清单，认真回顾{年度}年履行管党治党政治责任和遵守廉洁自律规定的情况，现报告如下：",
  sections: [
    {
      id: "main-duty",
      title: "履行全面从严治党主体责任情况",
      hint: { zh: "述责的核心：怎样研究部署、督促检查、示范带动。", en: "Core of the duty report: planning, checking, setting an example." },
      body: [],
      subsections: [
        {
          id: "main-duty-planning",
          title: "坚持研究部署同步",
          hint: { zh: "写专题研究次数、责任清单和任务分解。", en: "Dedicated meetings, responsibility lists, task breakdown." },
          body: [
            "坚持把全面从严治党与业务工作同谋划、同部署、同推进，全年主持召开党委（党组）会议专题研究管党治党工作{{专题研究次数}}次，制定年度主体责任清单，明确任务{{责任清单任务数}}项。",
          ],
        },
        {
          id: "main-duty-checking",
          title: "坚持督促检查同步",
          hint: { zh: "写检查考核、发现问题和整改情况。", en: "Inspections, problems found, corrections." },
          body: [
            "结合年中和年终考核开展党风廉政建设责任制检查，发现问题{{检查发现问题数}}个，已整改{{已整改问题数}}个，整改完成率{{整改完成率}}%。",
          ],
        },
        {
          id: "main-duty-inspection",
          title: "抓好巡视巡察反馈问题整改",
          hint: { zh: "有巡视巡察反馈问题的单位写整改进度。", en: "For units with inspection findings: progress of corrections." },
          optional: true,
          body: [
            "认真履行整改第一责任人职责，对巡察反馈的{{巡察反馈问题数}}个问题建立清单、逐项销号，健全长效机制{{建立长效机制数}}项。",
          ],
        },
      ],
    },
    {
      id: "ideology",
      title: "落实意识形态工作责任制情况",
      hint: { zh: "写阵地管理、舆情处置和理论学习。", en: "Ideological work: media, public opinion, study." },
      body: [],
      subsections: [
        {
          id: "ideology-study",
          title: "抓好理论武装",
          hint: { zh: "写中心组学习和党的创新理论宣讲；2026年度写带头参加政绩观学习教育。", en: "Study group sessions and lectures; in 2026, leading the campaign on the right view of performance." },
          body: [
            theoryStudy("把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，", "全年组织中心组学习{{中心组学习次数}}次，带头讲专题党课{{讲党课次数}}次。"),
            zhengjiguanPersonal,
          ],
        },
        {
          id: "ideology-positions",
          title: "管好意识形态阵地",
          hint: { zh: "写网站、新媒体、讲座论坛等阵地管理。", en: "Websites, social media, lectures." },
          body: [
            "落实“谁主管谁负责”“谁主办谁负责”要求，对门户网站、微信公众号等阵地实行三审三校，全年研判意识形态领域形势{{形势研判次数}}次，未发生重大舆情事件。",
          ],
        },
      ],
    },
    {
      id: "dual-duty",
      title: "履行“一岗双责”和监督管理情况",
      hint: { zh: "写对班子成员和下级的监督、谈心谈话。", en: "Oversight of colleagues and subordinates, talks." },
      body: [],
      subsections: [
        {
          id: "dual-duty-talks",
          title: "经常性开展谈心谈话",
          hint: { zh: "写谈话人次、提醒和函询情况。", en: "Talks, reminders, written inquiries." },
          body: [
            "坚持抓早抓小、防微杜渐，与班子成员、下级党组织负责人开展谈心谈话{{谈心谈话人次}}人次，对苗头性、倾向性问题及时提醒纠正。",
          ],
        },
        {
          id: "dual-duty-power",
          title: "强化权力运行制约监督",
          hint: { zh: "写“三重一大”、重点领域和关键岗位的监督。", en: "Checks on major decisions and key posts." },
          body: [],
          pointsLead: "聚焦权力集中、资金密集、资源富集的领域加强监督：",
          points: [
            "严格执行“三重一大”集体决策制度",
            "对工程建设、物资采购等重点领域开展专项检查",
            "推行关键岗位定期轮岗和廉政风险防控",
          ],
        },
      ],
    },
    {
      id: "integrity",
      title: "个人廉洁自律情况",
      hint: { zh: "述廉：逐项说明执行廉洁自律规定的情况，实事求是。", en: "Integrity: each rule and how you kept it, factually." },
      body: [],
      subsections: [
        {
          id: "integrity-eight-rules",
          title: "执行中央八项规定精神情况",
          hint: { zh: "写公务接待、用车、办公用房、差旅等。", en: "Receptions, cars, offices, travel." },
          body: [
            eightRulesPersonal,
          ],
        },
        {
          id: "integrity-personal-matters",
          title: "报告个人有关事项情况",
          hint: { zh: "写是否如实报告，有无需要说明的事项。", en: "Whether personal matters were fully reported." },
          body: [
            "按规定如实填报个人有关事项，本人及配偶子女没有违规经商办企业、违规持有股票等情况，没有需要向组织说明的其他事项。",
          ],
        },
        {
          id: "integrity-family",
          title: "加强家风建设情况",
          hint: { zh: "写管好家属子女和身边工作人员。", en: "Conduct of family members and close staff." },
          body: [
            "注重家庭家教家风，经常提醒家属子女和身边工作人员遵规守纪，不利用职务影响为亲友谋取利益。",
          ],
        },
      ],
    },
    {
      id: "last-year",
      title: "上年度述责述廉问题整改情况",
      hint: { zh: "对上年度评议意见逐条说明整改结果。", en: "Corrections of last year's appraisal comments." },
      body: [
        "针对上年度述责述廉评议中指出的{{上年度问题数}}个问题，逐条制定整改措施，目前已全部整改到位，相关制度机制进一步健全。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题和不足",
      hint: { zh: "问题聚焦履责和廉洁方面，具体不空泛。", en: "Shortcomings in duty and integrity, specific." },
      body: [],
      subsections: [
        {
          id: "problems-pressure",
          title: "压力传导还不够到位",
          hint: { zh: "写责任层层递减等问题。", en: "Responsibility weakening down the line." },
          body: [
            "对下级党组织落实主体责任的指导督促还不够经常，个别基层单位存在责任层层递减的现象。",
          ],
        },
        {
          id: "problems-supervision",
          title: "日常监督还不够精准",
          hint: { zh: "写监督方式、监督效果的不足。", en: "Weaknesses of day-to-day oversight." },
          body: [
            "运用信息化手段开展监督的办法不多，对重点岗位人员“八小时以外”的监督还存在薄弱环节。",
          ],
        },
      ],
    },
    {
      id: "plans",
      title: "下一步努力方向",
      hint: { zh: "针对问题提出改进措施。", en: "Measures answering the shortcomings." },
      body: [],
      subsections: [
        {
          id: "plans-responsibility",
          title: "进一步扛牢主体责任",
          hint: { zh: "写压实责任的具体举措。", en: "How responsibility will be enforced." },
          body: [
            "坚持严的基调、严的措施、严的氛围长期坚持，完善主体责任清单和考核评价机制，推动管党治党责任层层落实。",
          ],
        },
        {
          id: "plans-integrity",
          title: "进一步严格自我约束",
          hint: { zh: "写个人廉洁自律的承诺。", en: "Personal integrity commitment." },
          body: [
            "始终把纪律和规矩挺在前面，带头落实中央八项规定精神，自觉接受组织监督和群众监督，永葆清正廉洁的政治本色。",
          ],
        },
      ],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "述责述廉人：{姓名}",
  date: "{年度}年12月",
};
