// A browser page for component tests: happy-dom's window, its globals copied onto node's global
// scope (what @happy-dom/global-registrator does), before React or Testing Library is imported.
// Import it first: `import "../../support/dom";`.
import { after } from "node:test";
import { Window } from "happy-dom";

const window = new Window({ url: "https://localhost/taskpane.html", width: 360, height: 800 });
const g = globalThis as Record<string, unknown>;
// Node's own fetch, streams, URL, timers and the like stay node's; the DOM comes from happy-dom.
const keep = new Set(["undefined", "NaN", "Infinity", "globalThis", "console", "process", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "fetch", "Request", "Response", "Headers", "URL", "URLSearchParams", "AbortController", "AbortSignal", "TextEncoder", "TextDecoder", "ReadableStream", "WritableStream", "TransformStream", "Blob", "structuredClone", "crypto", "performance", "Event", "EventTarget"]);
for (const key of Object.getOwnPropertyNames(window)) {
  if (keep.has(key) || key.startsWith("_")) continue;
  if (key in g && !/^(HTML|SVG|Element|Node|Document|Text|Comment|Range|Selection|Mutation|Keyboard|Mouse|Pointer|Focus|Input|Composition|Custom|UI|Drag|Clipboard|Touch|Wheel|Animation|Resize|Intersection|DOM|CSS|Shadow|Storage|Navigator|Location|History|Screen|Window|getComputedStyle|matchMedia|requestAnimationFrame|cancelAnimationFrame|localStorage|sessionStorage|navigator|location|history|document|window|self|top|parent|innerWidth|innerHeight|devicePixelRatio)/.test(key)) continue;
  try {
    g[key] = (window as unknown as Record<string, unknown>)[key];
  } catch {
    // a getter that throws outside a page: leave it
  }
}
g.window = window;
g.document = window.document;
g.self = window;
g.Event = window.Event;
g.EventTarget = window.EventTarget;
// No Web Animations: Fluent then shows and hides at once (as with reduced motion), instead of
// animations that happy-dom cancels on unmount with an unhandled AbortError.
for (let proto = window.HTMLElement.prototype as object | null; proto; proto = Object.getPrototypeOf(proto)) {
  if (Object.prototype.hasOwnProperty.call(proto, "animate")) delete (proto as { animate?: unknown }).animate;
}
// React's act() environment: warnings for updates outside act() are errors worth seeing.
g.IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom's timers and observers would keep the test process alive after the last test.
after(async () => {
  await window.happyDOM.abort();
  await window.happyDOM.close();
});
