import { z } from "zod";
import { A4_MM, CHARS_PER_LINE, LINES_PER_PAGE } from "./page";
import { FORMATTED_ROLES, type FormatProfile } from "./types";
import { mmToPt } from "./xml";

export const LINE_SPACING_MIN = 28;
export const LINE_SPACING_MAX = 29.5;
export const SIZE_MIN = 8;
export const SIZE_MAX = 72;

/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed, carriage return; U+FFFE, U+FFFF) and
 * UTF-16 halves without their pair: a font name goes into the styles part of the package, which
 * Word then refuses to open.
 */
function hasXmlForbidden(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if (c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = name.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
const NOT_XML = "font name has a character XML forbids";

const fontName = z.string().trim().min(1).refine((name) => !hasXmlForbidden(name), NOT_XML);

/**
 * The narrowest text column (and shortest type area) a profile may leave, as a share of what its
 * own 28 characters (22 lines) need at the body size (line spacing). Word's character grid
 * squeezes a little: the standard 156 mm column holds 28 三号 characters at 98.7 % of 28 × 16 pt.
 */
const GRID_SQUEEZE = 0.9;
const NARROW_COLUMN = "text column too narrow";
const SHORT_AREA = "type area too short";

export const roleFormatSchema = z.object({
  eastAsianFont: fontName,
  latinFont: fontName,
  sizePt: z.number().min(SIZE_MIN).max(SIZE_MAX),
  bold: z.boolean(),
  alignment: z.enum(["left", "centered", "right", "justified"]),
  firstLineIndentChars: z.number().min(0).max(10),
});

const marginMm = z.number().min(0).max(100);

/** Shape of a FormatProfile, as stored in settings or imported from a file. */
export const formatProfileSchema = z.object({
  id: z.string().trim().min(1),
  name: z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
  pageMargins: z.object({ top: marginMm, bottom: marginMm, left: marginMm, right: marginMm }),
  lineSpacingPt: z.number().min(LINE_SPACING_MIN).max(LINE_SPACING_MAX),
  firstLineIndentChars: z.number().min(0).max(10),
  roles: z.object(
    Object.fromEntries(FORMATTED_ROLES.map((role) => [role, roleFormatSchema])) as Record<
      (typeof FORMATTED_ROLES)[number],
      typeof roleFormatSchema
    >,
  ),
}).superRefine((profile, ctx) => {
  // Margins a formal document cannot have: no room for the profile's own line of characters.
  const { left, right, top, bottom } = profile.pageMargins;
  const bodySize = profile.roles?.body?.sizePt;
  const widthPt = mmToPt(A4_MM.width - left - right);
  if (typeof bodySize === "number" && widthPt < CHARS_PER_LINE * bodySize * GRID_SQUEEZE) {
    ctx.addIssue({ code: "custom", path: ["pageMargins"], message: NARROW_COLUMN });
  }
  const heightPt = mmToPt(A4_MM.height - top - bottom);
  if (heightPt < LINES_PER_PAGE * profile.lineSpacingPt * GRID_SQUEEZE) {
    ctx.addIssue({ code: "custom", path: ["pageMargins"], message: SHORT_AREA });
  }
});

export interface ProfileError {
  /** Dotted path of the offending field, e.g. "roles.body.sizePt". */
  path: string;
  message: { zh: string; en: string };
}

export type ProfileValidation =
  | { ok: true; profile: FormatProfile }
  | { ok: false; errors: ProfileError[] };

const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  title: { zh: "标题", en: "title" },
  subtitle: { zh: "副标题", en: "subtitle" },
  addressee: { zh: "主送称呼", en: "addressee" },
  heading1: { zh: "一级标题", en: "level-1 heading" },
  heading2: { zh: "二级标题", en: "level-2 heading" },
  heading3: { zh: "三级标题", en: "level-3 heading" },
  heading4: { zh: "四级标题", en: "level-4 heading" },
  body: { zh: "正文", en: "body text" },
  signature: { zh: "署名", en: "signature" },
  date: { zh: "日期", en: "date" },
};

/** The refusals of values a formal document cannot have, naming the item in both languages. */
function describeRule(message: string, path: PropertyKey[], root: unknown): { zh: string; en: string } | null {
  const item = path.map(String).join(".");
  if (message === NOT_XML) {
    const role = ROLE_NAMES[String(path[1] ?? "")];
    const which = path[path.length - 1] === "latinFont" ? { zh: "西文字体", en: "Latin font" } : { zh: "中文字体", en: "Chinese font" };
    return {
      zh: `${item}：${role ? `${role.zh}的` : ""}${which.zh}名称含有文档中不允许的字符（控制字符或不成对的代理字符）。`,
      en: `${item}: the ${which.en} name${role ? ` of the ${role.en}` : ""} has a character a document cannot hold (a control character or an unpaired surrogate).`,
    };
  }
  if (message !== NARROW_COLUMN && message !== SHORT_AREA) return null;
  const profile = root as FormatProfile;
  const m = profile.pageMargins;
  if (message === NARROW_COLUMN) {
    const widthMm = A4_MM.width - m.left - m.right;
    return {
      zh: `${item}：左右页边距（${m.left} mm、${m.right} mm）只留下 ${widthMm} mm 宽的版心，放不下每行 ${CHARS_PER_LINE} 个 ${profile.roles.body.sizePt} 磅的正文字。`,
      en: `${item}: the left and right margins (${m.left} mm, ${m.right} mm) leave a ${widthMm} mm text column, too narrow for ${CHARS_PER_LINE} body characters of ${profile.roles.body.sizePt} pt a line.`,
    };
  }
  const heightMm = A4_MM.height - m.top - m.bottom;
  return {
    zh: `${item}：上下页边距（${m.top} mm、${m.bottom} mm）只留下 ${heightMm} mm 高的版心，放不下每页 ${LINES_PER_PAGE} 行（行距 ${profile.lineSpacingPt} 磅）。`,
    en: `${item}: the top and bottom margins (${m.top} mm, ${m.bottom} mm) leave a ${heightMm} mm type area, too short for ${LINES_PER_PAGE} lines of ${profile.lineSpacingPt} pt a page.`,
  };
}

function describe(path: PropertyKey[], input: unknown): { zh: string; en: string } {
  const field = String(path[path.length - 1] ?? "");
  const roleKey = path[0] === "roles" ? String(path[1] ?? "") : "";
  const role = ROLE_NAMES[roleKey];
  const where = role ? { zh: `${role.zh}的`, en: ` of the ${role.en}` } : { zh: "", en: "" };
  const shown = typeof input === "number" || typeof input === "string" ? `${input}` : "";
  switch (field) {
    case "lineSpacingPt":
      return {
        zh: `行距须为${LINE_SPACING_MIN}–${LINE_SPACING_MAX}磅的固定值（现为${shown || "无效值"}）。`,
        en: `Line spacing must be an exact ${LINE_SPACING_MIN}–${LINE_SPACING_MAX} pt (got ${shown || "an invalid value"}).`,
      };
    case "sizePt":
      return {
        zh: `${where.zh}字号须在${SIZE_MIN}–${SIZE_MAX}磅之间（现为${shown || "无效值"}）。`,
        en: `Font size${where.en} must be ${SIZE_MIN}–${SIZE_MAX} pt (got ${shown || "an invalid value"}).`,
      };
    case "eastAsianFont":
      return { zh: `${where.zh}中文字体不能为空。`, en: `The Chinese font${where.en} must not be empty.` };
    case "latinFont":
      return { zh: `${where.zh}西文字体不能为空。`, en: `The Latin font${where.en} must not be empty.` };
    case "firstLineIndentChars":
      return { zh: `${where.zh}首行缩进须在0–10字之间。`, en: `First-line indent${where.en} must be 0–10 characters.` };
    case "alignment":
      return { zh: `${where.zh}对齐方式无效。`, en: `Alignment${where.en} is not valid.` };
    default:
      return {
        zh: `格式设置“${path.join(".") || "（整体）"}”缺失或无效。`,
        en: `Format setting “${path.join(".") || "(whole profile)"}” is missing or invalid.`,
      };
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Checks a profile (for example one a person edited or imported) and explains every problem in both languages. */
export function validateProfile(input: unknown): ProfileValidation {
  const parsed = formatProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: describeRule(issue.message, issue.path, input) ?? describe(issue.path, valueAt(input, issue.path)),
  }));
  return { ok: false, errors };
}
