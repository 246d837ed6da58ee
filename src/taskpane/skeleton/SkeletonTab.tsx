import { ComingSoon } from "../shell/ComingSoon";

export function SkeletonTab() {
  return <ComingSoon />;
}
