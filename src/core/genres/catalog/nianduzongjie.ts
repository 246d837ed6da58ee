/** 年度工作总结 of a unit: 基本情况 → 主要工作和成效 → 经验做法 → 存在问题 → 下一年打算. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { eightRulesUnit, theoryStudy, zhengjiguanUnit } from "./lines";
import { unitField, yearField } from "./fields";

export const nianduzongjie: Genre = {
  ...summaryOf("nianduzongjie"),
  fields: [unitField, yearField],
  titlePattern: "{单位}{年度}年度工作总结",
  opening:
    "{年度}年，{单位}坚持以习近平新时代中国特色社会主义思想为指导，锚定“十五五”规划目标任务，认真落实上级各项决策部署，圆满完成了全年目标任务。现将全年工作总结如下：",
  sections: [
    {
      id: "overview",
      title: "基本情况",
      hint: { zh: "简述单位职能、人员和全年主要指标完成情况。", en: "Brief profile and headline indicators for the year." },
      body: [
        "{单位}现有在职干部职工{{在职人数}}人，内设机构{{内设机构数}}个。全年承担的{{年度重点任务数}}项重点任务完成{{完成重点任务数}}项，{{考核指标数}}项考核指标全部达到或超过年度目标。",
      ],
      subsections: [
        {
          id: "overview-enterprise",
          title: "经营指标完成情况",
          hint: { zh: "企业适用（机关不勾选）：写营业收入、利润总额和上缴税费。", en: "Enterprises only: revenue, total profit, taxes paid." },
          optional: true,
          body: [
            "全年实现营业收入{{营业收入}}亿元，同比增长{{营业收入增速}}%；实现利润总额{{利润总额}}亿元，同比增长{{利润总额增速}}%；上缴税费{{上缴税费}}亿元。",
          ],
        },
      ],
    },
    {
      id: "achievements",
      title: "主要工作和成效",
      hint: { zh: "按工作板块分条写，每条先写做法再写数据和成效。", en: "By line of work: what was done, then figures and effect." },
      body: [],
      subsections: [
        {
          id: "achievements-development",
          title: "聚焦高质量发展，经济运行稳中向好",
          hint: { zh: "写主要经济指标和增长动力。", en: "Economic indicators and growth drivers." },
          body: [
            "坚持稳中求进工作总基调，全年完成固定资产投资{{固定资产投资}}亿元，同比增长{{固定资产投资增速}}%；新签约项目{{新签约项目数}}个，协议投资{{协议投资额}}亿元。",
          ],
        },
        {
          id: "achievements-innovation",
          title: "聚焦创新驱动，发展动能持续增强",
          hint: { zh: "写创新举措和数字化应用；企业可写研发投入和专利。", en: "Innovation and digital tools; enterprises add R&D and patents." },
          body: [],
          pointsLead: "坚持把创新摆在突出位置：",
          points: [
            "推出{{创新举措数}}项创新举措，{{推广经验数}}项经验做法在系统内推广",
            "建成投用{{数字化应用数}}个数字化应用场景，办事效率明显提高",
            "与{{合作单位数}}家高校和科研机构开展合作，解决实际问题{{解决难题数}}个",
          ],
        },
        {
          id: "achievements-reform",
          title: "聚焦改革攻坚，体制机制不断完善",
          hint: { zh: "写年度改革任务完成情况。", en: "Reform tasks of the year." },
          body: [
            "扎实推进年度改革任务{{改革任务数}}项，修订完善制度{{修订制度数}}项，流程更加规范，运行效率进一步提升。",
          ],
        },
        {
          id: "achievements-livelihood",
          title: "聚焦民生福祉，职工群众获得感不断提升",
          hint: { zh: "写民生实事、职工收入、帮扶救助。", en: "Welfare projects, staff income, support." },
          body: [
            "全年办理职工群众身边实事{{办理实事件数}}件，职工人均收入同比增长{{职工收入增速}}%，帮扶困难职工{{帮扶困难职工人数}}人次。",
          ],
        },
        {
          id: "achievements-safety",
          title: "聚焦安全稳定，风险防线牢固可靠",
          hint: { zh: "写安全生产、风险防控、信访稳定。", en: "Work safety, risk control, stability." },
          body: [
            "深入开展安全生产治本攻坚，排查整改隐患{{整改隐患数}}项，全年未发生较大及以上安全生产事故，未发生重大信访和群体性事件。",
          ],
        },
      ],
    },
    {
      id: "party-building",
      title: "党的建设",
      hint: { zh: "写党建引领、全面从严治党和队伍建设。", en: "Party building, strict governance, staff." },
      body: [],
      subsections: [
        {
          id: "party-building-theory",
          title: "理论武装持续深化",
          hint: { zh: "写理论学习和学习教育；所学内容和学习教育随年度。", en: "Study of theory and the year's Party education campaign." },
          body: [
            theoryStudy("认真落实“第一议题”制度，", "开展中心组学习{{中心组学习次数}}次、专题宣讲{{专题宣讲场次}}场。"),
            zhengjiguanUnit,
          ],
        },
        {
          id: "party-building-discipline",
          title: "全面从严治党纵深推进",
          hint: { zh: "写中央八项规定精神落实、廉政教育、监督执纪。", en: "Eight-point rules, integrity education, discipline." },
          body: [
            eightRulesUnit,
          ],
        },
      ],
    },
    {
      id: "experience",
      title: "主要经验和做法",
      hint: { zh: "提炼两三条可复制的经验，不要重复成效。", en: "Two or three lessons others can reuse; do not repeat results." },
      body: [],
      subsections: [
        {
          id: "experience-leadership",
          title: "坚持党建引领是根本保证",
          hint: { zh: "写党建与业务融合的体会。", en: "How Party building drove the work." },
          body: [
            "实践证明，只有把党的领导贯穿工作全过程，推动党建与业务深度融合，才能凝聚起攻坚克难的强大合力。",
          ],
        },
        {
          id: "experience-implementation",
          title: "坚持真抓实干是关键所在",
          hint: { zh: "写抓落实的机制体会。", en: "What made execution work." },
          body: [
            "坚持项目化推进、清单化管理、闭环式落实，重点工作实行周调度、月通报，确保各项任务落地见效。",
          ],
        },
      ],
    },
    {
      id: "problems",
      title: "存在的问题",
      hint: { zh: "写客观存在的主要问题和短板。", en: "The main problems and weaknesses." },
      body: [],
      subsections: [
        {
          id: "problems-growth",
          title: "发展质量效益有待提升",
          hint: { zh: "写结构、效益方面的短板。", en: "Weaknesses in structure and efficiency." },
          body: [
            "部分重点工作推进不够均衡，创新驱动作用发挥还不充分，服务发展的精准度和实效性还需提高。",
          ],
        },
        {
          id: "problems-talent",
          title: "人才支撑能力不足",
          hint: { zh: "写人才结构和引育方面的问题。", en: "Talent structure and recruitment." },
          body: [
            "高层次专业人才和复合型管理人才相对缺乏，人才引进培养机制还不够灵活。",
          ],
        },
      ],
    },
    {
      id: "next-year",
      title: "下一年度工作打算",
      hint: { zh: "写明年总体思路、主要目标和重点任务。", en: "Next year's approach, targets and key tasks." },
      body: [
        {
          byYear: {
            "2025": "2026年是“十五五”开局之年。{单位}将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，确保“十五五”开好局、起好步，重点抓好以下工作：",
            "2026": "2027年是“十五五”规划实施的第二年，也是党的二十一大召开之年。{单位}将坚持稳中求进工作总基调，巩固拓展开局成效，以优异成绩迎接党的二十一大胜利召开，重点抓好以下工作：",
          },
          otherwise: "下一年度，{单位}将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，锚定年度目标任务，重点抓好以下工作：",
          congressHeld: "下一年度，{单位}将深入学习宣传贯彻党的二十一大精神，坚持稳中求进工作总基调，锚定年度目标任务，重点抓好以下工作：",
        },
      ],
      subsections: [
        {
          id: "next-year-growth",
          title: "着力抓落实、提质效",
          hint: { zh: "写完成年度主要目标的举措；企业写经营目标。", en: "Measures to meet the year's main targets; enterprises: business targets." },
          body: [
            "紧盯年度目标，把重点任务分解到岗、责任到人，完善督办通报机制，推动各项工作提质增效。",
          ],
        },
        {
          id: "next-year-innovation",
          title: "着力强创新、增动能",
          hint: { zh: "写改革创新和数字化转型举措。", en: "Reform, innovation and digital transformation." },
          body: [
            "深化改革创新，推进数字化转型，用新办法破解工作中的难点堵点问题。",
          ],
        },
        {
          id: "next-year-party",
          title: "着力抓党建、强队伍",
          hint: { zh: "写党建和队伍建设举措。", en: "Party building and staff development." },
          body: [
            "持续深化全面从严治党，加强干部人才队伍建设，为推动“十五五”规划目标任务落实提供坚强保障。",
          ],
        },
      ],
    },
  ],
  signature: "{单位}",
  date: "{年度}年12月",
};
