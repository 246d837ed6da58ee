// Development HTTPS certificates for https://localhost:3000, generated offline with Microsoft's
// office-addin-dev-certs. Its "install" (trust) step needs sudo and a desktop trust store, so we
// only generate the files and read them directly; trusting the CA is a manual step (README).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export async function devCertificateOptions() {
  const defaults = require("office-addin-dev-certs/lib/defaults.js");
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate.js");
  const paths = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  // The generated certificates are valid for 30 days: renew them a little before that.
  const fresh = (p) => existsSync(p) && Date.now() - statSync(p).mtimeMs < 25 * 24 * 3600 * 1000;
  if (!paths.every(fresh)) await generateCertificates();
  return {
    ca: readFileSync(defaults.caCertificatePath),
    cert: readFileSync(defaults.localhostCertificatePath),
    key: readFileSync(defaults.localhostKeyPath),
  };
}
