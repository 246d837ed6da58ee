import { test } from "node:test";
import assert from "node:assert/strict";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { FONT_STACKS, themeFor } from "../../src/taskpane/shell/theme";

/** The font stack's families in order, without quotes. */
const families = (stack: string) => stack.split(",").map((f) => f.trim().replace(/^"|"$/g, ""));
const CHINESE = ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC"];

test("themeFor: Office's light themes (and none, outside Office) give Fluent's light theme at once, with the locale's faces", () => {
  for (const officeTheme of [undefined, {}, { bodyBackgroundColor: "#FFFFFF" }, { bodyBackgroundColor: "#e6e6e6" }, { bodyBackgroundColor: "not a colour" }]) {
    const theme = themeFor(officeTheme, "zh-CN");
    assert.ok(!(theme instanceof Promise), "no chunk to wait for");
    const t = theme as Theme;
    assert.equal(t.colorNeutralBackground1, webLightTheme.colorNeutralBackground1);
    assert.equal(t.fontFamilyBase, FONT_STACKS["zh-CN"]);
  }
  assert.equal(webLightTheme.fontFamilyBase.includes("YaHei"), false, "Fluent's own theme is left as it is");
});

test("themeFor: a dark Office theme (Black, Dark Grey) loads Fluent's dark theme, with the same faces", async () => {
  for (const bodyBackgroundColor of ["#262626", "#000000", "#4a4a4a"]) {
    const theme = themeFor({ bodyBackgroundColor }, "en-US");
    assert.ok(theme instanceof Promise, bodyBackgroundColor);
    const t = await theme;
    assert.equal(t.colorNeutralBackground1, webDarkTheme.colorNeutralBackground1);
    assert.equal(t.fontFamilyBase, FONT_STACKS["en-US"]);
  }
});

test("the faces: Chinese ones are named (never left to the system's fallback), in Chinese first, in English after Segoe UI", () => {
  const zh = families(FONT_STACKS["zh-CN"]);
  const en = families(FONT_STACKS["en-US"]);
  assert.deepEqual(zh.slice(0, 3), CHINESE, "Office's Chinese UI face first, then the Mac's and Linux's");
  assert.equal(en[0], "Segoe UI", "English keeps Fluent's Latin face first");
  for (const stack of [zh, en]) {
    for (const face of CHINESE) assert.ok(stack.includes(face), `${face} in ${stack.join(", ")}`);
    assert.equal(stack.at(-1), "sans-serif", "a generic family last");
    assert.ok(stack.indexOf("Noto Sans CJK SC") < stack.indexOf("sans-serif"), "the named faces before the generic one");
  }
});
