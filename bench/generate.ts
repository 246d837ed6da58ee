/**
 * Synthetic reports for the benchmark: a 述职/总结-shaped document of about 15 paragraphs a page,
 * numbered 一、（一）1. like the real thing, with one placeholder per three paragraphs (the density
 * of a downloaded template: 1,500 paragraphs carry 500 placeholders).
 */
import { toChineseNumeral } from "../src/core/text/chineseNumerals";

const PROSE = [
  "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，统筹推进各项工作。",
  "围绕“十五五”开局之年的目标任务，压实责任、细化举措，推动各项部署落地见效，群众获得感不断增强。",
  "健全完善工作机制，加强督促检查，对重点任务实行清单化管理、项目化推进，确保按期完成。",
  "严格落实中央八项规定精神，持续纠治形式主义、官僚主义，以优良作风保障事业发展。",
];
const WITH_PLACEHOLDERS = [
  "全年完成主营业务收入X亿元，同比增长X%。",
  "新引进项目XX个，总投资XX.X亿元，其中X科技园落地项目X个。",
  "组织专题学习XX次，×××同志带头讲授党课X次。",
  "20XX年X月X日召开推进会议，部署○○工作。",
  "累计培训干部职工XXX人次，满意率达到XX.X%。",
  "联系单位：＿＿＿＿，负责人：×××。",
];

export function generateReport(pages: number): string[] {
  const target = pages * 15;
  const out = ["××单位20XX年度工作总结", "各位领导、同志们：", "现将本年度工作情况报告如下："];
  let level1 = 0;
  let filler = 0;
  while (out.length < target - 3) {
    out.push(`${toChineseNumeral(++level1)}、重点工作推进情况`);
    for (let level2 = 1; level2 <= 4 && out.length < target - 3; level2++) {
      out.push(`（${toChineseNumeral(level2)}）工作举措${level2}`);
      for (let level3 = 1; level3 <= 3 && out.length < target - 3; level3++) {
        out.push(`${level3}.具体做法`);
        // Two prose paragraphs to every one with a placeholder.
        out.push(PROSE[filler++ % PROSE.length]!);
        out.push(WITH_PLACEHOLDERS[filler % WITH_PLACEHOLDERS.length]!);
      }
    }
    if (level1 >= 99) level1 = 0; // Chinese ordinals of official documents stop below 一百
  }
  out.push("以上报告，请予审议。", "报告人：×××", "20XX年12月");
  return out;
}
