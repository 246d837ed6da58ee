/**
 * 全面从严治党工作会议讲话 (often with 党风廉政建设 or 警示教育): the Party secretary's speech early in the
 * year planned. 年度 is that year. Structure: 成效 → 形势 → 任务 → 责任.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

const meetingDateField = { key: "会议日期", label: { zh: "会议日期", en: "Date of the meeting" }, example: "2月20日", placeholder: "×月××日" };

export const congyanzhidangjianghua: Genre = {
  ...summaryOf("congyanzhidangjianghua"),
  fields: [unitField, { ...yearField, label: { zh: "会议年度（部署的年度）", en: "Year planned" }, example: "2027" }, postField, nameField, meetingDateField],
  titlePattern: "在{单位}{年度}年全面从严治党工作会议上的讲话",
  reportTime: "yearStart",
  subtitle: ["{职务}　{姓名}", "（{年度}年{会议日期}）"],
  addressee: "同志们：",
  opening:
    "今天召开全面从严治党工作会议，主要任务是贯彻落实上级纪委全会和全面从严治党工作会议精神，总结{上一年度}年工作，部署{年度}年任务。下面，我讲几点意见：",
  sections: [
    {
      id: "results",
      title: "{上一年度}年全面从严治党取得新成效",
      hint: { zh: "写主体责任、作风建设、监督执纪的成效，用数字说话。", en: "Results of duty, work style and discipline, in figures." },
      body: [
        "过去一年，{单位}党委（党组）认真履行全面从严治党主体责任，专题研究全面从严治党工作{{专题研究次数}}次，开展廉政谈话{{廉政谈话人次}}人次，查处违纪违法问题{{查处问题数}}个，政治生态持续向好。",
        {
          byYear: {
            "2026": "2025年，{单位}扎实开展深入贯彻中央八项规定精神学习教育，坚持学查改一体推进，作风建设取得新成效。",
            "2027": "2026年，{单位}扎实开展树立和践行正确政绩观学习教育，对照“立党为公、为民造福、科学决策、真抓实干”的总要求，推动解决了一批政绩观偏差问题。",
          },
          otherwise: "持续推进作风建设常态化长效化，纠治“四风”取得新成效。",
        },
      ],
      subsections: [],
    },
    {
      id: "situation",
      title: "清醒认识全面从严治党面临的形势",
      hint: { zh: "讲反腐败斗争形势和本单位风险点，不讲空话。", en: "The anti-corruption situation and the unit's own risks, concretely." },
      body: [
        "当前，反腐败斗争形势依然严峻复杂，{单位}在{{重点风险领域数}}个重点领域仍存在廉政风险，一些干部纪律意识淡化、作风不实的问题时有发生。我们必须坚持严的基调、严的措施、严的氛围长期坚持，一刻不停推进全面从严治党。",
      ],
      subsections: [],
    },
    {
      id: "tasks",
      title: "扎实做好{年度}年全面从严治党各项工作",
      hint: { zh: "按政治监督、作风建设、纪律教育、权力监督分条部署。", en: "Political oversight, work style, discipline education, checks on power." },
      body: [],
      subsections: [
        {
          id: "tasks-politics",
          title: "强化政治监督，确保令行禁止",
          hint: { zh: "写对重大决策部署落实的监督。", en: "Oversight of major decisions being carried out." },
          body: ["围绕上级重大决策部署开展监督检查，全年开展专项监督{{计划专项监督次数}}次，确保政令畅通。"],
        },
        {
          id: "tasks-style",
          title: "锲而不舍落实中央八项规定精神",
          hint: { zh: "写纠治“四风”和为基层减负。", en: "Fighting the four forms of decadence; lightening local burdens." },
          body: ["坚持风腐同查同治，紧盯节假日等重要节点，深化整治形式主义为基层减负，推动作风建设常态化长效化。"],
        },
        {
          id: "tasks-discipline",
          title: "深化纪律教育，筑牢思想防线",
          hint: { zh: "写警示教育、以案促改。", en: "Warning education, reform by case." },
          body: ["用好身边典型案例开展警示教育，全年开展警示教育不少于{{计划警示教育场次}}场次，推动以案促改、以案促治。"],
        },
        {
          id: "tasks-power",
          title: "加强权力运行监督，一体推进不敢腐、不能腐、不想腐",
          hint: { zh: "写重点领域、关键岗位的制度约束。", en: "Rules for key areas and posts." },
          body: ["聚焦工程项目、资金管理、物资采购等重点领域，完善制度{{计划完善制度数}}项，推动权力规范透明运行。"],
        },
      ],
    },
    {
      id: "duty",
      title: "层层压实管党治党政治责任",
      hint: { zh: "写书记第一责任人、班子成员“一岗双责”和考核问责。", en: "The secretary's duty, dual duty of members, appraisal and accountability." },
      body: [
        "党委（党组）书记要履行第一责任人职责，班子成员要落实“一岗双责”，对分管领域全面从严治党工作负领导责任。把全面从严治党考核结果与干部评先评优、选拔任用挂钩，对责任落实不力的严肃追责问责。",
      ],
      subsections: [],
    },
    {
      id: "team",
      title: "加强纪检监察队伍自身建设",
      hint: { zh: "写对纪检干部的要求：忠诚、干净、担当。", en: "Demands on discipline staff: loyal, clean, responsible." },
      body: ["纪检监察干部要带头严守纪律，全年组织业务培训{{纪检干部培训次数}}次，以铁的纪律打造忠诚干净担当的纪检监察队伍。"],
      subsections: [],
    },
  ],
  closing: "同志们，全面从严治党永远在路上。让我们以永远在路上的坚韧和执着，把全面从严治党各项任务落到实处，为推动{单位}高质量发展提供坚强保证！",
};
