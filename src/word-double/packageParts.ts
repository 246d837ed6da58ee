/**
 * The parts Word puts in every getOoxml package besides the document (styles, theme, font table,
 * settings): "it's an entire document" (Microsoft, "Create better add-ins for Word with Office Open
 * XML"), tens of KB per call (review A.3). Used under modes.getOoxmlSize "realistic" so that
 * payload and parsing costs in tests and benchmarks resemble Word's. Generated here, about 40 KB.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

const part = (name: string, type: string, xml: string) =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

function stylesXml(): string {
  const style = (type: string, id: string, name: string, pPr: string, rPr: string) =>
    `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const fonts = (ascii: string, eastAsia: string) => `<w:rFonts w:ascii="${ascii}" w:hAnsi="${ascii}" w:eastAsia="${eastAsia}" w:cs="${ascii}"/>`;
  let out =
    `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts("Calibri", "等线")}<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    latentStyles() +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>`;
  for (let level = 1; level <= 9; level++) {
    out += style("paragraph", `Heading${level}`, `heading ${level}`, `<w:keepNext/><w:keepLines/><w:spacing w:before="${340 - level * 20}" w:after="${330 - level * 20}" w:line="${578 - level * 20}" w:lineRule="auto"/><w:outlineLvl w:val="${level - 1}"/>`, `${fonts("Calibri Light", "等线 Light")}<w:b/><w:bCs/><w:sz w:val="${46 - level * 2}"/>`);
    out += style("paragraph", `TOC${level}`, `toc ${level}`, `<w:ind w:leftChars="${(level - 1) * 200}" w:left="${(level - 1) * 420}"/>`, "");
    out += style("character", `Heading${level}Char`, `Heading ${level} Char`, "", `<w:b/><w:bCs/><w:sz w:val="${46 - level * 2}"/>`);
  }
  const others = ["Title", "Subtitle", "Quote", "IntenseQuote", "ListParagraph", "Caption", "Header", "Footer", "FootnoteText", "EndnoteText", "NoSpacing", "TableGrid", "BalloonText", "CommentText", "PlainText", "BodyText"];
  for (const id of others) out += style("paragraph", id, id.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(), `<w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, `${fonts("Calibri", "宋体")}<w:sz w:val="20"/><w:szCs w:val="20"/>`);
  return out + `</w:styles>`;
}

/** Schema order: latentStyles come after docDefaults, before the styles. */
function latentStyles(): string {
  let out = `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">`;
  for (let i = 0; i < 130; i++) out += `<w:lsdException w:name="latent style ${i}" w:uiPriority="${i}" w:semiHidden="1" w:unhideWhenUsed="1"/>`;
  return out + `</w:latentStyles>`;
}

function themeXml(): string {
  const scripts = ["Jpan", "Hang", "Hans", "Hant", "Arab", "Hebr", "Thai", "Ethi", "Beng", "Gujr", "Khmr", "Knda", "Guru", "Cans", "Cher", "Yiii", "Tibt", "Thaa", "Deva", "Telu", "Taml", "Syrc", "Orya", "Mlym", "Laoo", "Sinh", "Mong", "Viet", "Uigh", "Geor"];
  const fontScheme = (latin: string) => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>` + scripts.map((s) => `<a:font script="${s}" typeface="${latin} ${s}"/>`).join("");
  const colors = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
  const fill = (n: number) => `<a:gradFill rotWithShape="1"><a:gsLst>${[0, 50000, 100000].map((pos) => `<a:gs pos="${pos}"><a:schemeClr val="phClr"><a:lumMod val="${100000 - n * 1000}"/><a:satMod val="${103000 + n * 1000}"/><a:tint val="${94000 - n * 1000}"/></a:schemeClr></a:gs>`).join("")}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`;
  return (
    `<a:theme xmlns:a="${A}" name="Office"><a:themeElements><a:clrScheme name="Office">` +
    colors.map((c, i) => `<a:${c}><a:srgbClr val="${(0x101010 * (i + 1)).toString(16).padStart(6, "0").slice(-6).toUpperCase()}"/></a:${c}>`).join("") +
    `</a:clrScheme><a:fontScheme name="Office"><a:majorFont>${fontScheme("Calibri Light")}</a:majorFont><a:minorFont>${fontScheme("Calibri")}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${[1, 2, 3].map(fill).join("")}</a:fillStyleLst><a:bgFillStyleLst>${[4, 5, 6].map(fill).join("")}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements></a:theme>`
  );
}

function fontTableXml(): string {
  const names = ["Calibri", "Calibri Light", "Times New Roman", "等线", "等线 Light", "宋体", "黑体", "仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "Cambria Math", "Arial"];
  return (
    `<w:fonts xmlns:w="${W}">` +
    names.map((n, i) => `<w:font w:name="${n}"><w:altName w:val="${n} Fallback"/><w:panose1 w:val="020F05020202040302${i.toString(16).padStart(2, "0")}"/><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/></w:font>`).join("") +
    `</w:fonts>`
  );
}

function settingsXml(): string {
  const compat = ["useFELayout", "spaceForUL", "balanceSingleByteDoubleByteWidth", "doNotLeaveBackslashAlone", "ulTrailSpace", "doNotExpandShiftReturn", "adjustLineHeightInTable", "doNotWrapTextWithPunct", "doNotUseEastAsianBreakRules", "useFELayout"];
  return (
    `<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>` +
    `<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>` +
    `<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>${compat.map((c) => `<w:${c}/>`).join("")}` +
    `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`
  );
}

let cached: string | undefined;

/** The extra parts, built once. */
export function packageParts(): string {
  cached ??=
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", stylesXml()) +
    part("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", themeXml()) +
    part("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", fontTableXml()) +
    part("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", settingsXml());
  return cached;
}

/** A getOoxml package with Word's other parts added before its closing tag. */
export function withPackageParts(pkg: string): string {
  const end = pkg.lastIndexOf("</pkg:package>");
  return end < 0 ? pkg : pkg.slice(0, end) + packageParts() + pkg.slice(end);
}
