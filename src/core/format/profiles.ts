import { profileNames } from "./messages";
import type { FormatProfile, RoleFormat } from "./types";

const FANGSONG = "仿宋_GB2312";
const KAITI = "楷体_GB2312";
const HEITI = "黑体";
const XIAOBIAOSONG = "方正小标宋简体";
const TIMES = "Times New Roman";

/** 3号 = 16 pt, 2号 = 22 pt. */
const SIZE_3 = 16;
const SIZE_2 = 22;

function role(font: string, overrides: Partial<RoleFormat> = {}): RoleFormat {
  return {
    eastAsianFont: font,
    latinFont: font,
    sizePt: SIZE_3,
    bold: false,
    alignment: "justified",
    firstLineIndentChars: 2,
    ...overrides,
  };
}

/** GB/T 9704-2012 as commonly applied: 小标宋 title, 仿宋 body, 黑体/楷体/仿宋 headings, exact 28 pt lines. */
export const standardProfile: FormatProfile = {
  id: "gbt9704",
  name: profileNames.standard,
  pageMargins: { top: 37, bottom: 35, left: 28, right: 26 },
  lineSpacingPt: 28,
  firstLineIndentChars: 2,
  roles: {
    title: role(XIAOBIAOSONG, { sizePt: SIZE_2, alignment: "centered", firstLineIndentChars: 0 }),
    subtitle: role(KAITI, { alignment: "centered", firstLineIndentChars: 0 }),
    addressee: role(FANGSONG, { alignment: "left", firstLineIndentChars: 0 }),
    heading1: role(HEITI),
    heading2: role(KAITI),
    // GB/T 9704-2012 7.3.3 names only the font (仿宋) for level 3: not bold.
    heading3: role(FANGSONG),
    heading4: role(FANGSONG),
    body: role(FANGSONG),
    signature: role(FANGSONG, { alignment: "right", firstLineIndentChars: 0 }),
    date: role(FANGSONG, { alignment: "right", firstLineIndentChars: 0 }),
  },
};

function withLatin(profileRoles: FormatProfile["roles"], latinFont: string): FormatProfile["roles"] {
  const entries = Object.entries(profileRoles).map(([key, value]) => [key, { ...value, latinFont }]);
  return Object.fromEntries(entries) as FormatProfile["roles"];
}

/** Common local practice: the standard, with Times New Roman for Latin letters and digits and bold level-2 and level-3 headings. */
export const localPracticeProfile: FormatProfile = {
  ...standardProfile,
  id: "local-practice",
  name: profileNames.localPractice,
  roles: {
    ...withLatin(standardProfile.roles, TIMES),
    heading2: { ...standardProfile.roles.heading2, latinFont: TIMES, bold: true },
    heading3: { ...standardProfile.roles.heading3, latinFont: TIMES, bold: true },
  },
};

/** Built-in profiles, in the order a picker should list them. */
export const formatPresets: readonly FormatProfile[] = [standardProfile, localPracticeProfile];
