import { ComingSoon } from "../shell/ComingSoon";

export function MetricsTab() {
  return <ComingSoon />;
}
