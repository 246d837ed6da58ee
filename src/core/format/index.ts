/** Official-format model: paragraph roles, GB/T 9704 profiles, font fallbacks, official styles, format plan, page and OOXML. */
export type {
  FormatProfile,
  FormattedRole,
  RoleFormat,
} from "./types";
export { FORMATTED_ROLES } from "./types";
export { classifyParagraphs, closingSignatureStart } from "./classify";
export { detectTitle, findTitleIndex, titleUncertain, type TitleDetection } from "./title";
export { formatPresets, localPracticeProfile, standardProfile } from "./profiles";
export {
  validateProfile,
  type ProfileError,
} from "./schema";
export { fontFallbacks, resolveFonts, type ResolvedFonts } from "./fonts";
export { planFormat, type ParagraphPlan } from "./plan";
export { isStyleMarkerText, MARKER_END, STYLE_MARKER } from "./marker";
export {
  headingSentenceStyle,
  OFFICIAL_STYLES,
  officialStyle,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  stylesPart,
  type OfficialStyleRole,
  type StyleDefinition,
} from "./styles";
export {
  pageSetupFor,
  sectionPropertiesXml,
} from "./page";
export { escapeXml } from "./xml";
export { roleNames } from "./messages";
