/** 个人年度工作总结: one person's year, by 思想 / 业务 / 学习 / 作风, then shortcomings and plans. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

export const gerennianduzongjie: Genre = {
  ...summaryOf("gerennianduzongjie"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度个人工作总结",
  opening:
    "{年度}年，本人在{单位}{职务}岗位上，在单位党组织和领导的关心指导下，在同事们的支持帮助下，认真履行岗位职责，较好完成了各项工作任务。现将一年来的工作总结如下：",
  sections: [
    {
      id: "thinking",
      title: "思想政治方面",
      hint: { zh: "写理论学习和政治表现，结合个人实际。", en: "Study of theory and political conduct, in your own terms." },
      body: [],
      subsections: [
        {
          id: "thinking-study",
          title: "坚持学懂弄通做实",
          hint: { zh: "写参加学习的次数、内容和体会。", en: "Study sessions, content, takeaways." },
          body: [
            "认真学习习近平新时代中国特色社会主义思想和党的二十大、二十届历次全会精神，积极参加支部“三会一课”和主题党日活动{{参加活动次数}}次，撰写学习笔记{{学习笔记字数}}万字。",
          ],
        },
        {
          id: "thinking-stance",
          title: "坚定政治立场",
          hint: { zh: "写在大是大非面前的态度和贯彻落实情况。", en: "Political stance and following decisions." },
          body: [
            "始终在思想上政治上行动上同党中央保持高度一致，自觉把思想和行动统一到上级决策部署上来，立足岗位抓好贯彻落实。",
          ],
        },
      ],
    },
    {
      id: "work",
      title: "业务工作方面",
      hint: { zh: "写岗位职责内的主要工作和成绩，尽量量化。", en: "Main tasks of the post and results, quantified." },
      body: [],
      subsections: [
        {
          id: "work-duties",
          title: "扎实完成本职工作",
          hint: { zh: "写日常工作量。", en: "Workload of routine duties." },
          body: [
            "全年办理各类文件{{办理文件件数}}件，起草材料{{起草材料篇数}}篇，承办会议{{承办会议次数}}次，做到了件件有着落、事事有回音。",
          ],
        },
        {
          id: "work-key-tasks",
          title: "积极承担重点任务",
          hint: { zh: "写牵头或参与的重点工作。", en: "Key tasks led or joined." },
          body: [],
          pointsLead: "主动承担急难险重任务：",
          points: [
            "参与“十五五”规划编制相关工作，完成专题研究{{专题研究数}}项",
            "牵头推进信息化项目建设，按期完成上线运行",
            "承担年度考核迎检工作，相关指标考核位居前列",
          ],
        },
        {
          id: "work-service",
          title: "用心做好服务保障",
          hint: { zh: "写服务群众、服务基层的情况。", en: "Service to the public and front-line units." },
          body: [
            "坚持热情服务、规范办事，全年接待办事群众{{接待群众人次}}人次，未发生一起投诉。",
          ],
        },
      ],
    },
    {
      id: "learning",
      title: "学习提升方面",
      hint: { zh: "写业务学习、培训和能力提升。", en: "Professional learning and training." },
      body: [],
      subsections: [
        {
          id: "learning-training",
          title: "参加教育培训",
          hint: { zh: "写培训学时、取得的证书。", en: "Training hours, certificates." },
          body: [
            "积极参加干部网络学院和各类业务培训，全年完成学习{{培训学时}}学时，取得{{取得证书数}}项职业资格证书。",
          ],
        },
        {
          id: "learning-practice",
          title: "在实践中增长本领",
          hint: { zh: "写向实践学习、向同事学习。", en: "Learning on the job and from colleagues." },
          body: [
            "坚持在干中学、在学中干，主动向老同志请教，向基层一线学习，综合文字、协调沟通和解决实际问题的能力明显提升。",
          ],
        },
      ],
    },
    {
      id: "conduct",
      title: "作风纪律方面",
      hint: { zh: "写遵守纪律、廉洁自律和工作作风。", en: "Discipline, integrity, work style." },
      body: [],
      subsections: [
        {
          id: "conduct-discipline",
          title: "严守纪律规矩",
          hint: { zh: "写遵守工作纪律和中央八项规定精神。", en: "Work rules and the eight-point rules." },
          body: [
            "严格遵守党的纪律和单位各项规章制度，自觉落实中央八项规定精神，做到不该去的地方不去、不该拿的东西不拿。",
          ],
        },
        {
          id: "conduct-style",
          title: "保持良好作风",
          hint: { zh: "写工作态度和团结协作。", en: "Attitude and teamwork." },
          body: [
            "坚持严谨细致、求真务实，服从工作安排，团结同事，主动补位，加班加点完成急难任务不讲条件。",
          ],
        },
      ],
    },
    {
      id: "shortcomings",
      title: "存在的不足",
      hint: { zh: "写两三条真实不足，语气诚恳。", en: "Two or three real shortcomings, candidly." },
      body: [
        "回顾一年来的工作，自身还存在一些不足：理论学习的系统性还不够，有时满足于完成任务；工作中开拓创新意识不强，办法不多；对新领域新业务的研究还不够深入。",
      ],
      subsections: [],
    },
    {
      id: "direction",
      title: "下一年度努力方向",
      hint: { zh: "针对不足写改进打算。", en: "How you will address the shortcomings." },
      body: [],
      subsections: [
        {
          id: "direction-study",
          title: "进一步加强学习",
          hint: { zh: "写学习计划。", en: "Study plan." },
          body: [
            "持续深入学习党的创新理论和业务知识，努力做到学以致用、用以促学。",
          ],
        },
        {
          id: "direction-work",
          title: "进一步提升工作质效",
          hint: { zh: "写工作目标和改进措施。", en: "Work targets and improvements." },
          body: [
            "立足岗位职责，围绕单位年度重点任务，在提高工作标准、创新工作方法上下功夫，争创一流业绩。",
          ],
        },
      ],
    },
  ],
  closing: "以上是本人一年来的工作总结，不妥之处，恳请领导和同志们批评指正。",
  signature: "总结人：{姓名}",
  date: "{年度}年12月",
};
