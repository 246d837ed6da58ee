/** 述职述廉报告: the five appraisal dimensions 德、能、勤、绩、廉, then shortcomings and plans. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { eightRulesPersonal, theoryPlan, theoryStudy, zhengjiguanPersonal } from "./lines";
import { nameField, postField, unitField, yearField } from "./fields";

export const shuzhishulian: Genre = {
  ...summaryOf("shuzhishulian"),
  fields: [unitField, postField, nameField, yearField],
  titlePattern: "{年度}年度述职述廉报告",
  addressee: "各位领导、同志们：",
  opening:
    "{年度}年，本人担任{单位}{职务}，在上级党委的坚强领导下，在班子成员和全体干部职工的支持配合下，坚持以习近平新时代中国特色社会主义思想为指导，认真履行岗位职责和党风廉政建设责任，较好完成了各项目标任务。现将一年来的思想、工作和廉洁自律情况报告如下：",
  sections: [
    {
      id: "de",
      title: "坚持把政治建设摆在首位，思想政治素质进一步提升",
      hint: { zh: "写“德”：政治立场、理论学习、党性修养，少讲空话多讲做法。", en: "Integrity: political stance, study of theory, Party spirit — concrete practice, not slogans." },
      body: [],
      subsections: [
        {
          id: "de-study",
          title: "深入学习贯彻习近平新时代中国特色社会主义思想",
          hint: { zh: "写学习的制度、次数和收获；所学内容随年度（2025—2026年写二十届四中全会，2026年写政绩观学习教育）。", en: "Study routine, sessions and takeaways; what was studied follows the year (the Fourth Plenum in 2025–26, the 2026 campaign)." },
          body: [
            theoryStudy("始终把理论学习作为首要政治任务，认真落实党委（党组）理论学习中心组学习制度，全年参加集中学习{{集中学习次数}}次，撰写心得体会{{心得体会篇数}}篇，", "自觉用党的创新理论武装头脑、指导实践、推动工作。"),
            zhengjiguanPersonal,
          ],
        },
        {
          id: "de-loyalty",
          title: "坚定拥护“两个确立”、坚决做到“两个维护”",
          hint: { zh: "写政治判断力、领悟力、执行力如何体现在具体工作中。", en: "How political judgement and execution show in concrete work." },
          body: [
            "坚持以党的政治建设为统领，不断提高政治判断力、政治领悟力、政治执行力，严格执行重大事项请示报告制度，对上级党委的决策部署第一时间传达、第一时间部署、第一时间落实，确保政令畅通、落地见效。",
          ],
        },
        {
          id: "de-party-life",
          title: "严肃党内政治生活",
          hint: { zh: "写民主生活会、组织生活会和双重组织生活情况。", en: "Party life meetings, criticism and self-criticism, branch activities." },
          optional: true,
          body: [
            "认真参加民主生活会和所在支部组织生活会，带头开展批评和自我批评，以普通党员身份参加支部主题党日活动{{支部活动次数}}次，按时足额缴纳党费。",
          ],
        },
      ],
    },
    {
      id: "neng",
      title: "聚焦提升履职本领，推动工作的能力进一步增强",
      hint: { zh: "写“能”：业务能力、调查研究、解决难题和改革创新。", en: "Ability: professional skill, research, solving hard problems, reform." },
      body: [],
      subsections: [
        {
          id: "neng-learning",
          title: "加强业务学习",
          hint: { zh: "写围绕分管领域学了什么、培训多少学时。", en: "What you studied for your portfolio, training hours." },
          body: [
            "围绕分管领域的法律法规和政策要求，坚持干中学、学中干，系统学习新质生产力、营商环境、安全生产等方面知识，全年参加各类专题培训{{培训学时}}学时，运用专业思维和专业方法推动工作的能力不断提高。",
          ],
        },
        {
          id: "neng-research",
          title: "坚持调查研究",
          hint: { zh: "写调研课题、成果及转化为政策措施的情况。", en: "Research topics, reports and the measures they led to." },
          body: [
            "大兴调查研究之风，带着问题深入基层和服务对象，全年牵头开展专题调研{{调研课题数}}项，形成调研报告{{调研报告篇数}}篇，推动{{转化政策措施数}}项调研成果转化为政策措施。",
          ],
        },
        {
          id: "neng-innovation",
          title: "推动改革创新",
          hint: { zh: "用“一是……二是……”列出牵头推进的改革事项。", en: "List the reforms you led as 一是……二是……." },
          body: [],
          pointsLead: "坚持以改革破难题、以创新增动能：",
          points: [
            "深化“高效办成一件事”改革，推动涉企事项集成办理",
            "完善分管领域工作制度{{修订制度数}}项，堵塞管理漏洞",
            "推广数字化应用场景，提升工作效率和服务水平",
          ],
        },
      ],
    },
    {
      id: "qin",
      title: "恪尽职守、勤勉敬业，工作作风进一步转变",
      hint: { zh: "写“勤”：工作态度、纪律、深入基层和为民服务。", en: "Diligence: attitude, discipline, time spent at the grassroots." },
      body: [],
      subsections: [
        {
          id: "qin-discipline",
          title: "严守工作纪律",
          hint: { zh: "写考勤、请销假、值班值守等。", en: "Attendance, leave, duty rosters." },
          body: [
            "严格遵守考勤、请销假和值班值守制度，坚持重要工作亲自部署、重大问题亲自过问、关键环节亲自协调，全年无迟到早退、无因私误工。",
          ],
        },
        {
          id: "qin-grassroots",
          title: "深入基层一线",
          hint: { zh: "写下基层次数、解决的实际问题。", en: "Field visits and the problems solved there." },
          body: [
            "坚持把工作重心放在一线，全年深入基层和企业{{下基层天数}}天，现场协调解决问题{{协调解决问题数}}个，切实把为民服务解难题落到实处。",
          ],
        },
      ],
    },
    {
      id: "ji",
      title: "真抓实干、担当作为，各项工作取得新成效",
      hint: { zh: "写“绩”：分管工作的主要成果，用数据说话，与上年对比。", en: "Results: main achievements of your portfolio, with figures and year-on-year comparison." },
      body: [],
      subsections: [
        {
          id: "ji-targets",
          title: "主要目标任务全面完成",
          hint: { zh: "列主要指标完成数和同比增幅，注意“同比增长/下降”的写法。", en: "Headline indicators and year-on-year change." },
          body: [
            "全年分管领域完成固定资产投资{{固定资产投资}}亿元，同比增长{{固定资产投资增速}}%；新引进项目{{新引进项目数}}个，总投资{{新引进项目总投资}}亿元，年初确定的{{年度重点任务数}}项重点任务全部按期完成。",
          ],
        },
        {
          id: "ji-projects",
          title: "重点项目加快推进",
          hint: { zh: "写重点项目的进度和投资完成情况。", en: "Progress and investment of key projects." },
          body: [
            "坚持项目为王，实行重点项目领导包联和清单化管理，{{重点项目数}}个省市重点项目完成年度投资{{重点项目完成投资}}亿元，占年度计划的{{重点项目投资完成率}}%。",
          ],
        },
        {
          id: "ji-livelihood",
          title: "民生实事落地见效",
          hint: { zh: "写民生实事件数、受益群众和满意度。", en: "Public-service projects, beneficiaries, satisfaction." },
          body: [
            "牵头承办的{{民生实事件数}}件民生实事全部办结，惠及群众{{惠及群众人数}}万人，群众满意度达到{{群众满意度}}%。",
          ],
        },
        {
          id: "ji-safety",
          title: "守牢安全稳定底线",
          hint: { zh: "写安全生产、风险化解、信访稳定。", en: "Work safety, risk control, petitions." },
          body: [
            "扎实开展安全生产治本攻坚，排查整改隐患{{整改隐患数}}处，分管领域全年未发生较大以上安全事故；化解信访积案{{化解信访积案数}}件，保持了社会大局和谐稳定。",
          ],
        },
      ],
    },
    {
      id: "lian",
      title: "严守纪律规矩，廉洁自律意识进一步增强",
      hint: { zh: "写“廉”：一岗双责、中央八项规定精神、个人有关事项和家风。", en: "Probity: dual responsibility, the eight-point rules, personal matters, family conduct." },
      body: [],
      subsections: [
        {
          id: "lian-duty",
          title: "认真履行“一岗双责”",
          hint: { zh: "写对分管领域党风廉政建设的部署、检查和谈话提醒。", en: "Integrity work in your portfolio: planning, checks, reminder talks." },
          body: [
            "坚持把党风廉政建设与业务工作同部署、同落实、同检查、同考核，对分管科室和单位开展廉政谈话{{廉政谈话人次}}人次，督促排查廉政风险点{{廉政风险点数}}个并逐一落实防控措施。",
          ],
        },
        {
          id: "lian-eight-rules",
          title: "严格落实中央八项规定精神",
          hint: { zh: "写公务接待、用车、差旅等；2025年度写参加学习教育，2026年度写巩固其成果。", en: "Receptions, cars, travel; the 2025 campaign in 2025, consolidating it in 2026." },
          body: [
            eightRulesPersonal,
          ],
        },
        {
          id: "lian-self",
          title: "管好自己和身边人",
          hint: { zh: "写个人有关事项报告、家风建设、亲属经商办企业等情况。", en: "Personal-matters reporting, family conduct, relatives' business." },
          body: [
            "如实报告个人有关事项，不存在违规收受礼品礼金、违规插手工程项目等问题；注重家庭家教家风，严格要求配偶子女和身边工作人员，自觉接受组织和群众监督。",
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的问题和不足",
      hint: { zh: "问题要具体、真实，避免“学习不够深”之类套话不加事例。", en: "Real, specific shortcomings with examples, not stock phrases." },
      body: [
        "回顾一年来的工作，虽然取得了一定成绩，但对照上级要求和群众期盼，仍存在一些差距和不足。",
      ],
      subsections: [
        {
          id: "problems-theory",
          title: "理论学习的深度还不够",
          hint: { zh: "写学用结合方面的具体不足。", en: "Gaps between study and practice." },
          body: [
            "有时忙于日常事务，系统学习、深入思考不够，运用党的创新理论研究解决分管领域深层次问题的能力还有待提高。",
          ],
        },
        {
          id: "problems-work",
          title: "推动工作的创新办法还不多",
          hint: { zh: "写工作思路、方法上的不足。", en: "Shortcomings of approach and method." },
          body: [
            "面对新情况新问题，习惯于沿用老办法老经验，破解难题的招法不多，部分工作满足于完成任务，追求一流的标准还不够高。",
          ],
        },
        {
          id: "problems-supervision",
          title: "落实“一岗双责”还有差距",
          hint: { zh: "写抓廉政建设、监督管理方面的不足。", en: "Gaps in integrity supervision." },
          body: [
            "对分管领域干部的日常教育管理监督抓得还不够细，有时存在重业务、轻监督的倾向，谈心谈话的针对性有待增强。",
          ],
        },
      ],
    },
    {
      id: "plans",
      title: "下一步打算",
      hint: { zh: "针对上面的问题逐条提出改进措施，与“十五五”规划目标任务衔接。", en: "Measures answering each shortcoming, tied to the 15th Five-Year Plan start." },
      body: [],
      subsections: [
        {
          id: "plans-study",
          title: "持续加强理论武装",
          hint: { zh: "写学习计划和学以致用的举措。", en: "Study plan and applying it." },
          body: [
            theoryPlan("持续深入学习贯彻习近平新时代中国特色社会主义思想，", "把学习成果转化为推动“十五五”规划落地见效的实际成效。"),
          ],
        },
        {
          id: "plans-work",
          title: "全力推动工作提质增效",
          hint: { zh: "写下一年度分管工作的重点目标。", en: "Next year's key goals for your portfolio." },
          body: [],
          pointsLead: "聚焦年度目标任务，重点抓好三个方面：",
          points: [
            "紧盯重点项目和重点指标，确保全年目标任务如期完成",
            "持续优化营商环境，增强发展内生动力",
            "统筹发展和安全，守牢安全生产和社会稳定底线",
          ],
        },
        {
          id: "plans-integrity",
          title: "始终保持清正廉洁",
          hint: { zh: "写严守纪律、廉洁自律的承诺。", en: "Commitment to discipline and integrity." },
          body: [
            "严格遵守党章党规党纪，锲而不舍落实中央八项规定精神，认真履行“一岗双责”，做到干净干事、清白做人。",
          ],
        },
      ],
    },
  ],
  closing: "以上报告，请予评议。",
  signature: "述职人：{姓名}",
  date: "{年度}年12月",
};
