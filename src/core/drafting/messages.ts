/**
 * The drafting area's messages (model-service failures, endpoint refusals), one table per
 * language; registered in the core catalog (src/core/text/catalog.ts), which the catalog test walks.
 */
import { defineMessages } from "../text/messages";

/** What the failure's detail may say: the HTTP status, the server's own words, the model, a wait in seconds. */
export interface DraftingErrorDetail {
  status?: number;
  message?: string;
  model?: string;
  seconds?: number;
}

/** The server's own words (OpenAI's { error: { message, code } }), shortened, if it gave any. */
const said = (d?: DraftingErrorDetail) => (d?.message ? `（服务器说明：${d.message.slice(0, 200)}）` : "");
const saidEn = (d?: DraftingErrorDetail) => (d?.message ? ` (the server says: ${d.message.slice(0, 200)})` : "");
const status = (d?: DraftingErrorDetail) => (d?.status ? ` ${d.status}` : "");

export const draftingTable = {
  "zh-CN": {
    unauthorized: (d?: DraftingErrorDetail) => `模型服务拒绝了请求（401，未认证）：密钥缺失或不正确。请在“起草设置”中填写正确的密钥，或请管理员检查反向代理。${said(d)}`,
    forbidden: (d?: DraftingErrorDetail) => `模型服务拒绝了请求（403，无权限）：此密钥或本机无权使用该模型。请联系管理员。${said(d)}`,
    modelNotFound: (d?: DraftingErrorDetail) => `模型服务上没有模型“${d?.model ?? ""}”（404）。请在设置中点“获取模型列表”，选一个服务上有的模型。${said(d)}`,
    notFound: (d?: DraftingErrorDetail) => `接口地址不对（404）：该地址下没有 /chat/completions。地址通常以 /v1 结尾。${said(d)}`,
    tooLarge: (d?: DraftingErrorDetail) => `发送的文字超出了模型一次能处理的长度（413 或上下文超长）。请少选一些文字，或按小节分别起草。${said(d)}`,
    rateLimited: (d?: DraftingErrorDetail) => `模型服务正忙或已达到使用限额（429）。请稍等片刻再点“起草”；本助手不会自动重试。${said(d)}`,
    server: (d?: DraftingErrorDetail) => `模型服务出错（${d?.status ?? "5xx"}）。这是服务器一侧的问题，请稍后再试或联系管理员。${said(d)}`,
    badRequest: (d?: DraftingErrorDetail) => `模型服务不接受这个请求（${d?.status ?? 400}）。${said(d) || "请检查模型名称和接口地址。"}`,
    network: (_d?: DraftingErrorDetail) => "连不上模型服务：网络不通，或服务未启动。请检查接口地址，或确认本机能访问该服务器。",
    cors: (_d?: DraftingErrorDetail) => "模型服务有应答，但不允许本加载项访问（跨域 CORS 未放行）。请管理员在服务上允许本加载项的来源，或按说明书配置同源反向代理。",
    notSse: (d?: DraftingErrorDetail) => `模型服务的应答不是流式格式（text/event-stream）${status(d)}。该地址可能不是 OpenAI 兼容接口，或中间的代理缓冲了应答。`,
    firstTokenTimeout: (d?: DraftingErrorDetail) => `模型在 ${d?.seconds ?? ""} 秒内没有开始输出，已停止等待。服务可能过载；可稍后再试。`,
    stalled: (d?: DraftingErrorDetail) => `模型输出中断超过 ${d?.seconds ?? ""} 秒，已停止等待。已收到的文字保留在下方，但不能插入前请核对。`,
    dropped: (_d?: DraftingErrorDetail) => "与模型服务的连接在输出完成前断开了。已收到的文字保留在下方，内容可能不完整。",
    modelError: (d?: DraftingErrorDetail) => `模型在输出过程中报告了错误。${said(d)}`,
    cancelled: (_d?: DraftingErrorDetail) => "已停止。文档没有任何改动。",
    endpointInvalid: "接口地址不是有效的网址，应形如 https://llm.example.gov.cn/v1。",
    endpointCredentials: "接口地址中不能带用户名或密码。",
    endpointQuery: "接口地址不能带“?”或“#”后的内容。",
    endpointNotHttps: "接口地址必须使用 https（任务窗格通过 https 加载，浏览器会拦截 http 请求；本机 localhost 除外）。",
  },
  "en-US": {
    unauthorized: (d?: DraftingErrorDetail) =>
      `The model service refused the request (401, not authenticated): the key is missing or wrong. Enter the right key in the drafting settings, or ask your administrator to check the reverse proxy.${saidEn(d)}`,
    forbidden: (d?: DraftingErrorDetail) => `The model service refused the request (403, forbidden): this key or computer may not use the model. Contact your administrator.${saidEn(d)}`,
    modelNotFound: (d?: DraftingErrorDetail) => `The service has no model “${d?.model ?? ""}” (404). Press “List models” in the settings and pick one it has.${saidEn(d)}`,
    notFound: (d?: DraftingErrorDetail) => `The endpoint is wrong (404): there is no /chat/completions under it. It usually ends in /v1.${saidEn(d)}`,
    tooLarge: (d?: DraftingErrorDetail) => `The text sent is longer than the model can take at once (413 or context length). Select less, or draft one section at a time.${saidEn(d)}`,
    rateLimited: (d?: DraftingErrorDetail) => `The model service is busy or the quota is used up (429). Wait a moment and press Draft again; nothing is retried automatically.${saidEn(d)}`,
    server: (d?: DraftingErrorDetail) => `The model service failed (${d?.status ?? "5xx"}). The problem is on the server's side; try again later or contact your administrator.${saidEn(d)}`,
    badRequest: (d?: DraftingErrorDetail) => `The model service did not accept the request (${d?.status ?? 400}).${saidEn(d) || " Check the model name and the endpoint."}`,
    network: (_d?: DraftingErrorDetail) => "Cannot reach the model service: no network path, or the service is not running. Check the endpoint, or whether this computer can reach the server.",
    cors: (_d?: DraftingErrorDetail) =>
      "The model service answers but does not allow this add-in (CORS). Ask your administrator to allow the add-in's origin on the service, or to set up the same-origin reverse proxy the README describes.",
    notSse: (d?: DraftingErrorDetail) =>
      `The model service did not answer as a stream (text/event-stream)${status(d)}. The endpoint may not be OpenAI-compatible, or a proxy in between buffers the answer.`,
    firstTokenTimeout: (d?: DraftingErrorDetail) => `The model did not start answering within ${d?.seconds ?? ""} s; stopped waiting. The service may be overloaded; try again later.`,
    stalled: (d?: DraftingErrorDetail) => `The model stopped for more than ${d?.seconds ?? ""} s; stopped waiting. What arrived is kept below; check it before inserting.`,
    dropped: (_d?: DraftingErrorDetail) => "The connection to the model service dropped before the answer was complete. What arrived is kept below and may be incomplete.",
    modelError: (d?: DraftingErrorDetail) => `The model reported an error while answering.${saidEn(d)}`,
    cancelled: (_d?: DraftingErrorDetail) => "Stopped. The document is unchanged.",
    endpointInvalid: "The endpoint is not a valid URL; it looks like https://llm.example.gov.cn/v1.",
    endpointCredentials: "The endpoint must not carry a user name or password.",
    endpointQuery: "The endpoint must not have a query (?) or fragment (#).",
    endpointNotHttps: "The endpoint must use https (the pane is served over https and the browser blocks http requests; localhost excepted).",
  },
};

export const draftingMessages = defineMessages(draftingTable);
