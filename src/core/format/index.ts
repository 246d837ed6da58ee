/** Official-format model: paragraph roles, GB/T 9704 profiles, font fallbacks, official styles, format plan, page and OOXML. */
export type {
  Alignment,
  FormatProfile,
  FormattedRole,
  PageMarginsMm,
  ParagraphFormat,
  ParagraphRole,
  RoleFormat,
  UnformattedRole,
} from "./types";
export { FORMATTED_ROLES, UNFORMATTED_ROLES } from "./types";
export { classifyParagraphs, type ClassifyOptions } from "./classify";
export { detectTitle, findTitleIndex, isMastheadLine, titleFor, titleUncertain, type TitleDetection } from "./title";
export { formatPresets, localPracticeProfile, standardProfile } from "./profiles";
export {
  formatProfileSchema,
  validateProfile,
  LINE_SPACING_MAX,
  LINE_SPACING_MIN,
  type ProfileError,
  type ProfileValidation,
} from "./schema";
export { fontFallbacks, resolveFonts, type FontFallback, type FontSubstitution, type ResolvedFonts } from "./fonts";
export { planFormat, type ParagraphFacts, type ParagraphPlan, type RunInHeading } from "./plan";
export { isStyleMarkerText, MARKER_END, STYLE_MARKER } from "./marker";
export {
  CLOSING_RIGHT_INDENT_CHARS,
  headingSentenceStyle,
  OFFICIAL_STYLES,
  officialStyle,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  stylesPart,
  type HeadingLevel,
  type HeadingSentenceRole,
  type OfficialStyle,
  type OfficialStyleRole,
  type StyleDefinition,
  type StyleFontDefinition,
  type StyleParagraphDefinition,
} from "./styles";
export {
  A4_MM,
  CHARS_PER_LINE,
  LINES_PER_PAGE,
  pageSetupFor,
  sectionPropertiesXml,
  type Margins,
  type PageSetupFigures,
} from "./page";
export { escapeXml } from "./xml";
