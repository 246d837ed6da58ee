import { defineStrings } from "../i18n/strings";
import { TAB_NAMES } from "../shell/tabNames";

export const useSkeletonStrings = defineStrings({
  "zh-CN": {
    genre: "报告文种",
    fields: "标题与落款信息",
    fieldsHint: `留空的项以 ×××、20XX 占位，之后可在“${TAB_NAMES.metrics.zh}”页统一填写。`,
    sections: "章节（勾选要插入的章节，可调整顺序）",
    moveUp: (title: string) => `上移：${title}`,
    moveDown: (title: string) => `下移：${title}`,
    insertOne: "插入本节",
    insertOneLabel: (title: string) => `在光标处插入本节：${title}`,
    insertAll: "插入完整骨架",
    insertAllHint: "插入到光标所在段落之后；光标在空段落时插入到该段处（该空段保留在其后，其间输入的文字不会丢失）。编号按插入位置自动调整。",
    renumber: "重新编号",
    renumberHint: "检查全文一、（一）1.（1）一是等序号，把断号、重号改为连续编号。",
    optional: "可选",
    optionalMark: "（可选）",
    more: "更多",
    inserted: (n: number, renumbered: number, beforeSignature = false) =>
      `已插入 ${n} 段${beforeSignature ? "（光标在文末署名、日期处，已插在署名之前）" : ""}${renumbered ? `，后续 ${renumbered} 处序号已顺延` : ""}。`,
    renumbered: (n: number, detail = "") => (n ? `已重新编号 ${n} 处${detail ? `：${detail}` : ""}。` : "编号已连续，无需改动。"),
    listSeparator: "，",
    skipped: (n: number) => `有 ${n} 处序号无法安全定位，未改动，请手动检查。`,
    unverifiedOrdinals: (n: number) => `有 ${n} 处序号写入被中断，无法确认是否已改动，请检查。`,
    nothingSelected: "请至少勾选一个章节。",
    working: "正在写入文档…",
    fieldExample: (key: string, placeholder: string) =>
      ({ 单位: "如：××市××局", 年度: "如：2025", 姓名: "如：×××", 职务: "如：××局局长", 地区: "如：××市", 日期: "如：2025年1月", 专项工作: "如：××专项整治" })[key] ??
      `如：${placeholder}`,
    fixFields: "请先改正标出的信息（年度填 4 位数字），再插入。",
    actions: "骨架操作",
    repeatTitle: "文档中已有这份骨架",
    repeatBody: (present: string[]) =>
      `文档中已有：${present.slice(0, 4).join("、")}${present.length > 4 ? ` 等 ${present.length} 处` : ""}。再插入一份，这些标题会重复出现，后面的序号会顺延。仍要插入吗？`,
    repeatConfirm: "仍要插入",
  },
  "en-US": {
    genre: "Report genre",
    fields: "Title and signature details",
    fieldsHint: `Blank details stay as ×××/20XX placeholders; fill them later on the ${TAB_NAMES.metrics.en} tab.`,
    sections: "Sections (tick the ones to insert; reorder as needed)",
    moveUp: (title: string) => `Move up: ${title}`,
    moveDown: (title: string) => `Move down: ${title}`,
    insertOne: "Insert",
    insertOneLabel: (title: string) => `Insert this section at the cursor: ${title}`,
    insertAll: "Insert whole skeleton",
    insertAllHint: "Goes after the cursor's paragraph, or in its place when it is empty (the empty line stays after it, so nothing typed there meanwhile is lost). Numbering adapts to where it lands.",
    renumber: "Renumber",
    renumberHint: "Makes every 一、（一）1.（1）一是 sequence consecutive, fixing gaps and repeats.",
    optional: "optional",
    optionalMark: " (optional)",
    more: "More",
    inserted: (n: number, renumbered: number, beforeSignature = false) =>
      `Inserted ${n} paragraph(s)${beforeSignature ? " before the closing signature and date (the cursor was on them)" : ""}${renumbered ? `; ${renumbered} later ordinal(s) shifted` : ""}.`,
    renumbered: (n: number, detail = "") => (n ? `Renumbered ${n} ordinal(s)${detail ? `: ${detail}` : ""}.` : "Numbering is already consecutive."),
    listSeparator: ", ",
    skipped: (n: number) => `${n} ordinal(s) could not be located safely and were left; please check them.`,
    unverifiedOrdinals: (n: number) => `${n} ordinal write(s) were interrupted; whether they changed is unknown — please check them.`,
    nothingSelected: "Tick at least one section.",
    working: "Writing to the document…",
    fieldExample: (key: string, placeholder: string) =>
      ({ 单位: "e.g. ××市××局", 年度: "e.g. 2025", 姓名: "e.g. ×××", 职务: "e.g. ××局局长", 地区: "e.g. ××市", 日期: "e.g. 2025年1月", 专项工作: "e.g. ××专项整治" })[key] ??
      `e.g. ${placeholder}`,
    fixFields: "Correct the marked details first (the year as four digits), then insert.",
    actions: "Skeleton actions",
    repeatTitle: "The document already has this skeleton",
    repeatBody: (present: string[]) =>
      `Already in the document: ${present.slice(0, 4).join(", ")}${present.length > 4 ? ` and ${present.length - 4} more` : ""}. Inserting again repeats these headings and shifts the numbers after them. Insert anyway?`,
    repeatConfirm: "Insert anyway",
  },
});
