/**
 * Fixed formulations (提法) of official writing: the right wording with its common wrong variants,
 * the fixed order of enumerated items, and wordings that are outdated from a given report year.
 * An organisation adds its own entries through CheckOptions.tifa (validated by tifaEntrySchema).
 */
import { z } from "zod";
import { isMatchableWording, UNMATCHABLE_WORDING } from "../tifaWording";

/** A wording of at most `max` characters that is not empty once its quotation marks are dropped. */
const wording = (max: number) => z.string().min(1).max(max).refine(isMatchableWording, UNMATCHABLE_WORDING);

export const tifaEntrySchema = z
  .object({
    /** Stable name, e.g. "sigeyishi"; an organisation's entry with the same id replaces the built-in one. */
    id: z.string().min(1).max(60),
    /** The fixed formulation as it must be written. */
    right: wording(80),
    /** Wrong wordings seen in drafts; each is replaced by `right`. */
    wrong: z.array(wording(80)).max(40).optional(),
    /** Items whose order is fixed (政治意识、大局意识…): the same items in another order are reported. */
    order: z.array(wording(30)).min(2).max(12).optional(),
    /** Wordings that speak of something as current though it is over from report year `from` on. */
    outdated: z
      .object({
        from: z.number().int().min(1949).max(2200),
        phrases: z.array(wording(40)).min(1).max(40),
        /** Words right after the phrase that make it a look back (收官, 圆满完成): not reported. */
        except: z.array(z.string().min(1).max(10)).max(20).optional(),
        /** Why, and what to write instead. */
        note: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
      })
      .optional(),
  })
  .refine((e) => e.wrong !== undefined || e.order !== undefined || e.outdated !== undefined, {
    message: "An entry needs wrong, order or outdated.",
  })
  .refine((e) => !(e.wrong ?? []).some((w) => e.right.includes(w)), {
    message: "A wrong wording must not be part of the right one.",
  });

export type TifaEntry = z.infer<typeof tifaEntrySchema>;

/** Built-in entries; each has a test in tests/core/checks/tifa.test.ts. */
export const TIFA_ENTRIES: readonly TifaEntry[] = [
  { id: "liangge-queli", right: "两个确立", wrong: ["两个确定", "二个确立", "两项确立"] },
  { id: "liangge-weihu", right: "两个维护", wrong: ["二个维护", "两项维护", "两个拥护"] },
  {
    id: "sige-yishi",
    right: "四个意识",
    wrong: ["四种意识", "四个意思"],
    order: ["政治意识", "大局意识", "核心意识", "看齐意识"],
  },
  {
    id: "sige-zixin",
    right: "四个自信",
    wrong: ["四种自信"],
    order: ["道路自信", "理论自信", "制度自信", "文化自信"],
  },
  {
    id: "xin-shidai-sixiang",
    right: "习近平新时代中国特色社会主义思想",
    wrong: [
      "习近平新时代中国特色社会主义理论",
      "习近平新时代中国特色的社会主义思想",
      "习近平新时代特色社会主义思想",
      "新时代习近平中国特色社会主义思想",
      "习近平中国特色社会主义思想",
    ],
  },
  { id: "gaozhiliang-zhuti", right: "以推动高质量发展为主题", wrong: ["以高质量发展为主题", "以推进高质量发展为主题"] },
  { id: "xi-zongshuji", right: "习近平总书记", wrong: ["习总书记"] },
  { id: "wuwei-yiti", right: "“五位一体”总体布局", wrong: ["“五位一体”战略布局"] },
  { id: "sige-quanmian", right: "“四个全面”战略布局", wrong: ["“四个全面”总体布局"] },
  { id: "quanguocheng-minzhu", right: "全过程人民民主", wrong: ["全过程民主"] },
  { id: "liangge-yibai-nian", right: "两个一百年", wrong: ["两个100年"] },
  { id: "xin-fazhan-linian", right: "新发展理念", order: ["创新", "协调", "绿色", "开放", "共享"] },
  {
    id: "shisiwu",
    right: "“十五五”",
    outdated: {
      from: 2026,
      except: ["收官", "圆满", "回顾", "总结", "完成"],
      phrases: ["锚定十四五", "十四五规划的开局之年", "十四五规划实施的关键之年", "十四五关键之年", "今年是十四五", "推进十四五规划", "实施十四五规划", "落实十四五规划", "十四五规划收官之年"],
      note: {
        zh: "“十四五”规划期为2021—2025年，本报告年份已进入“十五五”时期",
        en: "The 14th Five-Year Plan ran 2021–2025; the report's year lies in the 15th Five-Year Plan period",
      },
    },
  },
  {
    id: "bawu-pufa",
    right: "“九五”普法",
    outdated: {
      from: 2026,
      phrases: ["八五普法"],
      except: ["收官", "圆满", "总结", "验收", "完成"],
      note: {
        zh: "“八五”普法规划期为2021—2025年，之后为“九五”普法（回顾其收官时可保留）",
        en: "The 8th legal-awareness plan ran 2021–2025, followed by the 9th (keep it where its close is reviewed)",
      },
    },
  },
  {
    id: "yiqing-fangkong",
    right: "疫情防控",
    outdated: {
      from: 2024,
      phrases: ["统筹推进疫情防控和经济社会发展", "统筹疫情防控和经济社会发展", "常态化疫情防控", "做好疫情防控", "抓好疫情防控", "落实疫情防控", "疫情防控措施"],
      note: {
        zh: "新冠疫情防控已转入常态化管理的新阶段（2023年起），不宜再作为当前任务表述",
        en: "COVID-19 control moved to routine management in 2023; it no longer reads as a current task",
      },
    },
  },
  { id: "xi-hexin", right: "以习近平同志为核心的党中央", wrong: ["以习近平总书记为核心的党中央", "以习近平主席为核心的党中央"] },
  { id: "xinzhi-shengchanli", right: "新质生产力", wrong: ["新型生产力", "新质生产率"] },
  {
    id: "yan-de-jidiao",
    right: "严的基调、严的措施、严的氛围长期坚持",
    wrong: ["严的基调、严的措施、严的氛围长期不变", "严的基调、严的措施、严的氛围长期保持"],
  },
  {
    id: "dangji-xuexijiaoyu",
    right: "巩固党纪学习教育成果",
    outdated: {
      from: 2025,
      phrases: ["开展党纪学习教育", "党纪学习教育正在"],
      note: {
        zh: "党纪学习教育于2024年4月至7月开展，之后的报告只宜写巩固其成果",
        en: "The Party-discipline education ran April–July 2024; later reports speak only of consolidating it",
      },
    },
  },
  {
    id: "zhuti-jiaoyu",
    right: "巩固主题教育成果",
    outdated: {
      from: 2025,
      phrases: ["开展学习贯彻习近平新时代中国特色社会主义思想主题教育", "开展主题教育", "主题教育正在"],
      note: {
        zh: "学习贯彻习近平新时代中国特色社会主义思想主题教育于2023年至2024年初开展，之后的报告只宜写巩固其成果",
        en: "The theme education ran from 2023 into early 2024; later reports speak only of consolidating it",
      },
    },
  },
  {
    id: "zhiben-gongjian",
    right: "安全生产治本攻坚三年行动",
    outdated: {
      from: 2027,
      phrases: ["安全生产治本攻坚三年行动", "治本攻坚三年行动"],
      except: ["收官", "圆满", "完成", "总结", "成果", "回顾"],
      note: {
        zh: "安全生产治本攻坚三年行动的期限是2024—2026年（回顾其收官和巩固成果时可保留）",
        en: "The three-year safety campaign ran 2024–2026 (keep it where its close or results are reviewed)",
      },
    },
  },
];
