/**
 * Messages of the content area's modules outside React (the pack store, the congress-date
 * setting), returned as Bilingual values; components' text is in strings.ts.
 */
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";

export const contentMessages = defineMessages({
  "zh-CN": {
    storageFull: "本机浏览器存储已满，内容包没有保存：本次打开期间仍可使用，关闭后需重新下载或导入。可删除不用的内容包腾出空间。",
    storageDisabled: "无法保存到本机（浏览器存储被禁用）：内容包只在本次打开期间有效。",
    listUnreadable: "内容包列表无法读取，已改用空列表；原始数据已另存备份。请重新添加内容包。",
    copyUnreadable: "本机保存的副本无法读取（已另存备份），请刷新或重新导入。",
    refreshOnlyUrl: "只有网址来源可以刷新；文件请重新导入。",
    busy: (url: string | undefined) => `正在下载 ${url ?? ""}，请等它完成或取消后再试。`,
    notAdded: (reason: Bilingual) => `${reason.zh}内容包未添加。`,
    copyStaysInUse: (reason: Bilingual, when: string) => `${reason.zh}已继续使用 ${when} 下载的内容。`,
    neverDownloaded: (reason: Bilingual) => `${reason.zh}这个地址还从未下载成功过，目前没有可用的内容。`,
    notImported: (reason: Bilingual) => `未导入：${reason.zh}`,
    congressSettingsName: "党的二十一大日期设置",
  },
  "en-US": {
    storageFull:
      "This computer's browser storage is full, so the content pack was not saved: it works until the pane is closed, then must be downloaded or imported again. Remove packs you no longer use to make room.",
    storageDisabled: "Could not save on this computer (browser storage is disabled): the content pack lasts until the pane is closed.",
    listUnreadable: "The list of content packs could not be read, so it starts empty; the original data was backed up. Add your packs again.",
    copyUnreadable: "The copy kept on this computer could not be read (it was backed up); refresh or import it again.",
    refreshOnlyUrl: "Only a URL source can be refreshed; import a file again instead.",
    busy: (url: string | undefined) => `${url ?? "A download"} is still downloading; wait for it or cancel it first.`,
    notAdded: (reason: Bilingual) => `${reason.en} The content pack was not added.`,
    copyStaysInUse: (reason: Bilingual, when: string) => `${reason.en} The copy downloaded on ${when} stays in use.`,
    neverDownloaded: (reason: Bilingual) => `${reason.en} Nothing has ever been downloaded from this address, so none of its content is available.`,
    notImported: (reason: Bilingual) => `Not imported: ${reason.en}`,
    congressSettingsName: "the 21st Party Congress date setting",
  },
});
