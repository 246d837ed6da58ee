import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";

/**
 * Keys typed on a tab in the tab list before that tab can take them (its code still loading, or
 * focus still on the tab list): kept here and handed to the tab's search box when it is ready,
 * so nothing the person types is lost and opening a tab never moves focus by itself.
 */
export interface Typeahead {
  push(text: string): void;
  /** Registers the taker; it receives everything typed so far at once, then each later key. */
  take(taker: (text: string) => void): () => void;
}

export function createTypeahead(): Typeahead {
  let pending = "";
  let taker: ((text: string) => void) | null = null;
  return {
    push(text) {
      if (taker) taker(text);
      else pending += text;
    },
    take(next) {
      taker = next;
      if (pending) {
        const text = pending;
        pending = "";
        next(text);
      }
      return () => {
        if (taker === next) taker = null;
      };
    },
  };
}

/** A key that types a character (not a shortcut, not Space, which activates the tab). */
export function typedCharacter(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing?: boolean }): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  return event.key.length === 1 && event.key !== " " ? event.key : null;
}

const TypeaheadContext = createContext<Typeahead | null>(null);

export function TypeaheadProvider({ value, children }: { value: Typeahead; children: ReactNode }) {
  return <TypeaheadContext.Provider value={value}>{children}</TypeaheadContext.Provider>;
}

/** Hands text typed on the tab list to `receive` (latest callback; registered while mounted). */
export function useTypeahead(receive: (text: string) => void): void {
  const typeahead = useContext(TypeaheadContext);
  const latest = useRef(receive);
  useEffect(() => {
    latest.current = receive;
  });
  useEffect(() => typeahead?.take((text) => latest.current(text)), [typeahead]);
}
