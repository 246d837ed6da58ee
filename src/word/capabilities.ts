/** What the running Word can do, detected once; every fallback branches on this. */
export interface Capabilities {
  /** WordApi 1.4: custom XML parts and document settings travel with the file. */
  customXmlParts: boolean;
  /** WordApiDesktop 1.3: font.nameFarEast sets the Chinese font slot directly. */
  eastAsianFontApi: boolean;
  /** Word on the web: no page setup through the API. */
  web: boolean;
}

export function detectCapabilities(): Capabilities {
  const supported = (set: string, version: string) => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return {
    customXmlParts: supported("WordApi", "1.4"),
    eastAsianFontApi: supported("WordApiDesktop", "1.3"),
    web: supported("WordApiOnline", "1.1"),
  };
}
