/** Title and signature fields shared by several genres. */
import type { GenreField } from "../schema";

export const unitField: GenreField = {
  key: "单位",
  label: { zh: "单位名称", en: "Organisation" },
  example: "江城市发展和改革委员会",
  placeholder: "××单位",
};

export const yearField: GenreField = {
  key: "年度",
  label: { zh: "年度", en: "Year" },
  example: "2026",
  placeholder: "20XX",
};

export const nameField: GenreField = {
  key: "姓名",
  label: { zh: "姓名", en: "Name" },
  example: "李明",
  placeholder: "×××",
};

export const postField: GenreField = {
  key: "职务",
  label: { zh: "职务", en: "Post" },
  example: "党组成员、副主任",
  placeholder: "××职务",
};

export const regionField: GenreField = {
  key: "地区",
  label: { zh: "地区", en: "Region" },
  example: "江城市",
  placeholder: "××市",
};
