/** Messages of the format area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";
import type { Bilingual } from "../../core/text/bilingual";
import { roleNames, type FormattedRole } from "../../core/format";

export const formatMessages = defineMessages({
  "zh-CN": {
    settingsName: "排版设置（排版方案、字体替换、篇幅目标）",
  },
  "en-US": {
    settingsName: "the format settings (profile, font substitution, length target)",
  },
});

/** Names of the paragraph roles a profile formats: core's names (a refusal names them too), capitalised as labels. */
export const ROLE_NAMES = Object.fromEntries(
  Object.entries(roleNames).map(([role, name]) => [role, { zh: name.zh, en: name.en.charAt(0).toUpperCase() + name.en.slice(1) }]),
) as Record<FormattedRole, Bilingual>;
