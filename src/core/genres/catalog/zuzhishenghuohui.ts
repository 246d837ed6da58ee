/**
 * 组织生活会个人发言提纲 of an ordinary Party member (the largest group of users): 对照检查 against the
 * topic the branch announces, 批评意见, 整改措施. The areas follow the usual 对照党章、党员标准 form and
 * stand under 存在问题 as （一）–（四）.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, yearField } from "./fields";

const branchField = { key: "党支部", label: { zh: "所在党支部", en: "Party branch" }, example: "综合科党支部", placeholder: "××党支部" };

export const zuzhishenghuohui: Genre = {
  ...summaryOf("zuzhishenghuohui"),
  fields: [branchField, nameField, yearField],
  titlePattern: "{年度}年度组织生活会个人发言提纲",
  subtitle: ["{党支部}　{姓名}"],
  opening:
    "根据{党支部}关于召开{年度}年度组织生活会的安排，我认真学习规定内容，与支部党员谈心谈话，对照党章党规和合格党员标准查找自身不足。现将个人对照检查情况发言如下：",
  sections: [
    {
      id: "last-corrections",
      title: "上次组织生活会整改情况",
      hint: { zh: "逐条写上次查摆问题的整改结果。", en: "Result of each problem raised last time." },
      body: [
        "上次组织生活会查摆的{{上次查摆问题数}}个问题，已整改{{上次已整改数}}个，尚需持续整改的{{上次未完成数}}个已明确整改时限。",
      ],
      subsections: [],
    },
    {
      id: "problems",
      title: "对照检查存在的问题",
      hint: { zh: "检查的方面以支部通知为准，这里给出常用的四个方面，作为（一）至（四）；写自己的具体表现。", en: "Areas follow the branch notice; the four usual ones are given as (1)–(4); be concrete." },
      body: [],
      subsections: [
        {
          id: "problems-study",
          title: "在学习党的创新理论方面",
          hint: { zh: "检查的方面以支部通知为准，这里给出常用的四个方面；写自己的具体表现。", en: "Areas follow the branch notice; four usual ones given; be concrete." },
          body: [
            "参加“三会一课”和主题党日能够按时到会，但自学抓得不够紧，对党的创新理论学得不够系统，学习笔记多、联系岗位思考少。",
          ],
        },
        {
          id: "problems-role",
          title: "在发挥党员先锋模范作用方面",
          hint: { zh: "写岗位上是否做到带头、是否主动承担急难任务。", en: "Leading by example at work, taking on hard tasks." },
          body: [
            "能够完成岗位工作任务，但主动承担急难险重任务的意识还不够强，在业务创新上满足于按部就班，示范带动作用发挥不够。",
          ],
        },
        {
          id: "problems-masses",
          title: "在联系服务群众方面",
          hint: { zh: "写服务对象、窗口工作或社区报到中的表现。", en: "Serving the public, front-desk work, community duty." },
          body: [
            "到社区报到参加志愿服务次数不多，接待服务对象时有时解释政策不够耐心细致，换位思考做得不够。",
          ],
        },
        {
          id: "problems-discipline",
          title: "在遵守纪律规矩方面",
          hint: { zh: "写纪律意识、作风和廉洁方面的小事小节。", en: "Discipline, work style, small matters of integrity." },
          body: [
            "能够遵守党的纪律和单位规章制度，但对纪律规矩的学习不够深入，对工作中的小事小节有时要求不严。",
          ],
        },
      ],
    },
    {
      id: "causes",
      title: "问题产生的原因",
      hint: { zh: "从理想信念、党性修养、宗旨意识找原因。", en: "Causes in conviction, Party spirit and purpose." },
      body: [
        "主要是理论学习的自觉性不够，党性锻炼有所放松，对照合格党员标准严格要求自己做得不够，宗旨意识还需进一步增强。",
      ],
      subsections: [],
    },
    {
      id: "measures",
      title: "整改措施",
      hint: { zh: "针对问题写具体做法和时间，便于支部检查。", en: "Concrete measures and dates the branch can check." },
      body: [],
      pointsLead: "针对以上问题，我将重点做到：",
      points: [
        "每月至少精读{{每月精读篇数}}篇理论文章，结合岗位写学习体会",
        "在本岗位主动承担一项攻坚任务，年内拿出可检验的成果",
        "每季度到社区报到参加志愿服务不少于{{每季度志愿服务次数}}次",
      ],
      subsections: [],
    },
  ],
  closing: "以上发言，请同志们批评帮助。",
};
