/**
 * What the 骨架 tab's buttons run: the skeleton builder and its Word calls. Its own chunk, fetched
 * on the first press (and in idle time after the first paint), so the list's first paint neither
 * downloads nor evaluates the Word layer.
 */
export { buildSection, buildSkeleton } from "../../core/skeleton";
export { insertSkeletonBlock, renumberDocument } from "../../word";
