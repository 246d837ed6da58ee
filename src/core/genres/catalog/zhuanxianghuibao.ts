/** 专项工作汇报: one line of work reported to a superior or an inspection team. */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField, yearField } from "./fields";

export const zhuanxianghuibao: Genre = {
  ...summaryOf("zhuanxianghuibao"),
  fields: [
    unitField,
    yearField,
    { key: "专项工作", label: { zh: "专项工作名称", en: "Task" }, example: "安全生产治本攻坚三年行动", placeholder: "××工作" },
  ],
  titlePattern: "{单位}关于{专项工作}开展情况的汇报",
  addressee: "各位领导：",
  opening:
    "按照上级关于{专项工作}的部署要求，{单位}高度重视、迅速行动，坚持高标准谋划、高质量推进，各项任务取得了阶段性成效。现将有关情况汇报如下：",
  sections: [
    {
      id: "background",
      title: "基本情况",
      hint: { zh: "写任务来源、目标和总体进展，给出核心数据。", en: "Mandate, goals and overall progress, with core figures." },
      body: [],
      subsections: [
        {
          id: "background-tasks",
          title: "任务目标",
          hint: { zh: "写上级下达的目标任务和本单位承担的任务量。", en: "Targets set from above and your share." },
          body: [
            "根据上级下达的任务，{单位}承担{专项工作}重点任务{{承担任务数}}项，涉及单位{{涉及单位数}}个，计划总投入{{计划总投入}}万元。",
          ],
        },
        {
          id: "background-progress",
          title: "总体进展",
          hint: { zh: "写完成比例和阶段性成果。", en: "Completion rate and interim results." },
          body: [
            "截至目前，已完成任务{{已完成任务数}}项，完成率{{任务完成率}}%，累计投入资金{{累计投入资金}}万元，总体进度符合序时要求。",
          ],
        },
      ],
    },
    {
      id: "measures",
      title: "主要做法和成效",
      hint: { zh: "按组织领导、推进机制、重点举措、督导考核分条写。", en: "Leadership, mechanisms, key measures, supervision." },
      body: [],
      subsections: [
        {
          id: "measures-leadership",
          title: "强化组织领导",
          hint: { zh: "写领导小组、专题会议和责任分工。", en: "Leading group, meetings, division of responsibility." },
          body: [
            "成立由主要负责同志任组长的工作领导小组，召开专题推进会{{专题推进会次数}}次，制定实施方案和任务清单，把责任落实到岗、到人。",
          ],
        },
        {
          id: "measures-mechanism",
          title: "健全推进机制",
          hint: { zh: "写调度、通报、会商等机制。", en: "Scheduling, reporting, consultation mechanisms." },
          body: [],
          pointsLead: "建立三项工作机制：",
          points: [
            "建立周调度、月通报制度，及时掌握工作进展",
            "建立部门会商机制，协调解决跨部门难点问题{{协调解决问题数}}个",
            "建立台账管理制度，实行任务销号管理",
          ],
        },
        {
          id: "measures-key",
          title: "突出重点攻坚",
          hint: { zh: "写重点难点任务的具体举措和数据。", en: "Measures and figures for the hardest tasks." },
          body: [
            "聚焦突出问题开展集中攻坚，排查问题{{排查问题数}}个，已整改{{已整改问题数}}个，整改率{{整改率}}%，一批群众反映强烈的问题得到有效解决。",
          ],
        },
        {
          id: "measures-supervision",
          title: "加强督导考核",
          hint: { zh: "写督导检查、考核问责情况。", en: "Inspections, appraisal, accountability." },
          body: [
            "组织专项督导{{专项督导次数}}轮次，对进度滞后的单位下发督办通知，将工作成效纳入年度绩效考核。",
          ],
        },
      ],
    },
    {
      id: "highlights",
      title: "特色亮点",
      hint: { zh: "提炼一两条有本地特色、可推广的做法。", en: "One or two local practices worth sharing." },
      body: [],
      subsections: [
        {
          id: "highlights-digital",
          title: "数字赋能提升效率",
          hint: { zh: "写信息化、数字化手段的应用。", en: "Use of digital tools." },
          body: [
            "依托信息化平台实现任务派发、进度填报、问题整改全流程线上闭环管理，工作效率提高{{效率提升比例}}%。",
          ],
        },
        {
          id: "highlights-participation",
          title: "群众参与形成合力",
          hint: { zh: "写发动群众和社会力量参与的做法。", en: "Involving the public and society." },
          body: [
            "畅通群众监督举报渠道，聘请社会监督员{{社会监督员人数}}名，形成了齐抓共管、共建共享的良好局面。",
          ],
        },
      ],
    },
    {
      id: "difficulties",
      title: "存在的困难和问题",
      hint: { zh: "写客观困难和自身不足，为后面的建议作铺垫。", en: "Objective difficulties and own weaknesses, leading to the requests." },
      body: [],
      subsections: [
        {
          id: "difficulties-resources",
          title: "要素保障压力较大",
          hint: { zh: "写资金、人员、用地等制约。", en: "Funding, staff, land constraints." },
          body: [
            "部分任务资金需求量大，基层财力紧张，资金缺口约{{资金缺口}}万元。",
          ],
        },
        {
          id: "difficulties-longterm",
          title: "长效机制有待完善",
          hint: { zh: "写问题反弹、常态化管理方面的不足。", en: "Risk of relapse, routine management." },
          body: [
            "个别问题整改后存在反弹风险，常态化监管和长效治理机制还需进一步健全。",
          ],
        },
      ],
    },
    {
      id: "next-steps",
      title: "下一步工作打算",
      hint: { zh: "写后续任务安排和时间节点。", en: "Next tasks and deadlines." },
      body: [],
      subsections: [
        {
          id: "next-steps-tasks",
          title: "全面完成剩余任务",
          hint: { zh: "写剩余任务和完成时限。", en: "Remaining tasks and deadlines." },
          body: [
            "对剩余的{{剩余任务数}}项任务倒排工期、挂图作战，确保{年度}年底前全部完成。",
          ],
        },
        {
          id: "next-steps-mechanism",
          title: "巩固提升工作成效",
          hint: { zh: "写巩固成果、建立长效机制的举措。", en: "Consolidation and lasting mechanisms." },
          body: [
            "及时总结经验做法，把行之有效的举措固化为制度规范，推动{专项工作}常态长效。",
          ],
        },
        {
          id: "next-steps-accountability",
          title: "压紧压实工作责任",
          hint: { zh: "写督查问责举措。", en: "Oversight and accountability." },
          body: [
            "持续开展跟踪督导，对工作不力、进展缓慢的严肃追责问责。",
          ],
        },
      ],
    },
    {
      id: "requests",
      title: "意见和建议",
      hint: { zh: "需要上级支持的事项，具体可行；没有可不写。", en: "Concrete support requested from above; omit if none." },
      optional: true,
      body: [
        "恳请上级部门在专项资金安排、政策支持和技术指导等方面给予倾斜，帮助解决基层工作中的实际困难。",
      ],
      subsections: [],
    },
  ],
  closing: "以上汇报，不妥之处，请批评指正。",
  signature: "{单位}",
  date: "{年度}年X月",
};
