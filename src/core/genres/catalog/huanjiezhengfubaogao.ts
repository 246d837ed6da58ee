/**
 * 政府工作报告 at the first session of a new 人民代表大会 (换届): 过去五年工作回顾, 今后五年的奋斗目标和
 * 主要任务, then this year's work. 年度 is the year of the session (planned). The round of local
 * 换届 falls in 2026–2027; in 2026 the five years reviewed are the “十四五” period itself.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { regionField, yearField } from "./fields";

const levelField = { key: "本级简称", label: { zh: "本级简称（市、县、区）", en: "Level word (市, 县, 区)" }, example: "县", placeholder: "××" };
const headField = { key: "政府首长职务", label: { zh: "报告人职务", en: "Speaker's post" }, example: "县长", placeholder: "××长" };
const speakerField = { key: "报告人", label: { zh: "报告人姓名", en: "Speaker" }, example: "李明", placeholder: "×××" };
const sessionField = { key: "届次", label: { zh: "新一届人民代表大会届次", en: "Number of the new congress" }, example: "十八", placeholder: "××" };
const dateField = { key: "会议日期", label: { zh: "会议日期", en: "Date of the session" }, example: "1月8日", placeholder: "1月××日" };

export const huanjiezhengfubaogao: Genre = {
  ...summaryOf("huanjiezhengfubaogao"),
  fields: [regionField, { ...yearField, label: { zh: "会议年度", en: "Year of the session" }, example: "2027" }, levelField, headField, speakerField, sessionField, dateField],
  titlePattern: "政府工作报告",
  reportTime: "yearStart",
  subtitle: ["——{年度}年{会议日期}在{地区}第{届次}届人民代表大会第一次会议上", "{地区}人民政府{政府首长职务}　{报告人}"],
  addressee: "各位代表：",
  opening:
    "现在，我代表{地区}人民政府，向大会报告过去五年政府工作和今后五年的目标任务，并提出今年的工作安排，请予审议，并请政协委员和其他列席人员提出意见。",
  sections: [
    {
      id: "review",
      title: "过去五年工作回顾",
      hint: { zh: "先用一段总括五年的主要指标，再分条回顾；会议年度决定五年的定位。", en: "Five-year indicators first, then the review by area; the session's year decides how the period is framed." },
      body: [
        {
          byYear: {
            "2026": "过去五年，是“十四五”规划实施的五年。在上级党委、政府和{本级简称}委的坚强领导下，我们团结带领全{本级简称}人民攻坚克难，“十四五”规划主要目标任务圆满完成。",
            "2027": "过去五年，我们经受住了各种风险挑战的考验，推动“十五五”实现良好开局。在上级党委、政府和{本级简称}委的坚强领导下，全{本级简称}经济社会发展取得新的重大成就。",
          },
          otherwise: "过去五年，在上级党委、政府和{本级简称}委的坚强领导下，我们团结带领全{本级简称}人民攻坚克难，经济社会发展取得新的重大成就。",
        },
        "五年来，全{本级简称}地区生产总值由{{五年前地区生产总值}}亿元增加到{{地区生产总值}}亿元，年均增长{{五年年均增速}}%；一般公共预算收入年均增长{{财政收入年均增速}}%；城乡居民人均可支配收入分别年均增长{{城镇居民收入年均增速}}%和{{农村居民收入年均增速}}%。",
      ],
      subsections: [
        {
          id: "review-economy",
          title: "综合实力持续增强",
          hint: { zh: "写产业结构和重大项目。", en: "Industrial structure and major projects." },
          body: ["五年累计实施重点项目{{五年重点项目数}}个，完成投资{{五年重点项目投资}}亿元，三次产业结构调整为{{三次产业结构}}。"],
        },
        {
          id: "review-livelihood",
          title: "民生福祉不断增进",
          hint: { zh: "写民生支出和民生实事。", en: "Public spending on livelihoods and projects." },
          body: ["五年民生支出累计{{五年民生支出}}亿元，占一般公共预算支出的比重保持在{{民生支出占比}}%以上，一批群众急难愁盼问题得到解决。"],
        },
      ],
      after: [
        "各位代表！五年的成绩来之不易。这是上级党委、政府和{本级简称}委坚强领导的结果，是全{本级简称}人民团结奋斗的结果。在此，我代表{地区}人民政府，向全{本级简称}人民，向各位人大代表和政协委员，向所有关心支持{地区}发展的同志们、朋友们，表示衷心感谢！",
        "在肯定成绩的同时，我们也清醒看到，发展不平衡不充分问题仍然突出，产业转型升级任务艰巨，政府工作还有不少改进空间。我们一定直面问题，切实加以解决。",
      ],
    },
    {
      id: "lessons",
      title: "五年来的主要体会",
      hint: { zh: "写几条规律性认识，不重复成绩。", en: "A few lessons learned, not a repeat of results." },
      body: ["五年的实践使我们深刻认识到：必须坚持党的全面领导，必须坚持以人民为中心，必须坚持高质量发展，必须坚持真抓实干，才能不断开创发展新局面。"],
      subsections: [],
    },
    {
      id: "five-years",
      title: "今后五年的奋斗目标和主要任务",
      hint: { zh: "与“十五五”规划纲要衔接，写五年目标和几项主要任务。", en: "Tied to the 15th plan: five-year goals and main tasks." },
      body: [
        "今后五年，是{地区}推进中国式现代化建设的关键时期。政府工作的总体目标是：锚定“十五五”规划目标任务，到五年末地区生产总值力争达到{{五年目标地区生产总值}}亿元，城乡居民收入增长和经济增长同步，人民群众获得感、幸福感、安全感持续增强。",
      ],
      subsections: [
        {
          id: "five-years-industry",
          title: "着力构建现代化产业体系",
          hint: { zh: "写主导产业和新质生产力。", en: "Leading industries and new quality productive forces." },
          body: ["做强××产业等主导产业，因地制宜发展新质生产力，推动科技创新和产业创新深度融合。"],
        },
        {
          id: "five-years-people",
          title: "着力增进民生福祉",
          hint: { zh: "写就业、教育、医疗、养老等。", en: "Jobs, schools, health, elderly care." },
          body: ["坚持投资于物和投资于人紧密结合，健全覆盖全生命周期的公共服务体系。"],
        },
      ],
    },
    {
      id: "this-year",
      title: "今年工作安排",
      hint: { zh: "写今年的预期目标和重点工作，会议年度决定总体要求的提法。", en: "This year's targets and tasks; the session's year decides the wording." },
      body: [
        {
          byYear: {
            "2026": "今年是“十五五”开局之年，也是新一届政府的开局之年。主要预期目标是：地区生产总值增长{{地区生产总值增长目标}}%左右，一般公共预算收入增长{{一般公共预算收入增长目标}}%，确保“十五五”开好局、起好步。",
            "2027": "今年是“十五五”规划实施的第二年，也是新一届政府全面履职的第一年。主要预期目标是：地区生产总值增长{{地区生产总值增长目标}}%左右，一般公共预算收入增长{{一般公共预算收入增长目标}}%，以优异成绩迎接党的二十一大胜利召开。",
          },
          otherwise: "今年是新一届政府全面履职的第一年。主要预期目标是：地区生产总值增长{{地区生产总值增长目标}}%左右，一般公共预算收入增长{{一般公共预算收入增长目标}}%。",
        },
      ],
      subsections: [],
    },
    {
      id: "government",
      title: "全面加强政府自身建设",
      hint: { zh: "写依法行政、作风建设和廉政建设。", en: "Lawful administration, work style, integrity." },
      body: ["新一届政府将坚持依法行政，自觉接受人大依法监督和政协民主监督，树立和践行正确政绩观，坚持过紧日子，建设人民满意的服务型政府。"],
      subsections: [],
    },
  ],
  closing: "各位代表！新的征程已经开启，新的使命催人奋进。让我们在{本级简称}委的坚强领导下，团结一心、接续奋斗，奋力谱写中国式现代化{地区}篇章！",
};
