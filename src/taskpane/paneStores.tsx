/**
 * The pane's stores, created once per pane (and once per test render) and passed down by
 * providers: what a tab keeps while another is open (paneState), the one Word operation at a
 * time (wordQueue), the person's saved skeletons (personalGenres) and the content packs
 * (ContentContext). Needs a NotifyProvider above it (the content store reports its start-up).
 */
import type { ReactNode } from "react";
import { ContentProvider } from "./content/ContentContext";
import type { PersonalGenresStore } from "./content/personalGenres";
import { PersonalGenresProvider } from "./content/personalGenresContext";
import type { ContentStore } from "./content/store";
import { PaneStateProvider } from "./shell/paneState";
import { WordQueueProvider, type WordQueue } from "./shell/wordQueue";

export interface PaneStoresProps {
  children: ReactNode;
  /** Stores to use instead of new ones over the add-in's storage (tests). */
  wordQueue?: WordQueue;
  personalGenres?: PersonalGenresStore;
  createContentStore?: () => Promise<ContentStore>;
}

export function PaneStores({ children, wordQueue, personalGenres, createContentStore }: PaneStoresProps) {
  return (
    <PaneStateProvider>
      <WordQueueProvider queue={wordQueue}>
        <PersonalGenresProvider store={personalGenres}>
          <ContentProvider {...(createContentStore ? { createStore: createContentStore } : {})}>{children}</ContentProvider>
        </PersonalGenresProvider>
      </WordQueueProvider>
    </PaneStateProvider>
  );
}
