/**
 * 民主生活会个人发言提纲: what each member of a leadership team presents at the annual 民主生活会
 * (the team's text is the 领导班子对照检查材料, a separate genre). The five 方面 are those of the 2025年度
 * meetings (中央政治局民主生活会, 2025年12月); each year's notice sets its own, so the headings say so.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

export const duizhaojiancha: Genre = {
  ...summaryOf("duizhaojiancha"),
  fields: [
    unitField,
    postField,
    nameField,
    yearField,
    { key: "通知机关", label: { zh: "发通知的上级机关", en: "Body that issued the notice" }, example: "市纪委监委、市委组织部", placeholder: "××机关" },
  ],
  titlePattern: "{年度}年度民主生活会个人发言提纲",
  subtitle: ["{单位}{职务}　{姓名}"],
  opening:
    "根据{通知机关}关于召开{年度}年度民主生活会的通知要求，本人认真学习规定篇目，广泛征求意见建议，与班子成员和分管部门负责人深入谈心谈话，紧扣会议主题，联系思想和工作实际进行了对照检查。现发言如下：",
  sections: [
    {
      id: "preparation",
      title: "会前学习和准备情况",
      hint: { zh: "个人发言一般从简或不写；班子材料写学习研讨、征求意见和谈心谈话。", en: "Usually brief or omitted in personal notes; the team's text covers study, opinions and talks." },
      optional: true,
      body: [
        "会前参加班子集中学习研讨{{集中学习研讨次数}}次，通过座谈、个别访谈、书面征求等方式征集到涉及本人的意见建议{{征求意见条数}}条，与班子成员和分管部门负责人谈心谈话{{谈心谈话人次}}人次。",
      ],
      subsections: [],
    },
    {
      id: "last-corrections",
      title: "上一年度民主生活会整改落实情况",
      hint: { zh: "逐条说明上次查摆问题的整改结果，不能只写“已整改”。", en: "Result of each correction promised last time, not just “done”." },
      body: [
        "针对上一年度民主生活会查摆的{{上年度查摆问题数}}个问题，本人逐项制定整改措施。目前{{已完成整改问题数}}个问题已整改到位，需要长期坚持的{{持续整改问题数}}个问题正在按计划推进。",
      ],
      subsections: [],
    },
    {
      id: "campaign",
      title: "学习教育查摆问题整改整治情况",
      hint: { zh: "写当年集中学习教育中个人查摆问题的整改和集中整治情况，问题数与整改数要对得上。", en: "Corrections from the year's education campaign; the counts must match." },
      body: [
        {
          byYear: {
            "2025": "在深入贯彻中央八项规定精神学习教育中，本人对照查摆出问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个；对违规吃喝、违规收送礼品礼金等问题开展自查，未发现本人存在相关问题。",
            "2026": "在树立和践行正确政绩观学习教育中，本人对照查摆出政绩观方面的问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个；对分管领域脱离实际的目标任务和效益不佳的项目逐一梳理，调整{{调整事项数}}项。",
          },
          otherwise: "在本年度集中学习教育中，本人对照查摆出问题{{学习教育查摆问题数}}个，已整改{{学习教育已整改数}}个，其余问题明确了整改时限。",
        },
      ],
      subsections: [],
    },
    {
      id: "issues",
      title: "对照检查的主要问题",
      hint: { zh: "以下五个方面为2025年度民主生活会的主题，请按本年度通知规定的方面替换标题；问题要具体、有事例。", en: "The five areas are those of the 2025 meetings: replace them with the areas in this year's notice; each problem specific." },
      body: [],
      subsections: [
        {
          id: "issues-loyalty",
          title: "在带头强化政治忠诚、提高政治能力方面",
          hint: { zh: "写学习贯彻党的创新理论、落实党中央决策部署的差距。", en: "Gaps in studying theory and carrying out central decisions." },
          body: [],
          points: [
            "学习的系统性还不够，有时满足于读原文、记笔记，对党的创新理论的精髓要义领悟不够透彻",
            "落实上级决策部署有时停留在转发文件、召开会议，结合分管领域实际细化措施不够",
          ],
        },
        {
          id: "issues-party-spirit",
          title: "在带头固本培元、增强党性方面",
          hint: { zh: "写党性锻炼、组织生活、批评和自我批评方面的问题。", en: "Party spirit, Party life, criticism and self-criticism." },
          body: [],
          points: [
            "以普通党员身份参加支部组织生活有时因工作冲突请假，在支部里的示范作用发挥不够",
            "开展批评和自我批评不够经常，相互批评时有时顾及情面",
          ],
        },
        {
          id: "issues-reverence",
          title: "在带头敬畏人民、敬畏组织、敬畏法纪方面",
          hint: { zh: "写群众观点、组织观念和纪法意识方面的问题。", en: "Attitude to the people, the organisation, laws and discipline." },
          body: [],
          points: [
            "深入基层有时行程安排较满，与群众面对面交流不够充分",
            "对分管领域依法决策、依规用权的监督检查不够经常",
          ],
        },
        {
          id: "issues-action",
          title: "在带头干事创业、担当作为方面",
          hint: { zh: "写政绩观、抓落实、攻坚克难方面的问题，2026年度尤其要联系正确政绩观。", en: "View of performance, follow-through, tackling hard tasks." },
          body: [],
          points: [
            "谋划工作有时偏重见效快的事项，对打基础、利长远的工作用力不够",
            "面对矛盾问题有时存在畏难情绪，攻坚克难的劲头不够足",
          ],
        },
        {
          id: "issues-governance",
          title: "在带头坚决扛起管党治党责任方面",
          hint: { zh: "写“一岗双责”、对分管领域干部的教育管理监督。", en: "Dual responsibility; supervising the cadres of your portfolio." },
          body: [],
          points: [
            "落实“一岗双责”还不够到位，对分管领域廉政风险防控研究部署不够经常",
            "对干部的日常监督管理偏宽偏软，批评提醒有时顾及情面",
          ],
        },
      ],
    },
    {
      id: "cases",
      title: "联系反面典型案例剖析情况",
      hint: { zh: "写通报案例的警示和对照自身查找的风险点，不要复述案情。", en: "Lessons from the cases circulated and the risks you found in yourself; do not retell the case." },
      body: [
        "认真学习{{学习案例数}}起反面典型案例，深刻认识到理想信念动摇、纪律规矩松弛是走向违纪违法的起点。对照案例查找自身和分管领域在{{风险领域}}方面的风险点，已逐项制定防控措施。",
      ],
      subsections: [],
    },
    {
      id: "causes",
      title: "问题产生的原因",
      hint: { zh: "从理论武装、党性修养、宗旨意识、纪律规矩等主观方面剖析，不讲客观原因。", en: "Subjective causes only: theory, Party spirit, purpose, discipline." },
      body: [],
      subsections: [
        {
          id: "causes-belief",
          title: "理论武装不够深入",
          hint: { zh: "写学习上的原因。", en: "Causes in study." },
          body: [
            "对加强理论武装的极端重要性认识不足，没有把理论学习作为终身课题，思想深处存在重业务、轻学习的倾向。",
          ],
        },
        {
          id: "causes-party-spirit",
          title: "党性锤炼有所放松",
          hint: { zh: "写党性修养上的原因。", en: "Causes in Party spirit." },
          body: [
            "随着工作年限的增加和职务的变化，对自身的党性锤炼有所放松，以严的标准要求自己还不够。",
          ],
        },
        {
          id: "causes-performance",
          title: "政绩观还有偏差",
          hint: { zh: "写对显绩和潜绩、当前和长远关系把握上的原因。", en: "Causes in the view of performance." },
          body: [
            "对“为谁创造业绩、创造什么样的业绩、怎样创造业绩”思考不深，有时把完成上级考核指标等同于为群众办实事。",
          ],
        },
        {
          id: "causes-discipline",
          title: "纪律规矩意识有所松懈",
          hint: { zh: "写纪律意识上的原因。", en: "Causes in discipline." },
          body: [
            "对全面从严治党长期性、复杂性认识不够，认为自己能够守住底线，对抓早抓小、防微杜渐重视不够。",
          ],
        },
      ],
    },
    {
      id: "measures",
      title: "整改措施",
      hint: { zh: "针对问题逐条提出，可检查、有时限。", en: "One measure per problem, checkable and with a deadline." },
      body: [],
      subsections: [
        {
          id: "measures-theory",
          title: "持续强化理论武装",
          hint: { zh: "写学习计划和学用结合。", en: "Study plan and applying it." },
          body: [
            "坚持读原著、学原文、悟原理，每季度围绕分管领域重点问题开展一次专题研学，切实做到学思用贯通、知信行统一。",
          ],
        },
        {
          id: "measures-responsibility",
          title: "切实扛起担当责任",
          hint: { zh: "写抓落实的机制。", en: "Follow-through mechanisms." },
          body: [
            "建立分管领域重点任务清单，实行周调度、月通报，对难点问题亲自研究、亲自协调，确保件件有着落。",
          ],
        },
        {
          id: "measures-people",
          title: "始终践行为民宗旨",
          hint: { zh: "写联系群众的具体做法。", en: "Concrete ways of staying close to the people." },
          body: [
            "每季度到联系点和基层单位蹲点调研，认真倾听群众意见，推动解决群众反映强烈的突出问题。",
          ],
        },
        {
          id: "measures-discipline",
          title: "严守纪律规矩底线",
          hint: { zh: "写廉洁自律和“一岗双责”。", en: "Integrity and dual responsibility." },
          body: [
            "锲而不舍落实中央八项规定精神，认真履行“一岗双责”，加强对分管领域干部的日常监督，以严的要求管好自己、带好队伍。",
          ],
        },
      ],
    },
  ],
  closing: "以上发言，请同志们批评帮助。",
};
