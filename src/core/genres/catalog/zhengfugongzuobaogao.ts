/** 政府工作报告 of a local government: review of last year, this year's goals, key tasks. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { regionField, yearField } from "./fields";

/** 市/县/区: the level word, so a county report reads 县委, 全县, 县级 rather than 市委, 全市, 市级. */
const levelField = {
  key: "本级简称",
  label: { zh: "本级简称（市、县、区）", en: "Level word (市, 县, 区)" },
  example: "市",
  placeholder: "××",
};
const headField = { key: "政府首长职务", label: { zh: "报告人职务", en: "Speaker's post" }, example: "市长", placeholder: "××长" };
const speakerField = { key: "报告人", label: { zh: "报告人姓名", en: "Speaker" }, example: "李明", placeholder: "×××" };
const sessionField = { key: "届次", label: { zh: "人民代表大会届次", en: "Congress number" }, example: "十七", placeholder: "××" };
const meetingField = { key: "会次", label: { zh: "会议次数", en: "Session number" }, example: "七", placeholder: "××" };
const dateField = { key: "会议日期", label: { zh: "会议日期", en: "Date of the session" }, example: "1月12日", placeholder: "1月××日" };

export const zhengfugongzuobaogao: Genre = {
  ...summaryOf("zhengfugongzuobaogao"),
  fields: [
    regionField,
    { ...yearField, label: { zh: "报告年度", en: "Year of the report" }, example: "2027" },
    levelField,
    headField,
    speakerField,
    sessionField,
    meetingField,
    dateField,
  ],
  // A plan: 年度 is the year planned, spoken from its start.
  reportTime: "yearStart",
  titlePattern: "政府工作报告",
  // 题注 under the title instead of a 落款: occasion, then the speaker (GB/T 9704 has no rule; this is the usual form).
  subtitle: ["——{年度}年{会议日期}在{地区}第{届次}届人民代表大会第{会次}次会议上", "{地区}人民政府{政府首长职务}　{报告人}"],
  addressee: "各位代表：",
  opening:
    "现在，我代表{地区}人民政府，向大会报告政府工作，请予审议，并请政协委员和其他列席人员提出意见。",
  sections: [
    {
      id: "review",
      title: "过去一年工作回顾",
      hint: { zh: "先用一段写主要指标，再分条回顾；末尾是致谢段和问题段。报告年度决定开头怎么定位上一年。", en: "Headline indicators, then the review by area; ends with thanks and problems. The report year decides how last year is framed." },
      body: [
        {
          // 年度 is the year the report is given: in 2027 the year reviewed (2026) was the plan's first.
          byYear: {
            "2026": "过去一年，“十四五”规划圆满收官。面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在上级党委、政府和{本级简称}委的坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，圆满完成{本级简称}人代会确定的目标任务。全{本级简称}地区生产总值达到{{地区生产总值}}亿元、增长{{地区生产总值增速}}%；一般公共预算收入{{一般公共预算收入}}亿元、增长{{一般公共预算收入增速}}%；城镇和农村居民人均可支配收入分别增长{{城镇居民收入增速}}%和{{农村居民收入增速}}%。",
            "2027": "过去一年，是“十五五”规划开局之年。面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在上级党委、政府和{本级简称}委的坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，圆满完成{本级简称}人代会确定的目标任务。全{本级简称}地区生产总值达到{{地区生产总值}}亿元、增长{{地区生产总值增速}}%；一般公共预算收入{{一般公共预算收入}}亿元、增长{{一般公共预算收入增速}}%；城镇和农村居民人均可支配收入分别增长{{城镇居民收入增速}}%和{{农村居民收入增速}}%。",
          },
          otherwise: "过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在上级党委、政府和{本级简称}委的坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，圆满完成{本级简称}人代会确定的目标任务。全{本级简称}地区生产总值达到{{地区生产总值}}亿元、增长{{地区生产总值增速}}%；一般公共预算收入{{一般公共预算收入}}亿元、增长{{一般公共预算收入增速}}%；城镇和农村居民人均可支配收入分别增长{{城镇居民收入增速}}%和{{农村居民收入增速}}%。",
        },
      ],
      subsections: [
        {
          id: "review-economy",
          title: "坚持稳中求进，经济运行回升向好",
          hint: { zh: "写投资、消费、外贸和项目。", en: "Investment, consumption, trade, projects." },
          body: [
            "全年固定资产投资增长{{固定资产投资增速}}%，社会消费品零售总额{{社会消费品零售总额}}亿元、增长{{社会消费品零售总额增速}}%，{{重点项目数}}个{本级简称}级重点项目完成投资{{重点项目完成投资}}亿元。",
          ],
        },
        {
          id: "review-industry",
          title: "坚持创新驱动，产业体系加快升级",
          hint: { zh: "写工业、科技创新和新质生产力。", en: "Industry, innovation, new quality productive forces." },
          body: [
            "规模以上工业增加值增长{{规上工业增加值增速}}%，新增高新技术企业{{新增高新技术企业数}}家，全社会研发经费投入强度达到{{研发投入强度}}%，战略性新兴产业产值占规上工业比重提高{{战新产业占比提高}}个百分点。",
          ],
        },
        {
          id: "review-reform",
          title: "坚持改革开放，发展活力持续释放",
          hint: { zh: "写营商环境、国企改革、对外开放。", en: "Business environment, SOE reform, opening up." },
          body: [
            "纵深推进“高效办成一件事”改革，新增经营主体{{新增经营主体数}}万户；实际使用外资{{实际使用外资}}亿美元，进出口总额{{进出口总额}}亿元。",
          ],
        },
        {
          id: "review-urban-rural",
          title: "坚持城乡融合，区域发展更加协调",
          hint: { zh: "写乡村振兴、城市更新。", en: "Rural revitalisation, urban renewal." },
          body: [
            "粮食总产量稳定在{{粮食总产量}}万吨，改造城镇老旧小区{{改造老旧小区数}}个，常住人口城镇化率达到{{城镇化率}}%。",
          ],
        },
        {
          id: "review-ecology",
          title: "坚持绿色发展，生态环境持续改善",
          hint: { zh: "写空气、水、减排指标。", en: "Air, water, emissions." },
          body: [
            "空气质量优良天数比例达到{{空气优良天数比例}}%，国控省控断面水质优良比例达到{{水质优良比例}}%，单位地区生产总值能耗下降{{单位能耗下降}}%。",
          ],
        },
        {
          id: "review-livelihood",
          title: "坚持人民至上，民生福祉不断增进",
          hint: { zh: "写就业、教育、医疗、养老和民生实事。", en: "Jobs, schools, health, elderly care, welfare projects." },
          body: [
            "民生支出占一般公共预算支出的{{民生支出占比}}%，城镇新增就业{{城镇新增就业}}万人，新建改扩建中小学和幼儿园{{新建改扩建学校数}}所，年初承诺的{{民生实事件数}}件民生实事全部办结。",
          ],
        },
        {
          id: "review-security",
          title: "坚持统筹发展和安全，社会大局和谐稳定",
          hint: { zh: "写安全生产、风险化解、社会治理。", en: "Work safety, risk resolution, social governance." },
          body: [
            "安全生产形势持续稳定，地方政府债务风险有效管控，信访积案化解率达到{{信访积案化解率}}%，平安建设群众满意度保持在{{平安建设满意度}}%以上。",
          ],
        },
      ],
      after: [
        "这些成绩的取得，根本在于以习近平同志为核心的党中央的坚强领导，在于习近平新时代中国特色社会主义思想的科学指引，是{本级简称}委团结带领全{本级简称}人民团结奋斗的结果。在此，我代表{地区}人民政府，向全{本级简称}人民，向人大代表、政协委员，向各民主党派、工商联、无党派人士和各人民团体，向所有关心支持{地区}发展的同志们、朋友们，表示衷心感谢！",
        "在肯定成绩的同时，我们也清醒看到，经济持续回升向好的基础还不稳固，有效需求不足，部分企业生产经营困难，民生领域还有不少短板，政府工作还存在一些不足。我们一定直面问题挑战，竭尽全力做好工作，决不辜负人民期待。",
      ],
    },
    {
      id: "targets",
      title: "今年总体要求和预期目标",
      hint: { zh: "写形势判断、总体要求和主要预期指标。", en: "Outlook, overall requirements, target indicators." },
      body: [],
      subsections: [
        {
          id: "targets-requirements",
          title: "总体要求",
          hint: { zh: "写指导思想和总体要求的标准表述。", en: "Guiding principles and overall requirements." },
          body: [
            {
              byYear: {
                "2026": "今年政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，扎实推动高质量发展，确保“十五五”开好局、起好步。",
                "2027": "今年政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，扎实推动高质量发展，巩固拓展“十五五”良好开局态势，以优异成绩迎接党的二十一大胜利召开。",
              },
              otherwise: "今年政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，扎实推动高质量发展，推动“十五五”规划目标任务落地见效。",
            },
          ],
        },
        {
          id: "targets-indicators",
          title: "主要预期目标",
          hint: { zh: "逐项列出预期目标数值。", en: "Each target indicator with its value." },
          body: [
            "今年全{本级简称}发展的主要预期目标是：地区生产总值增长{{地区生产总值增长目标}}%左右；一般公共预算收入增长{{一般公共预算收入增长目标}}%；城乡居民收入增长与经济增长同步；城镇调查失业率控制在{{城镇调查失业率目标}}%以内；节能减排降碳完成上级下达任务。",
          ],
        },
        {
          id: "targets-principles",
          title: "工作中把握的原则",
          hint: { zh: "用“一是……二是……”写需要把握的几个原则。", en: "Working principles as 一是……二是……." },
          body: [],
          pointsLead: "做好今年政府工作，必须把握好以下原则：",
          points: [
            "坚持稳中求进、以进促稳，巩固和增强经济回升向好态势",
            "坚持改革创新、开放合作，持续激发发展动力活力",
            "坚持民生优先、尽力而为、量力而行，让发展成果更多更公平惠及全体人民",
          ],
        },
      ],
    },
    {
      id: "tasks",
      title: "今年重点工作",
      hint: { zh: "按领域分条写今年任务，每条先写目标再写举措。", en: "This year's tasks by area: goal, then measures." },
      body: [],
      subsections: [
        {
          id: "tasks-demand",
          title: "着力扩大有效需求，推动经济稳定增长",
          hint: { zh: "写投资、消费和项目建设举措。", en: "Investment, consumption, projects." },
          body: [
            "实施{本级简称}级重点项目{{今年重点项目数}}个、年度计划投资{{今年重点项目计划投资}}亿元，落实提振消费专项行动，培育壮大新型消费。",
          ],
        },
        {
          id: "tasks-industry",
          title: "着力发展新质生产力，加快建设现代化产业体系",
          hint: { zh: "写产业升级、科技创新、数字经济。", en: "Industrial upgrading, innovation, digital economy." },
          body: [],
          pointsLead: "坚持以科技创新引领产业创新：",
          points: [
            "推动传统产业高端化、智能化、绿色化改造",
            "培育壮大新一代信息技术、新能源、新材料等新兴产业",
            "实施数字经济提质行动，推进数字技术与实体经济深度融合",
          ],
        },
        {
          id: "tasks-reform",
          title: "着力深化改革开放，持续优化营商环境",
          hint: { zh: "写重点改革和开放举措。", en: "Key reforms and opening-up measures." },
          body: [
            "落实全国统一大市场建设要求，深化国资国企改革，支持民营经济发展壮大，稳外贸稳外资，打造市场化法治化国际化一流营商环境。",
          ],
        },
        {
          id: "tasks-rural",
          title: "着力推进乡村全面振兴，促进城乡融合发展",
          hint: { zh: "写粮食安全、乡村建设、城市更新。", en: "Food security, rural development, urban renewal." },
          body: [
            "稳定粮食播种面积和产量，建设高标准农田{{高标准农田建设面积}}万亩，学习运用“千万工程”经验，扎实推进城市更新行动。",
          ],
        },
        {
          id: "tasks-ecology",
          title: "着力加强生态文明建设，推动绿色低碳发展",
          hint: { zh: "写污染防治、降碳和生态保护。", en: "Pollution control, carbon, ecology." },
          body: [
            "持续深入打好蓝天、碧水、净土保卫战，积极稳妥推进碳达峰碳中和，加快发展方式绿色转型。",
          ],
        },
        {
          id: "tasks-livelihood",
          title: "着力保障和改善民生，提升公共服务水平",
          hint: { zh: "写就业、教育、医疗、养老和民生实事。", en: "Jobs, education, health, elderly care." },
          body: [
            "实施就业优先战略，办好{{今年民生实事件数}}件民生实事，推进优质教育、医疗资源扩容下沉，完善养老托育服务体系。",
          ],
        },
        {
          id: "tasks-security",
          title: "着力统筹发展和安全，推进治理体系和治理能力现代化",
          hint: { zh: "写安全生产、风险防范和基层治理。", en: "Work safety, risk prevention, local governance." },
          body: [
            "深化安全生产治本攻坚，稳妥化解地方债务等重点领域风险，坚持和发展新时代“枫桥经验”，建设更高水平的平安{地区}。",
          ],
        },
      ],
    },
    {
      id: "self-building",
      title: "全面加强政府自身建设",
      hint: { zh: "写政治建设、法治政府、廉洁政府和作风建设。", en: "Political loyalty, rule of law, clean government, work style." },
      body: [],
      subsections: [
        {
          id: "self-building-politics",
          title: "坚持旗帜鲜明讲政治",
          hint: { zh: "写政府系统的政治建设。", en: "Political building of the government." },
          body: [
            "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，确保党中央决策部署不折不扣落实。",
          ],
        },
        {
          id: "self-building-law",
          title: "坚持依法行政",
          hint: { zh: "写法治政府建设和接受监督。", en: "Rule of law and oversight." },
          body: [
            "自觉接受人大法律监督、工作监督和政协民主监督，认真办理人大代表建议和政协委员提案，全面推进严格规范公正文明执法。",
          ],
        },
        {
          id: "self-building-integrity",
          title: "坚持廉洁从政和务实作风",
          hint: { zh: "写党风廉政建设和过紧日子。", en: "Integrity and frugal government." },
          body: [
            "锲而不舍落实中央八项规定精神，政府带头过紧日子，持续整治形式主义为基层减负，以实干实绩取信于民。",
          ],
        },
      ],
    },
  ],
  closing:
    "各位代表！新征程上，我们要更加紧密地团结在以习近平同志为核心的党中央周围，在{本级简称}委的坚强领导下，凝心聚力、真抓实干，奋力推动“十五五”规划目标任务落地见效，为谱写中国式现代化{地区}篇章作出新的更大贡献！",
};
