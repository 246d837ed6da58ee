/**
 * Word proxy classes (office-js names), one per file. Each member notes its requirement set;
 * members outside the profile's sets fail at sync with ApiNotFound. Importing this module
 * registers every class and member: the classes SpanObject creates register themselves in
 * late.ts, and rich.ts and customProperties.ts add their members to these classes.
 */
export { WordDocument } from "./document";
import "./body";
import "./contentControl";
import "./range";
import "./rangeCollection";
import "./rich"; // styles, change tracking, sections, pictures, fields
import "./customProperties"; // custom document properties (WordApi 1.3)
