/**
 * Word proxy classes (office-js names), one per file. Each member notes its requirement set;
 * members outside the profile's sets fail at sync with ApiNotFound. Importing this module
 * registers every class and member (rich.ts and customProperties.ts add theirs to these classes).
 */
export { Body } from "./body";
export { ContentControl } from "./contentControl";
export { ContentControlCollection } from "./contentControlCollection";
export { CustomXmlPart } from "./customXmlPart";
export { CustomXmlPartCollection } from "./customXmlPartCollection";
export { CustomXmlPartScopedCollection } from "./customXmlPartScopedCollection";
export { WordDocument } from "./document";
export { Font } from "./font";
export { Paragraph } from "./paragraph";
export { ParagraphCollection } from "./paragraphCollection";
export { WordRange } from "./range";
export { RangeCollection } from "./rangeCollection";
export { Setting } from "./setting";
export { SettingCollection } from "./settingCollection";
export { Table } from "./table";
import "./rich"; // styles, change tracking, sections, pictures
import "./customProperties"; // custom document properties (WordApi 1.3)
