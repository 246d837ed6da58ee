/**
 * What 存为骨架 and 编辑 need beyond the 骨架 list: the document's outline reader, the genre read
 * from it and the editor's draft (with genre validation, zod). One chunk, loaded when asked for.
 */
export { genreFromOutline } from "../../core/skeleton/fromOutline";
export { readOutlineForSkeleton } from "../../word";
export { draftFromGenre } from "./genreDraft";
