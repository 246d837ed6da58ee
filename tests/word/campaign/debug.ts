/** Runs one campaign case given as JSON (from run.ts's output) and prints what broke. */
import { reportOf, runCase } from "./harness";

void (async () => {
  const c = JSON.parse(process.argv[2]!);
  process.env.CAMPAIGN_VERBOSE = "1";
  console.log(reportOf(c));
  console.log(JSON.stringify(await runCase(c), null, 1));
})();
