/** 述职报告: a cadre's account of the year's duties, organised by lines of work. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { theoryStudy, zhengjiguanPersonal } from "./lines";
import { nameField, postField, unitField, yearField } from "./fields";

export const shuzhi: Genre = {
  ...summaryOf("shuzhi"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度述职报告",
  addressee: "各位领导、同志们：",
  opening:
    "本人自任{单位}{职务}以来，始终坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，团结带领班子成员和干部职工，扎实履行岗位职责，各项工作取得了新的进展。现将{年度}年度履职情况报告如下：",
  sections: [
    {
      id: "politics",
      title: "坚持理论武装，把牢正确政治方向",
      hint: { zh: "写政治理论学习和贯彻落实上级部署的情况。", en: "Study of theory and carrying out decisions from above." },
      body: [],
      subsections: [
        {
          id: "politics-study",
          title: "抓实理论学习",
          hint: { zh: "写学习制度、学习内容和成果；2026年度写参加政绩观学习教育。", en: "Study routine, contents, outcomes; in 2026, the campaign on the right view of performance." },
          body: [
            theoryStudy("认真落实“第一议题”制度，全年组织班子集中学习{{集中学习次数}}次，专题研讨{{专题研讨次数}}次，", "切实把学习成果转化为谋划发展的思路举措。"),
            zhengjiguanPersonal,
          ],
        },
        {
          id: "politics-implementation",
          title: "抓好贯彻落实",
          hint: { zh: "写对上级重大决策部署的落实机制。", en: "How decisions from above were implemented." },
          body: [
            "建立重点任务台账和督查督办机制，对上级交办的{{交办事项数}}项重点事项逐项明确责任人和完成时限，办结率达到{{交办事项办结率}}%。",
          ],
        },
      ],
    },
    {
      id: "core-work",
      title: "聚焦中心任务，推动主责主业提质增效",
      hint: { zh: "写本岗位最主要的业务成果，用具体数据体现。", en: "Main results of the post, with figures." },
      body: [],
      subsections: [
        {
          id: "core-work-targets",
          title: "年度目标顺利完成",
          hint: { zh: "写主要指标完成情况和同比变化。", en: "Headline indicators and year-on-year change." },
          body: [
            "全年承担的{{年度重点任务数}}项重点任务完成{{完成重点任务数}}项，{{考核指标数}}项考核指标全部达到或超过年度目标，在{{上级单位考核}}中获评{{考核等次}}。",
          ],
        },
        {
          id: "core-work-business",
          title: "经营业绩稳步提升",
          hint: { zh: "企业负责人适用（机关不勾选）：写营业收入、利润总额及同比。", en: "Enterprise heads only: revenue and profit, year on year." },
          optional: true,
          body: [
            "全年实现营业收入{{营业收入}}亿元，同比增长{{营业收入增速}}%；实现利润总额{{利润总额}}亿元，同比增长{{利润总额增速}}%，主要经营指标均好于年初预期。",
          ],
        },
        {
          id: "core-work-projects",
          title: "重点工作取得突破",
          hint: { zh: "写牵头推进的重点工作和标志性成果。", en: "Key tasks led and landmark results." },
          body: [],
          pointsLead: "围绕年度重点工作精准发力：",
          points: [
            "牵头推进{{重点项目数}}个重点项目，{{建成项目数}}个按期建成",
            "推进数字化转型，建成投用智慧管理平台",
            "解决群众和企业反映的突出问题{{解决突出问题数}}个",
          ],
        },
        {
          id: "core-work-service",
          title: "服务水平持续提升",
          hint: { zh: "写服务对象满意度、办事效率等。", en: "Service quality and satisfaction." },
          body: [
            "持续优化服务流程，压减办理时限{{压减办理时限比例}}%，全年受理服务事项{{受理服务事项数}}件，服务对象满意度保持在{{满意度}}%以上。",
          ],
        },
      ],
    },
    {
      id: "reform",
      title: "深化改革创新，增强发展内生动力",
      hint: { zh: "写体制机制改革和创新举措。", en: "Institutional reform and innovations." },
      body: [],
      subsections: [
        {
          id: "reform-mechanism",
          title: "完善体制机制",
          hint: { zh: "写制度建设和流程再造。", en: "Rules and process redesign." },
          body: [
            "围绕权责清晰、运转高效的目标，修订完善内部管理制度{{修订制度数}}项，理顺部门职责和工作流程，决策执行效率明显提高。",
          ],
        },
        {
          id: "reform-innovation",
          title: "激发创新活力",
          hint: { zh: "写工作方法创新和数字化应用；企业负责人可改写研发投入和专利。", en: "New working methods and digital tools; enterprise heads may write R&D and patents." },
          body: [
            "推动{{创新举措数}}项工作创新举措落地，上线运行数字化应用{{数字化应用数}}个，{{创新成果数}}项创新成果在系统内推广应用。",
          ],
        },
      ],
    },
    {
      id: "team",
      title: "加强班子和队伍建设，凝聚干事创业合力",
      hint: { zh: "写班子团结、干部培养和激励机制。", en: "Team unity, cadre development, incentives." },
      body: [],
      subsections: [
        {
          id: "team-leadership",
          title: "建强领导班子",
          hint: { zh: "写民主集中制执行和班子团结。", en: "Democratic centralism and unity of the leadership team." },
          body: [
            "严格执行民主集中制，凡属“三重一大”事项均经集体研究决定，全年召开班子会议{{班子会议次数}}次，班子成员之间互相支持、补台不拆台。",
          ],
        },
        {
          id: "team-cadres",
          title: "抓好干部队伍",
          hint: { zh: "写干部培训、选拔和关心关爱。", en: "Training, promotion and care of staff." },
          body: [
            "坚持严管和厚爱结合、激励和约束并重，组织干部职工培训{{培训人次}}人次，选拔使用优秀年轻干部{{选拔年轻干部数}}名，形成了能者上、优者奖的鲜明导向。",
          ],
        },
      ],
    },
    {
      id: "party",
      title: "落实全面从严治党责任，营造风清气正环境",
      hint: { zh: "写第一责任人职责、党风廉政建设和个人廉洁情况。", en: "Responsibility for Party discipline and personal integrity." },
      body: [],
      subsections: [
        {
          id: "party-responsibility",
          title: "履行第一责任人职责",
          hint: { zh: "写对党风廉政建设的研究部署和督促检查。", en: "Planning and checking of integrity work." },
          body: [
            "认真履行管党治党第一责任人职责，全年专题研究党风廉政建设工作{{专题研究次数}}次，与班子成员和部门负责人签订责任书，层层压实管党治党责任。",
          ],
        },
        {
          id: "party-integrity",
          title: "带头廉洁自律",
          hint: { zh: "写执行中央八项规定精神和个人有关事项。", en: "Eight-point rules and personal matters." },
          body: [
            "严格遵守中央八项规定及其实施细则精神，如实报告个人有关事项，不搞特权、不谋私利，要求别人做到的自己首先做到。",
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的问题和不足",
      hint: { zh: "写真实、具体的问题，每条配一个事例。", en: "Real, specific shortcomings with an example each." },
      body: [
        "一年来的工作虽然取得了一些成绩，但与上级要求和群众期盼相比还有差距：战略谋划的前瞻性还不够强，有的工作推进节奏偏慢；创新发展的办法还不够多，对新业态新领域研究不深；干部队伍的专业化水平与高质量发展要求还不完全适应。",
      ],
      subsections: [],
    },
    {
      id: "plans",
      title: "下一步工作打算",
      hint: { zh: "针对问题提出改进措施，与“十五五”规划目标任务衔接。", en: "Measures answering the shortcomings, tied to the 15th Five-Year Plan." },
      body: [],
      subsections: [
        {
          id: "plans-goals",
          title: "锚定目标抓落实",
          hint: { zh: "写下一年度主要目标。", en: "Next year's main goals." },
          body: [
            "紧扣“十五五”规划目标任务，科学制定下一年度工作计划，把{{下年度重点任务数}}项重点任务逐项分解到岗、明确时限，确保按期完成。",
          ],
        },
        {
          id: "plans-capacity",
          title: "提升本领强作风",
          hint: { zh: "写个人学习提升和作风建设。", en: "Personal development and work style." },
          body: [
            "坚持学思用贯通、知信行统一，持续提升专业能力和领导水平，力戒形式主义、官僚主义，以过硬作风推动各项工作落地见效。",
          ],
        },
      ],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "述职人：{姓名}",
  date: "{年度}年12月",
};
