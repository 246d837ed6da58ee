/**
 * Report genres: the built-in catalog, its schema and validation, and slot parsing.
 * Catalog order is the order the task pane lists genres in.
 */
import { bannianzongjie } from "./catalog/bannianzongjie";
import { duizhaojiancha } from "./catalog/duizhaojiancha";
import { gerennianduzongjie } from "./catalog/gerennianduzongjie";
import { nianduzongjie } from "./catalog/nianduzongjie";
import { shuzeshulian } from "./catalog/shuzeshulian";
import { shuzhi } from "./catalog/shuzhi";
import { shuzhishulian } from "./catalog/shuzhishulian";
import { zhengfugongzuobaogao } from "./catalog/zhengfugongzuobaogao";
import { zhuanxianghuibao } from "./catalog/zhuanxianghuibao";
import { jicengdangjianshuzhi } from "./catalog/jicengdangjianshuzhi";
import { xunshizhenggai } from "./catalog/xunshizhenggai";
import { gongzuoyaodian } from "./catalog/gongzuoyaodian";
import { diaoyanbaogao } from "./catalog/diaoyanbaogao";
import { yantaofayan } from "./catalog/yantaofayan";
import { zuzhishenghuohui } from "./catalog/zuzhishenghuohui";
import { banziduizhaojiancha } from "./catalog/banziduizhaojiancha";
import { zhutizeren } from "./catalog/zhutizeren";
import { yishixingtaizeren } from "./catalog/yishixingtaizeren";
import { fazhizhengfu } from "./catalog/fazhizhengfu";
import { gongzuohuiyijianghua } from "./catalog/gongzuohuiyijianghua";
import { congyanzhidangjianghua } from "./catalog/congyanzhidangjianghua";
import { huiyizhuchici } from "./catalog/huiyizhuchici";
import { dangzhibuzongjie } from "./catalog/dangzhibuzongjie";
import { dangjianjihua } from "./catalog/dangjianjihua";
import { sishubaogao } from "./catalog/sishubaogao";
import { shufabaogao } from "./catalog/shufabaogao";
import { qingkuangbaogao } from "./catalog/qingkuangbaogao";
import { zhenggaifangan } from "./catalog/zhenggaifangan";
import { zhenggaiqingdan } from "./catalog/zhenggaiqingdan";
import { jingjiyunxingfenxi } from "./catalog/jingjiyunxingfenxi";
import { huanjiezhengfubaogao } from "./catalog/huanjiezhengfubaogao";
import type { Genre, GenreSection, GenreSubsection } from "./schema";

export type { BodyLine, Genre, GenreField, GenreSection, GenreSubsection } from "./schema";
export { bodyLineFor, bodyLineTexts } from "./years";
export { genreSchema, SLUG } from "./schema";
export { parseSlots } from "./slots";
export { formatProblem, validateCatalog, validateGenre } from "./validate";

/** Every built-in genre. */
export const genreCatalog: readonly Genre[] = Object.freeze([
  shuzhishulian,
  shuzhi,
  shuzeshulian,
  nianduzongjie,
  gerennianduzongjie,
  bannianzongjie,
  zhengfugongzuobaogao,
  duizhaojiancha,
  banziduizhaojiancha,
  zhuanxianghuibao,
  gongzuoyaodian,
  jicengdangjianshuzhi,
  zhutizeren,
  yishixingtaizeren,
  xunshizhenggai,
  fazhizhengfu,
  diaoyanbaogao,
  yantaofayan,
  zuzhishenghuohui,
  gongzuohuiyijianghua,
  congyanzhidangjianghua,
  huiyizhuchici,
  dangzhibuzongjie,
  dangjianjihua,
  sishubaogao,
  shufabaogao,
  qingkuangbaogao,
  zhenggaifangan,
  zhenggaiqingdan,
  jingjiyunxingfenxi,
  huanjiezhengfubaogao,
]);

/** The built-in genre with this id, or undefined. */
export function findGenre(id: string): Genre | undefined {
  return genreCatalog.find((g) => g.id === id);
}

/** A section or subsection of a genre by id, with its parent for subsections. */
export function findSection(
  genre: Genre,
  sectionId: string,
): { section: GenreSection; parent?: undefined } | { section: GenreSubsection; parent: GenreSection } | undefined {
  for (const s of genre.sections) {
    if (s.id === sectionId) return { section: s };
    const sub = s.subsections.find((x) => x.id === sectionId);
    if (sub) return { section: sub, parent: s };
  }
  return undefined;
}
