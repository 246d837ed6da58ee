import { ComingSoon } from "../shell/ComingSoon";

export function FormatTab() {
  return <ComingSoon />;
}
