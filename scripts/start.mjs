// `npm start`: serves the add-in on https://localhost:3000 with webpack-dev-server. Where Word
// desktop exists (Windows, macOS) it also sideloads manifest.xml through Microsoft's
// office-addin-debugging; everywhere it prints the browser preview's URL.
import { spawn } from "node:child_process";
import { platform } from "node:os";

const port = process.env.PORT || "3000";
const server = spawn(process.execPath, ["node_modules/webpack/bin/webpack.js", "serve", "--mode", "development"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, PORT: port },
});

let announced = false;
server.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  if (process.env.VERBOSE) process.stdout.write(text);
  if (!announced && /compiled( successfully| with)/.test(text)) {
    announced = true;
    console.log(`
报告助手 · Report Composer is being served.
  Browser preview (no Word needed):  https://localhost:${port}/preview.html
  Task pane for Word:                https://localhost:${port}/taskpane.html
  Manifest to sideload:              manifest.xml
(The development certificate is self-signed: accept it once in the browser, or trust
 ~/.office-addin-dev-certs/ca.crt as README.md explains.)  Ctrl+C stops.`);
    if (platform() === "win32" || platform() === "darwin") sideload();
  }
  if (/compiled with \d+ error/.test(text)) process.stdout.write(text);
});

function sideload() {
  console.log("Word desktop platform detected: sideloading manifest.xml …");
  const npx = platform() === "win32" ? "npx.cmd" : "npx";
  const debug = spawn(npx, ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--no-live-reload"], {
    stdio: "inherit",
    shell: platform() === "win32",
  });
  debug.on("exit", (code) => code && console.log("Sideloading failed; see README.md for the manual steps."));
}

const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
