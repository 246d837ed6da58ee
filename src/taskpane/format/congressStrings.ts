import { defineStrings } from "../i18n/strings";

/** The 党的二十一大 date setting of 检查 (used by 插入骨架 too), Simplified Chinese first. */
export const useCongressStrings = defineStrings({
  "zh-CN": {
    label: "党的二十一大开幕日期",
    hint: "未召开或日期未公布时留空。插入骨架和检查据此区分“迎接”与“学习贯彻”二十一大。",
    placeholder: "年-月-日",
    save: "保存日期",
    saveLabel: "保存党的二十一大开幕日期",
    saved: (date: string) => (date ? `已保存：党的二十一大开幕日期为${date}。` : "已保存：党的二十一大尚未召开（日期留空）。"),
    format: "日期无法识别，未保存。请写成“年-月-日”（如 2027-01-15）或“2027年1月15日”；尚未召开则留空。",
    noSuchDay: "没有这一天（如 2 月 30 日），未保存。",
    year: (from: number, to: number) => `年份应在 ${from}—${to} 年之间（二十大于 2022 年召开），未保存。`,
    lockedBy: (pack: string) => `由内容包“${pack}”设定，不能在此更改。`,
    lockedEmpty: "尚未召开",
    offeredBy: (pack: string) => `当前使用内容包“${pack}”提供的日期；保存后以您填写的为准。`,
  },
  "en-US": {
    label: "21st Party Congress opening date",
    hint: "Leave empty until it has been held or its date is announced. Skeletons and the check use it to choose between preparing for and studying the congress.",
    placeholder: "YYYY-MM-DD",
    save: "Save date",
    saveLabel: "Save the 21st Party Congress opening date",
    saved: (date: string) => (date ? `Saved: the 21st Party Congress opens on ${date}.` : "Saved: the 21st Party Congress has not been held (date left empty)."),
    format: "The date cannot be read; nothing was saved. Write it as year-month-day (e.g. 2027-01-15) or 2027年1月15日; leave it empty until the congress is held.",
    noSuchDay: "There is no such day (e.g. 30 February); nothing was saved.",
    year: (from: number, to: number) => `The year must be between ${from} and ${to} (the 20th congress met in 2022); nothing was saved.`,
    lockedBy: (pack: string) => `Set by the pack “${pack}”; it cannot be changed here.`,
    lockedEmpty: "Not yet held",
    offeredBy: (pack: string) => `The date of the pack “${pack}” is in use; once you save one, yours is used.`,
  },
});
