/**
 * 落实全面从严治党主体责任情况报告: a Party committee's annual report to the higher committee
 * (《党委（党组）落实全面从严治党主体责任规定》2020: report every year, and members report on their duties).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { yearField } from "./fields";

const partyField = { key: "党组织", label: { zh: "党委（党组）全称", en: "Party committee" }, example: "中共江城市发展和改革委员会党组", placeholder: "××党委（党组）" };
const higherField = { key: "上级党委", label: { zh: "报告对象（上级党委）", en: "Higher Party committee" }, example: "中共江城市委", placeholder: "××党委" };

export const zhutizeren: Genre = {
  ...summaryOf("zhutizeren"),
  fields: [partyField, higherField, yearField],
  titlePattern: "{党组织}关于{年度}年度落实全面从严治党主体责任情况的报告",
  addressee: "{上级党委}：",
  opening:
    "{年度}年，{党组织}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记关于党的建设的重要思想和关于党的自我革命的重要思想，认真落实全面从严治党主体责任。现将有关情况报告如下：",
  sections: [
    {
      id: "duty",
      title: "落实主体责任的主要做法",
      hint: { zh: "写研究部署、责任清单、书记第一责任人和班子成员“一岗双责”。", en: "Meetings, duty lists, the secretary and members' dual duties." },
      body: [],
      subsections: [
        {
          id: "duty-planning",
          title: "加强研究部署",
          hint: { zh: "写专题研究的次数和内容。", en: "Meetings on the subject and their content." },
          body: [
            "全年召开党委（党组）会议专题研究全面从严治党工作{{专题研究次数}}次，制定主体责任清单，明确班子和班子成员责任事项{{责任事项数}}项。",
          ],
        },
        {
          id: "duty-chain",
          title: "压实责任链条",
          hint: { zh: "写书记、班子成员和下级党组织的责任传导。", en: "How duty passes to members and lower bodies." },
          body: [
            "书记履行第一责任人职责，对班子成员和下级党组织主要负责人开展提醒谈话{{提醒谈话人次}}人次；班子成员落实“一岗双责”，每半年向党委（党组）报告分管领域情况。",
          ],
        },
      ],
    },
    {
      id: "politics",
      title: "加强党的政治建设和思想建设",
      hint: { zh: "写“第一议题”、中心组学习和学习教育。", en: "First item on the agenda, study group, education campaign." },
      body: [
        {
          byYear: {
            "2025": "严格落实“第一议题”制度，开展中心组集中学习{{中心组学习次数}}次，扎实开展深入贯彻中央八项规定精神学习教育，推动学查改一体贯通。",
            "2026": "严格落实“第一议题”制度，开展中心组集中学习{{中心组学习次数}}次，扎实开展树立和践行正确政绩观学习教育，对照查摆问题{{政绩观查摆问题数}}个并逐项整改。",
          },
          otherwise: "严格落实“第一议题”制度，开展中心组集中学习{{中心组学习次数}}次，巩固拓展历次集中学习教育成果，推动学习教育常态化长效化。",
        },
      ],
      subsections: [],
    },
    {
      id: "style",
      title: "驰而不息改进作风",
      hint: { zh: "写落实中央八项规定精神、纠治“四风”、为基层减负的数据。", en: "Eight-point rules, the four malpractices, lightening local burdens, with figures." },
      body: [
        "严格执行中央八项规定及其实施细则精神，查处违反中央八项规定精神问题{{查处八项规定问题数}}个，精简文件{{精简文件比例}}%、会议{{精简会议比例}}%，督查检查考核事项压减{{压减督查检查比例}}%。",
      ],
      subsections: [],
    },
    {
      id: "discipline",
      title: "严明纪律，一体推进“三不腐”",
      hint: { zh: "写纪律教育、警示教育、支持纪检监察机构监督执纪的情况。", en: "Discipline education, warning cases, support for the discipline body." },
      body: [
        "开展警示教育{{警示教育场次}}场次，支持派驻纪检监察组履行监督职责，运用监督执纪“四种形态”处理{{四种形态处理人次}}人次，其中第一种形态占{{第一种形态占比}}%。",
      ],
      subsections: [],
    },
    {
      id: "organisation",
      title: "加强组织建设和选人用人",
      hint: { zh: "写基层党组织建设、干部选拔监督、换届纪律。", en: "Branches, appointments and their oversight, election discipline." },
      body: [
        "深化党支部标准化规范化建设，严格执行干部选拔任用各项规定，全年选拔任用干部{{选拔任用干部数}}名，未发生违规用人问题。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "写主体责任落实中的真实问题，和上级反馈、巡视巡察发现的问题对应。", en: "Real problems, matching findings from above and inspections." },
      body: [
        "一是责任传导存在层层递减现象，个别基层党组织管党治党意识不强；二是监督的精准性不够，对权力集中、资金密集岗位的日常监督还有薄弱环节；三是作风建设常态长效机制还不够健全，形式主义、官僚主义问题仍有新的表现。",
      ],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步工作打算",
      hint: { zh: "针对问题写措施。", en: "Measures answering the problems." },
      body: [
        "{党组织}将持续完善主体责任清单和考核评价，强化对“一把手”和领导班子的监督，深化以案促改、以案促治，推动全面从严治党向纵深发展。",
      ],
      subsections: [],
    },
  ],
  closing: "特此报告。",
  signature: "{党组织}",
  date: "{年度}年12月",
};
