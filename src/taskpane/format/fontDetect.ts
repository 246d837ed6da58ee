/**
 * Which fonts this computer has, measured in a canvas: a font is present when text drawn in it
 * (with a generic fallback behind) differs in width from the fallback alone. `document.fonts.check`
 * answers true for fonts it has never seen, so it cannot be used. Null when no canvas is available.
 */
export function detectInstalledFonts(fonts: readonly string[]): Set<string> | null {
  if (typeof document === "undefined") return null;
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return null;
  const sample = "永和国字公文报告ABCmwi0123";
  const width = (font: string) => {
    context.font = font;
    return context.measureText(sample).width;
  };
  const generics = ["monospace", "serif", "sans-serif"];
  const base = generics.map((g) => width(`72px ${g}`));
  const installed = new Set<string>();
  for (const font of fonts) {
    const quoted = `"${font.replace(/"/g, "")}"`;
    if (generics.some((g, i) => width(`72px ${quoted}, ${g}`) !== base[i])) installed.add(font);
  }
  return installed;
}
