import { z } from "zod";
import { FORMATTED_ROLES, type FormatProfile } from "./types";

export const LINE_SPACING_MIN = 28;
export const LINE_SPACING_MAX = 29.5;
export const SIZE_MIN = 8;
export const SIZE_MAX = 72;

const fontName = z.string().trim().min(1);

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
    message: describe(issue.path, valueAt(input, issue.path)),
  }));
  return { ok: false, errors };
}
