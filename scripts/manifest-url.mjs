// Rewrites the development URLs of manifest.xml to where a production build is hosted.
export const DEV_BASE_URL = "https://localhost:3000/";

/** Every https://localhost:3000/… URL (and the AppDomain) pointed at `baseUrl` instead. */
export function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) return xml;
  const base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  if (!/^https:\/\/[^/\s"<>]+\//.test(base)) throw new Error(`ADDIN_BASE_URL must be an https URL, got ${baseUrl}`);
  const origin = new URL(base).origin;
  return xml
    .replaceAll(DEV_BASE_URL, base)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/, `<AppDomain>${origin}</AppDomain>`);
}
