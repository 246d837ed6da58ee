// Renders a pane component as the pane does: Fluent's provider, the language, the notifier (its
// toasts shown inline, so a test reads them) and a fresh set of the pane's stores for each render.
import "../../support/dom";
import { Suspense, type ReactElement, type ReactNode } from "react";
import { act, configure, render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LocaleContext } from "../../../src/taskpane/i18n/strings";
import type { Locale } from "../../../src/taskpane/i18n/locale";
import { NotifyProvider, ToastArea } from "../../../src/taskpane/shell/notify";
import { PaneStores } from "../../../src/taskpane/paneStores";
import { loadPersonalGenresParser, PersonalGenresStore } from "../../../src/taskpane/content/personalGenres";
import { ContentStore } from "../../../src/taskpane/content/store";
import { WordQueue } from "../../../src/taskpane/shell/wordQueue";
import { memoryStorage, type MemoryStorage } from "../../support/memoryStorage";
import { afterEach, beforeEach } from "node:test";
import { cleanup } from "@testing-library/react";
import { createWordDouble, type WordDouble } from "../../../src/word-double";

// The personal genres' reader, which the pane loads before anything saves a genre (its own chunk there).
await loadPersonalGenresParser();

// findBy…/waitFor wait for what the pane shows, not for a time: give a loaded machine room.
configure({ asyncUtilTimeout: 15_000 });

export interface PaneOptions {
  locale?: Locale;
  /** The storage behind the stores (a new memory storage by default). */
  storage?: MemoryStorage;
}

export interface RenderedPane extends RenderResult {
  storage: MemoryStorage;
  personalGenres: PersonalGenresStore;
  wordQueue: WordQueue;
}

/**
 * Renders `ui` inside the pane's providers, each store new and over `storage`. Async: the render
 * runs in an awaited act(), so what suspends on a loaded chunk (the content store) resolves.
 */
export async function renderInPane(ui: ReactElement, options: PaneOptions = {}): Promise<RenderedPane> {
  const storage = options.storage ?? memoryStorage();
  const personalGenres = new PersonalGenresStore(storage);
  const wordQueue = new WordQueue();
  const content = Promise.resolve(new ContentStore({ storage, allowedOrigins: "any" }));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocaleContext.Provider value={options.locale ?? "zh-CN"}>
      <FluentProvider theme={webLightTheme}>
        <NotifyProvider>
          <PaneStores personalGenres={personalGenres} wordQueue={wordQueue} createContentStore={() => content}>
            <Suspense fallback={null}>{children}</Suspense>
          </PaneStores>
          <ToastArea />
        </NotifyProvider>
      </FluentProvider>
    </LocaleContext.Provider>
  );
  let rendered!: RenderResult;
  await act(async () => {
    rendered = render(ui, { wrapper });
  });
  return { ...rendered, storage, personalGenres, wordQueue };
}

/**
 * A fresh Word double holding `paragraphs`, installed before each test of the file and removed
 * (with what was rendered) after it; `current()` is this test's.
 */
export function doublePerTest(paragraphs: readonly string[]): { current: () => WordDouble } {
  let double: WordDouble | null = null;
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    double = createWordDouble({ paragraphs: [...paragraphs] });
    uninstall = double.install();
  });
  afterEach(() => {
    cleanup();
    uninstall();
  });
  return {
    current: () => {
      if (!double) throw new Error("doublePerTest: no test is running");
      return double;
    },
  };
}
