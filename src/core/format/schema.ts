import { z } from "zod";
import { A4_MM, CHARS_PER_LINE, LINES_PER_PAGE } from "./page";
import { FORMATTED_ROLES, type FormatProfile } from "./types";
import { mmToPt } from "./xml";
import { formatMessages, roleNames } from "./messages";
import { untranslated, type Bilingual } from "../text/bilingual";

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

/** The refusals of values a formal document cannot have, naming the item in both languages. */
function describeRule(message: string, path: PropertyKey[], root: unknown): Bilingual | null {
  const item = path.map(String).join(".");
  if (message === NOT_XML) {
    return formatMessages.notXml(item, roleNames[String(path[1] ?? "")], path[path.length - 1] === "latinFont");
  }
  if (message !== NARROW_COLUMN && message !== SHORT_AREA) return null;
  const profile = root as FormatProfile;
  const m = profile.pageMargins;
  if (message === NARROW_COLUMN) {
    return formatMessages.narrowColumn(item, m.left, m.right, A4_MM.width - m.left - m.right, CHARS_PER_LINE, profile.roles.body.sizePt);
  }
  return formatMessages.shortArea(item, m.top, m.bottom, A4_MM.height - m.top - m.bottom, LINES_PER_PAGE, profile.lineSpacingPt);
}

function describe(path: PropertyKey[], input: unknown): Bilingual {
  const field = String(path[path.length - 1] ?? "");
  const roleKey = path[0] === "roles" ? String(path[1] ?? "") : "";
  const role = roleNames[roleKey];
  const where = role ? formatMessages.ofRole(role) : untranslated("");
  const shown = typeof input === "number" || typeof input === "string" ? `${input}` : "";
  switch (field) {
    case "lineSpacingPt":
      return formatMessages.lineSpacing(LINE_SPACING_MIN, LINE_SPACING_MAX, shown);
    case "sizePt":
      return formatMessages.sizePt(where, SIZE_MIN, SIZE_MAX, shown);
    case "eastAsianFont":
      return formatMessages.eastAsianFont(where);
    case "latinFont":
      return formatMessages.latinFont(where);
    case "firstLineIndentChars":
      return formatMessages.firstLineIndent(where);
    case "alignment":
      return formatMessages.alignment(where);
    default:
      return formatMessages.invalid(path.join("."));
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
