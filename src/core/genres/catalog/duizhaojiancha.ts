/** 民主生活会对照检查材料: preparation, last year's corrections, problems, causes, measures. */
import type { Genre } from "../schema";
import { nameField, postField, unitField, yearField } from "./fields";

export const duizhaojiancha: Genre = {
  id: "duizhaojiancha",
  name: { zh: "民主生活会对照检查材料", en: "Self-examination for a Party life meeting" },
  description: {
    zh: "领导班子成员在年度民主生活会上的个人对照检查材料：查摆问题、剖析原因、提出整改措施。",
    en: "A leader's self-examination for the annual Party life meeting: problems, causes, corrective measures.",
  },
  fields: [
    unitField,
    postField,
    nameField,
    yearField,
    { key: "日期", label: { zh: "会议日期", en: "Meeting date" }, example: "2027年1月", placeholder: "20XX年X月" },
  ],
  titlePattern: "{年度}年度民主生活会个人对照检查材料",
  addressee: "各位领导、同志们：",
  opening:
    "根据{单位}党委关于召开{年度}年度民主生活会的通知要求，本人认真学习会议规定的学习内容，广泛征求意见建议，深入开展谈心谈话，紧扣会议主题，对照党章党规党纪，联系思想和工作实际，进行了深入检视剖析。现将有关情况报告如下：",
  sections: [
    {
      id: "preparation",
      title: "学习研讨和会前准备情况",
      hint: { zh: "写会前学习、征求意见和谈心谈话的情况。", en: "Study, soliciting opinions and talks before the meeting." },
      body: [],
      subsections: [
        {
          id: "preparation-study",
          title: "深入开展学习研讨",
          hint: { zh: "写学习的篇目、研讨次数和体会。", en: "Readings, discussions, takeaways." },
          body: [
            "围绕会议主题，认真学习习近平新时代中国特色社会主义思想和党的二十届四中全会精神，参加班子集中学习研讨{{集中学习研讨次数}}次，撰写研讨发言材料，进一步筑牢思想根基。",
          ],
        },
        {
          id: "preparation-opinions",
          title: "广泛征求意见建议",
          hint: { zh: "写征求意见的方式、条数和谈心谈话情况。", en: "How opinions were collected, how many, talks held." },
          body: [
            "通过座谈会、个别访谈、书面征求等方式，共征集到涉及本人的意见建议{{征求意见条数}}条；与班子成员和分管部门负责人开展谈心谈话{{谈心谈话人次}}人次，做到相互提醒、坦诚交心。",
          ],
        },
      ],
    },
    {
      id: "last-corrections",
      title: "上一年度民主生活会整改落实情况",
      hint: { zh: "逐条说明上次查摆问题的整改结果，不能只写“已整改”。", en: "Result of each correction promised last time." },
      body: [
        "针对上一年度民主生活会查摆的{{上年度查摆问题数}}个问题，本人制定了整改清单，明确整改措施和时限。目前，{{已完成整改问题数}}个问题已整改到位，其余问题正在持续推进，通过整改，学习的自觉性和工作的主动性有了明显提高。",
      ],
      subsections: [],
    },
    {
      id: "issues",
      title: "查摆的主要问题",
      hint: { zh: "按当年会议主题列出的方面逐项查摆，问题要具体、有事例。", en: "By the topics set for the year; each problem specific, with an example." },
      body: [],
      subsections: [
        {
          id: "issues-theory",
          title: "在深入学习贯彻习近平新时代中国特色社会主义思想、捍卫“两个确立”、做到“两个维护”方面",
          hint: { zh: "写学习深度、学用结合方面的问题。", en: "Depth of study and applying it." },
          body: [],
          points: [
            "学习的系统性还不够，有时满足于读原文、记笔记，对党的创新理论的精髓要义领悟还不够透彻",
            "运用理论指导实践还有差距，用党的创新理论研究解决分管领域难点问题的办法不多",
          ],
        },
        {
          id: "issues-decisions",
          title: "在贯彻落实党中央决策部署、推动高质量发展方面",
          hint: { zh: "写抓落实、谋发展方面的问题。", en: "Implementation and development." },
          body: [],
          points: [
            "对“十五五”时期发展面临的新形势新任务研究不深，谋划工作的前瞻性不够",
            "抓落实有时满足于开会部署、下发文件，跟踪问效不够",
          ],
        },
        {
          id: "issues-eight-rules",
          title: "在落实中央八项规定精神、纠治“四风”方面",
          hint: { zh: "写形式主义、官僚主义等具体表现。", en: "Formalism, bureaucratism and other work-style problems." },
          body: [],
          points: [
            "深入基层调研有时行程安排较满，与群众面对面交流不够充分",
            "精文减会抓得还不够实，个别会议和材料仍有精简空间",
          ],
        },
        {
          id: "issues-governance",
          title: "在履行全面从严治党政治责任方面",
          hint: { zh: "写“一岗双责”、监督管理方面的问题。", en: "Dual responsibility and oversight." },
          body: [],
          points: [
            "落实“一岗双责”还不够到位，对分管领域的廉政风险防控研究部署不够经常",
            "对干部的日常监督管理偏宽偏软，批评提醒有时顾及情面",
          ],
        },
        {
          id: "issues-responsibility",
          title: "在担当作为、狠抓落实方面",
          hint: { zh: "写攻坚克难、开拓创新方面的问题。", en: "Taking on hard tasks and innovating." },
          body: [],
          points: [
            "面对矛盾问题有时存在畏难情绪，攻坚克难的劲头不够足",
            "开拓创新意识不强，工作中习惯沿用老办法",
          ],
        },
      ],
    },
    {
      id: "causes",
      title: "问题产生的原因剖析",
      hint: { zh: "从思想、党性、宗旨、纪律等方面深挖根源，不能归咎客观。", en: "Root causes in thinking, Party spirit, purpose and discipline, not circumstances." },
      body: [],
      subsections: [
        {
          id: "causes-belief",
          title: "理想信念有所弱化",
          hint: { zh: "剖析理论学习和理想信念方面的原因。", en: "Causes in study and conviction." },
          body: [
            "对加强理论武装的极端重要性认识不足，没有把理论学习作为终身课题，思想深处存在重业务、轻学习的倾向。",
          ],
        },
        {
          id: "causes-party-spirit",
          title: "党性修养有所放松",
          hint: { zh: "剖析党性锤炼方面的原因。", en: "Causes in Party spirit." },
          body: [
            "随着工作年限的增加和职务的变化，对自身的党性锤炼有所放松，以严的标准要求自己还不够。",
          ],
        },
        {
          id: "causes-purpose",
          title: "宗旨意识有所淡化",
          hint: { zh: "剖析群众观点和群众路线方面的原因。", en: "Causes in serving the people." },
          body: [
            "践行以人民为中心的发展思想还不够自觉，对群众的急难愁盼了解不够深入，为民服务的主动性有待增强。",
          ],
        },
        {
          id: "causes-discipline",
          title: "纪律规矩意识有所松懈",
          hint: { zh: "剖析纪律意识方面的原因。", en: "Causes in discipline." },
          body: [
            "对全面从严治党长期性、复杂性认识不够，认为自己能够守住底线，对抓早抓小、防微杜渐重视不够。",
          ],
        },
      ],
    },
    {
      id: "measures",
      title: "整改措施和努力方向",
      hint: { zh: "针对问题和原因逐项提出可检验的整改措施。", en: "Verifiable measures answering each problem and cause." },
      body: [],
      subsections: [
        {
          id: "measures-theory",
          title: "持续强化理论武装",
          hint: { zh: "写学习计划和学用结合的措施。", en: "Study plan and applying it." },
          body: [
            "坚持读原著、学原文、悟原理，把学习贯彻党的二十届四中全会精神同推动“十五五”规划落地结合起来，切实做到学思用贯通、知信行统一。",
          ],
        },
        {
          id: "measures-responsibility",
          title: "切实扛起担当责任",
          hint: { zh: "写推动工作落实的具体措施。", en: "Concrete measures for delivery." },
          body: [
            "建立分管领域重点任务清单，实行周调度、月通报，对难点问题亲自研究、亲自协调，确保件件有着落。",
          ],
        },
        {
          id: "measures-people",
          title: "始终践行为民宗旨",
          hint: { zh: "写密切联系群众的措施。", en: "Staying close to the people." },
          body: [
            "每季度到联系点和基层单位蹲点调研，认真倾听群众意见，推动解决群众反映强烈的突出问题。",
          ],
        },
        {
          id: "measures-discipline",
          title: "严守纪律规矩底线",
          hint: { zh: "写落实中央八项规定精神和廉洁自律的措施。", en: "Eight-point rules and integrity." },
          body: [
            "锲而不舍落实中央八项规定精神，认真履行“一岗双责”，加强对分管领域干部的日常监督，以严的要求管好自己、带好队伍。",
          ],
        },
      ],
    },
  ],
  closing: "以上对照检查，如有不当之处，恳请各位同志批评指正。",
  signature: "对照检查人：{姓名}",
  date: "{日期}",
};
