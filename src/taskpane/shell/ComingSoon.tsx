import { Text } from "@fluentui/react-components";
import { defineStrings } from "../i18n/strings";

const useStrings = defineStrings({
  "zh-CN": { coming: "此功能即将推出。" },
  "en-US": { coming: "Coming soon." },
});

/** Shown by a tab only until its own feature lands. */
export function ComingSoon() {
  return <Text>{useStrings().coming}</Text>;
}
