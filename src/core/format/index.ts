/** Official-format model: paragraph roles, GB/T 9704 profiles, font fallbacks, format plan and OOXML. */
export type {
  Alignment,
  FormatProfile,
  FormattedRole,
  PageMarginsMm,
  ParagraphFormat,
  ParagraphRole,
  RoleFormat,
} from "./types";
export { FORMATTED_ROLES } from "./types";
export { classifyParagraphs } from "./classify";
export { findTitleIndex } from "./title";
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
export { planFormat } from "./plan";
export {
  escapeXml,
  paragraphOoxml,
  paragraphOoxmlPackage,
  paragraphPropertiesOoxml,
  runPropertiesOoxml,
  type OoxmlFormat,
  type OoxmlRun,
} from "./ooxml";
