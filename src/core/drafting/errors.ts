/**
 * Every way a request to the model can fail, each with a plain message in both languages that
 * says what happened and what to do. Nothing is retried automatically: a person decides.
 */
import type { Bilingual } from "../text/bilingual";

export type DraftingErrorKind =
  | "unauthorized" // 401
  | "forbidden" // 403
  | "modelNotFound" // 404 naming the model
  | "notFound" // 404 of the path: the endpoint is wrong
  | "tooLarge" // 413, or 400 context_length_exceeded
  | "rateLimited" // 429
  | "server" // 5xx
  | "badRequest" // other 4xx
  | "network" // no answer at all
  | "cors" // the server answers but does not allow this add-in's origin
  | "notSse" // 200 but not text/event-stream
  | "firstTokenTimeout"
  | "stalled" // no token for too long after the first
  | "dropped" // the stream ended before [DONE] or a finish reason
  | "modelError" // an error event inside the stream
  | "cancelled";

/** The server's own words (OpenAI's { error: { message, code } }), shortened, if it gave any. */
export function describeDraftingError(kind: DraftingErrorKind, detail?: { status?: number; message?: string; model?: string; seconds?: number }): Bilingual {
  const said = detail?.message ? `（服务器说明：${detail.message.slice(0, 200)}）` : "";
  const saidEn = detail?.message ? ` (the server says: ${detail.message.slice(0, 200)})` : "";
  const status = detail?.status ? ` ${detail.status}` : "";
  switch (kind) {
    case "unauthorized":
      return { zh: `模型服务拒绝了请求（401，未认证）：密钥缺失或不正确。请在“起草设置”中填写正确的密钥，或请管理员检查反向代理。${said}`, en: `The model service refused the request (401, not authenticated): the key is missing or wrong. Enter the right key in the drafting settings, or ask your administrator to check the reverse proxy.${saidEn}` };
    case "forbidden":
      return { zh: `模型服务拒绝了请求（403，无权限）：此密钥或本机无权使用该模型。请联系管理员。${said}`, en: `The model service refused the request (403, forbidden): this key or computer may not use the model. Contact your administrator.${saidEn}` };
    case "modelNotFound":
      return { zh: `模型服务上没有模型“${detail?.model ?? ""}”（404）。请在设置中点“获取模型列表”，选一个服务上有的模型。${said}`, en: `The service has no model “${detail?.model ?? ""}” (404). Press “List models” in the settings and pick one it has.${saidEn}` };
    case "notFound":
      return { zh: `接口地址不对（404）：该地址下没有 /chat/completions。地址通常以 /v1 结尾。${said}`, en: `The endpoint is wrong (404): there is no /chat/completions under it. It usually ends in /v1.${saidEn}` };
    case "tooLarge":
      return { zh: `发送的文字超出了模型一次能处理的长度（413 或上下文超长）。请少选一些文字，或按小节分别起草。${said}`, en: `The text sent is longer than the model can take at once (413 or context length). Select less, or draft one section at a time.${saidEn}` };
    case "rateLimited":
      return { zh: `模型服务正忙或已达到使用限额（429）。请稍等片刻再点“起草”；本助手不会自动重试。${said}`, en: `The model service is busy or the quota is used up (429). Wait a moment and press Draft again; nothing is retried automatically.${saidEn}` };
    case "server":
      return { zh: `模型服务出错（${detail?.status ?? "5xx"}）。这是服务器一侧的问题，请稍后再试或联系管理员。${said}`, en: `The model service failed (${detail?.status ?? "5xx"}). The problem is on the server's side; try again later or contact your administrator.${saidEn}` };
    case "badRequest":
      return { zh: `模型服务不接受这个请求（${detail?.status ?? 400}）。${said || "请检查模型名称和接口地址。"}`, en: `The model service did not accept the request (${detail?.status ?? 400}).${saidEn || " Check the model name and the endpoint."}` };
    case "network":
      return { zh: "连不上模型服务：网络不通，或服务未启动。请检查接口地址，或确认本机能访问该服务器。", en: "Cannot reach the model service: no network path, or the service is not running. Check the endpoint, or whether this computer can reach the server." };
    case "cors":
      return { zh: "模型服务有应答，但不允许本加载项访问（跨域 CORS 未放行）。请管理员在服务上允许本加载项的来源，或按说明书配置同源反向代理。", en: "The model service answers but does not allow this add-in (CORS). Ask your administrator to allow the add-in's origin on the service, or to set up the same-origin reverse proxy the README describes." };
    case "notSse":
      return { zh: `模型服务的应答不是流式格式（text/event-stream）${status}。该地址可能不是 OpenAI 兼容接口，或中间的代理缓冲了应答。`, en: `The model service did not answer as a stream (text/event-stream)${status}. The endpoint may not be OpenAI-compatible, or a proxy in between buffers the answer.` };
    case "firstTokenTimeout":
      return { zh: `模型在 ${detail?.seconds ?? ""} 秒内没有开始输出，已停止等待。服务可能过载；可稍后再试。`, en: `The model did not start answering within ${detail?.seconds ?? ""} s; stopped waiting. The service may be overloaded; try again later.` };
    case "stalled":
      return { zh: `模型输出中断超过 ${detail?.seconds ?? ""} 秒，已停止等待。已收到的文字保留在下方，但不能插入前请核对。`, en: `The model stopped for more than ${detail?.seconds ?? ""} s; stopped waiting. What arrived is kept below; check it before inserting.` };
    case "dropped":
      return { zh: "与模型服务的连接在输出完成前断开了。已收到的文字保留在下方，内容可能不完整。", en: "The connection to the model service dropped before the answer was complete. What arrived is kept below and may be incomplete." };
    case "modelError":
      return { zh: `模型在输出过程中报告了错误。${said}`, en: `The model reported an error while answering.${saidEn}` };
    case "cancelled":
      return { zh: "已停止。文档没有任何改动。", en: "Stopped. The document is unchanged." };
  }
}
