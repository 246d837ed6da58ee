import { ComingSoon } from "../shell/ComingSoon";

export function SnippetsTab() {
  return <ComingSoon />;
}
