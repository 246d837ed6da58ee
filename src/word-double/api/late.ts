/**
 * Subclasses that SpanObject creates, registered by their own modules. SpanObject cannot import
 * them: each extends SpanObject, so a static import would evaluate a subclass before its base.
 */
import type { Body } from "./body";
import type { ContentControl } from "./contentControl";
import type { WordRange } from "./range";
import type { RangeCollection } from "./rangeCollection";

export const late = {} as {
  WordRange: typeof WordRange;
  RangeCollection: typeof RangeCollection;
  ContentControl: typeof ContentControl;
  Body: typeof Body;
};
