/**
 * 导出: a personal genre as a content-pack file, the format the 内容包 import reads:
 * { format: "report-composer-pack", version: 1, id, name: {zh, en}, genres: [genre] }.
 */
import type { Genre } from "../../core/genres";
import { downloadTextFile } from "../snippets/download";

export const PACK_FORMAT = "report-composer-pack";
export const PACK_VERSION = 1;

export interface GenrePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  id: string;
  name: { zh: string; en: string };
  genres: Genre[];
}

/** The pack holding one genre; its id and name are the genre's. */
export function genrePack(genre: Genre): GenrePack {
  return { format: PACK_FORMAT, version: PACK_VERSION, id: genre.id, name: { zh: genre.name.zh, en: genre.name.en }, genres: [genre] };
}

/** 骨架-中学校长述职述廉报告.json: the name without the characters file systems refuse. */
export function packFileName(genre: Genre): string {
  const name = genre.name.zh.replace(/[\\/:*?"<>|]+/g, "").trim().slice(0, 60) || genre.id;
  return `骨架-${name}.json`;
}

/** Downloads the genre as a pack file. */
export function downloadGenrePack(genre: Genre): void {
  downloadTextFile(packFileName(genre), JSON.stringify(genrePack(genre), null, 2) + "\n");
}
