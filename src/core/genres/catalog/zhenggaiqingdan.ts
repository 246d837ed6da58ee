/**
 * 整改清单: the 问题清单, 任务清单 and 责任清单 behind a correction plan, written out item by item (most
 * offices turn it into a table; the order of the columns is the order of each line here).
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { unitField } from "./fields";
import { sourceField } from "./zhenggaifangan";

const dateField = { key: "成文日期", label: { zh: "成文日期", en: "Date" }, example: "2026年12月8日", placeholder: "20XX年×月×日" };

export const zhenggaiqingdan: Genre = {
  ...summaryOf("zhenggaiqingdan"),
  fields: [unitField, sourceField, dateField],
  titlePattern: "{单位}{整改事项}整改清单",
  opening:
    "根据{整改事项}的整改工作方案，对问题逐项建立问题清单、任务清单、责任清单，实行清单化管理、销号式推进。具体清单如下：",
  sections: [
    {
      id: "overview",
      title: "清单总体情况",
      hint: { zh: "写问题总数、措施条数和已完成数，数字与方案一致。", en: "Totals of problems, measures and done items, matching the plan." },
      body: ["共梳理问题{{问题总数}}个，制定整改措施{{整改措施数}}条，明确责任领导{{责任领导人数}}名、责任部门{{责任部门数}}个；截至目前已完成整改{{已完成整改数}}个。"],
      subsections: [],
    },
    {
      id: "problems",
      title: "问题清单",
      hint: { zh: "每个问题一条，写清表现，不写原因和措施。", en: "One line per problem: what it is, not why or how to fix." },
      body: ["问题1：××××（问题表现，具体到事项和时间）。", "问题2：××××（问题表现，具体到事项和时间）。"],
      subsections: [],
    },
    {
      id: "tasks",
      title: "任务清单",
      hint: { zh: "按问题编号写整改措施，一个问题可有几条措施。", en: "Measures by problem number; a problem may have several." },
      body: ["问题1的整改措施：××××；××××。", "问题2的整改措施：××××；××××。"],
      subsections: [],
    },
    {
      id: "duty",
      title: "责任清单",
      hint: { zh: "按问题编号写责任领导、责任部门、完成时限和整改状态。", en: "By problem number: leader, department, deadline, status." },
      body: [
        "问题1：责任领导×××；责任部门××；完成时限20XX年×月；整改状态：已完成（或推进中、长期坚持）。",
        "问题2：责任领导×××；责任部门××；完成时限20XX年×月；整改状态：已完成（或推进中、长期坚持）。",
      ],
      subsections: [],
    },
    {
      id: "closing-off",
      title: "销号要求",
      hint: { zh: "写销号的条件和佐证材料。", en: "When an item may be closed, with what evidence." },
      body: ["每个问题整改完成后，由责任部门提交佐证材料，经分管领导审核、整改工作领导小组办公室复核后销号，对{{长期整改数}}个需长期坚持的问题每季度报告一次进展。"],
      subsections: [],
    },
    {
      id: "dynamic",
      title: "清单动态管理",
      hint: { zh: "写新增问题和调整的办法。", en: "How items are added or adjusted." },
      body: ["整改过程中新发现的问题及时纳入清单管理，清单每月更新一次，报整改工作领导小组办公室备案。"],
      subsections: [],
    },
  ],
  signature: "{单位}",
  date: "{成文日期}",
};
