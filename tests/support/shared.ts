/** ../shared beside the checkout (CI lays a copy there): the corpus and the manifest schemas. */
import { join } from "node:path";

export const SHARED_DIR = process.env.SHARED_DIR ?? join(import.meta.dirname, "../../../shared");
export const corpusPath = (name: string): string => join(SHARED_DIR, "corpus", name);
