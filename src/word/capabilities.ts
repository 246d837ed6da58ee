/** What the running Word can do, detected once per pane (the host does not change under it). */
export interface Capabilities {
  /** WordApi 1.3: ranges, custom document properties — the pane's floor. */
  wordApi13: boolean;
  /** WordApi 1.3: document.properties.customProperties (the styles' signature is kept there). */
  documentProperties: boolean;
  /** WordApi 1.4: custom XML parts and document settings travel with the file. */
  customXmlParts: boolean;
  /** WordApi 1.4: Word.Field (paragraph.fields, body.fields; code, result). Absent: as customXmlParts (the same set). */
  fields?: boolean;
  /** WordApi 1.5: style objects (getStyles, Style.delete) — official styles can be redefined. */
  styleObjects: boolean;
  /** WordApiDesktop 1.3: font.nameFarEast sets the Chinese font slot directly. */
  eastAsianFontApi: boolean;
  /** WordApiDesktop 1.3: Section.pageSetup (margins, paper, grid). */
  pageSetup: boolean;
  /** Word on the web. */
  web: boolean;
}

let detected: Capabilities | null = null;
let detectedFor: unknown = null;

export function detectCapabilities(): Capabilities {
  // Memoised per Office object: the preview swaps in a new double (and so a new host) at times.
  const office = typeof Office === "undefined" ? null : Office;
  if (detected && detectedFor === office) return detected;
  const supported = (set: string, version: string) => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  detectedFor = office;
  detected = {
    wordApi13: supported("WordApi", "1.3"),
    documentProperties: supported("WordApi", "1.3"),
    customXmlParts: supported("WordApi", "1.4"),
    fields: supported("WordApi", "1.4"),
    styleObjects: supported("WordApi", "1.5"),
    eastAsianFontApi: supported("WordApiDesktop", "1.3"),
    pageSetup: supported("WordApiDesktop", "1.3"),
    web: supported("WordApiOnline", "1.1"),
  };
  return detected;
}
