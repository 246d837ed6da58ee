// Times `npm start`: from the command to the browser preview answering (HTTP 200 for preview.html),
// then stops the server. Prints one line; exit code 1 past START_TIME_LIMIT_S (default 15 s).
//   npm run start:time            (COLD=1 empties the development build cache first)
import { spawn } from "node:child_process";
import { rmSync, readdirSync } from "node:fs";
import https from "node:https";
import { createServer } from "node:net";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const limit = Number(process.env.START_TIME_LIMIT_S ?? 15);
if (process.env.COLD === "1") {
  const cache = join(root, ".webpack-cache");
  for (const name of (() => { try { return readdirSync(cache); } catch { return []; } })()) {
    if (name.includes("development")) rmSync(join(cache, name), { recursive: true, force: true });
  }
}

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(String(free)));
  });
});

const started = Date.now();
const child = spawn(process.execPath, [join(root, "scripts/start.mjs")], { cwd: root, env: { ...process.env, PORT: port }, stdio: "ignore", detached: true });
const answered = () =>
  new Promise((resolve) => {
    const req = https.get({ host: "localhost", port, path: "/preview.html", rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(5000, () => {
      req.destroy();
      resolve(false);
    });
  });

let ok = false;
while (Date.now() - started < 600_000) {
  if (await answered()) {
    ok = true;
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
const seconds = (Date.now() - started) / 1000;
try {
  process.kill(-child.pid, "SIGTERM");
} catch {
  child.kill("SIGTERM");
}
console.log(ok ? `npm start: preview answered after ${seconds.toFixed(1)} s (goal ≤ ${limit} s)` : `npm start: preview did not answer within ${seconds.toFixed(0)} s`);
process.exit(ok && seconds <= limit ? 0 : 1);
