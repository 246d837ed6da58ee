/**
 * Every way a request to the model can fail, each with a plain message in both languages that
 * says what happened and what to do. Nothing is retried automatically: a person decides.
 */
import type { Bilingual } from "../text/bilingual";
import { draftingMessages, type DraftingErrorDetail } from "./messages";

export type DraftingErrorKind =
  | "unauthorized" // 401
  | "forbidden" // 403
  | "modelNotFound" // 404 naming the model
  | "notFound" // 404 of the path: the endpoint is wrong
  | "tooLarge" // 413, or 400 context_length_exceeded
  | "rateLimited" // 429
  | "server" // 5xx
  | "badRequest" // other 4xx
  | "network" // no answer at all
  | "cors" // the server answers but does not allow this add-in's origin
  | "notSse" // 200 but not text/event-stream
  | "firstTokenTimeout"
  | "stalled" // no token for too long after the first
  | "dropped" // the stream ended before [DONE] or a finish reason
  | "modelError" // an error event inside the stream
  | "cancelled";

/** The message for a failure, in both languages; `detail` adds the status, the server's own words (shortened), the model or the wait. */
export function describeDraftingError(kind: DraftingErrorKind, detail?: DraftingErrorDetail): Bilingual {
  return draftingMessages[kind](detail);
}
