/** 研讨发言: a speech at a 中心组 or 学习教育 seminar — understanding, gaps, what to do (also 心得体会). */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField } from "./fields";

const themeField = { key: "研讨主题", label: { zh: "研讨主题", en: "Seminar topic" }, example: "树立和践行正确政绩观", placeholder: "××专题" };

export const yantaofayan: Genre = {
  ...summaryOf("yantaofayan"),
  fields: [unitField, postField, nameField, themeField],
  titlePattern: "{研讨主题}专题研讨发言",
  subtitle: ["{单位}{职务}　{姓名}"],
  opening:
    "按照研讨安排，我围绕{研讨主题}，结合近期学习和分管工作实际，谈以下几点认识和体会：",
  sections: [
    {
      id: "understanding",
      title: "深刻把握精神实质，提高思想认识",
      hint: { zh: "写对学习内容核心要义的理解，用自己的话，不要大段摘抄原文。", en: "Your understanding of the core points, in your own words, no long quotations." },
      body: [
        "通过学习，我深刻认识到，{研讨主题}是一个关系根本方向的重大问题，核心在于××，落脚点在于××。",
      ],
      subsections: [],
    },
    {
      id: "meaning",
      title: "联系发展实际，认识现实意义",
      hint: { zh: "把学习内容和本地区本单位的发展阶段联系起来。", en: "Link the topic to where your region or unit stands." },
      body: [
        "结合{单位}实际看，当前正处在××的关键阶段，越是任务繁重，越要用××来统一思想、指导实践。",
      ],
      subsections: [],
    },
    {
      id: "practice",
      title: "对照工作实践，总结经验做法",
      hint: { zh: "举分管工作中的一两个例子，说明学习内容如何用于实践。", en: "One or two cases from your work showing the ideas applied." },
      body: [
        "在分管的××工作中，我们坚持××，推动解决了××问题，实践证明××。",
      ],
      subsections: [],
    },
    {
      id: "gaps",
      title: "查找差距不足，明确努力方向",
      hint: { zh: "写自身的具体差距，不用“还有差距”之类空话。", en: "Your concrete gaps, not vague admissions." },
      body: [],
      pointsLead: "对照学习要求，我在以下方面还有差距：",
      points: [
        "学用结合还不够紧，用学习成果研究解决××问题的办法不多",
        "调查研究还不够深，对××领域的新情况掌握不全面",
      ],
      subsections: [],
    },
    {
      id: "measures",
      title: "转化学习成果，推动工作落实",
      hint: { zh: "写两三项可检验的具体措施和完成时间。", en: "Two or three checkable measures with dates." },
      body: [],
      subsections: [
        {
          id: "measures-study",
          title: "在学深悟透上持续用力",
          hint: { zh: "写学习计划。", en: "Study plan." },
          body: [
            "制定个人学习计划，每月围绕一个专题开展研学，年内形成××篇有分量的调研报告或学习体会。",
          ],
        },
        {
          id: "measures-work",
          title: "在推动落实上见到实效",
          hint: { zh: "写分管工作的落实措施。", en: "Measures for your portfolio." },
          body: [
            "聚焦××，建立任务清单和推进台账，确保××月底前取得阶段性成果。",
          ],
        },
      ],
    },
    {
      id: "resolve",
      title: "坚守为民初心，树牢正确政绩观",
      hint: { zh: "落到为民、务实和廉洁上，可结合当年学习教育主题。", en: "End on serving the people, practicality and integrity." },
      optional: true,
      body: [
        "始终把群众满意作为检验工作的标准，多做打基础、利长远的事，不搞脱离实际的“政绩工程”，以实干实绩践行初心使命。",
      ],
      subsections: [],
    },
  ],
  closing: "以上发言，不妥之处请批评指正。",
};
