/**
 * 会议主持词: what the chair says at a work meeting or a 全面从严治党 meeting — opening, the agenda item
 * by item, and the closing summary with requirements. Spoken; no 落款.
 */
import type { Genre } from "../schema";
import { summaryOf } from "./summaries";
import { nameField, postField, unitField, yearField } from "./fields";

const meetingField = { key: "会议名称", label: { zh: "会议名称", en: "Meeting" }, example: "2027年工作会议", placeholder: "××会议" };

export const huiyizhuchici: Genre = {
  ...summaryOf("huiyizhuchici"),
  fields: [unitField, { ...yearField, label: { zh: "会议年度", en: "Year of the meeting" }, example: "2027" }, meetingField, postField, nameField],
  titlePattern: "{单位}{会议名称}主持词",
  reportTime: "yearStart",
  subtitle: ["{职务}　{姓名}"],
  addressee: "同志们：",
  opening:
    "现在开会。今天，我们召开{会议名称}，主要任务是总结工作、分析形势、部署任务。会议的议程和要求如下：",
  sections: [
    {
      id: "discipline",
      title: "会风会纪提醒",
      hint: { zh: "开会前说，一两句即可。", en: "Said before the meeting starts; a sentence or two." },
      body: ["请大家将手机调至静音，会议期间不随意走动、不交头接耳，认真做好记录。"],
      subsections: [],
    },
    {
      id: "agenda",
      title: "会议议程",
      hint: { zh: "逐项串联议程，每项一句，报告人职务姓名写全。", en: "One line per agenda item, with each speaker's full post and name." },
      body: [
        "出席今天会议的有{单位}领导班子成员和各部门、各单位主要负责同志，共{{参会人数}}人。会议共有{{议程项数}}项议程。",
        "进行第一项议程，请××同志传达上级有关会议精神。",
        "进行第二项议程，请××同志作工作报告。",
        "进行第三项议程，请{{交流发言单位数}}个单位作交流发言，每个单位发言时间不超过{{发言限时分钟}}分钟。",
        "进行第四项议程，签订年度目标责任书。",
        "进行第五项议程，请主要负责同志讲话。大家欢迎。",
      ],
      subsections: [],
    },
    {
      id: "summary",
      title: "会议小结",
      hint: { zh: "一两句概括讲话要点，不复述。", en: "Sum up the main speech in a sentence or two; do not repeat it." },
      body: [
        "同志们，刚才，主要负责同志的讲话，充分肯定了过去一年的工作成绩，深刻分析了当前形势，对今年工作作了全面部署，讲得很深刻、很具体，具有很强的指导性，我们一定要认真学习领会、抓好贯彻落实。",
      ],
      subsections: [],
    },
    {
      id: "requirements",
      title: "贯彻落实会议精神的要求",
      hint: { zh: "提两三条落实要求：传达、分解、督办。", en: "Two or three demands: pass it on, break it down, follow up." },
      body: [],
      pointsLead: "就贯彻落实好这次会议精神，我再强调三点：",
      points: [
        "抓好传达学习，各部门、各单位要在{{传达时限天数}}天内召开会议传达会议精神",
        "抓好任务分解，把会议确定的目标任务逐项分解到岗到人",
        "抓好督查落实，对重点任务实行清单管理、定期通报",
      ],
      subsections: [],
    },
  ],
  closing: "同志们，今年的目标已经明确，任务已经部署，关键在于落实。希望大家以这次会议为新的起点，真抓实干、奋发有为。散会。",
};
