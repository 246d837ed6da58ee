/*
 * 报告助手 · webview check. Plain ES5 (lint and tests/build parse it as ES5): it must run in
 * Internet Explorer 11, where the task pane's ES2022 bundle cannot even be parsed.
 *
 * taskpane.html runs it right after <div id="root">, before the deferred bundle. Where the pane
 * cannot work it removes #root (so the bundle's Office.onReady mounts nothing) and shows, in
 * Chinese and English, what is happening and what to do, in a region screen readers announce:
 *   - Trident (Internet Explorer 11) or EdgeHTML (Edge Legacy), detected by user agent as
 *     Microsoft's "Support older Microsoft webviews and Office versions" shows;
 *   - office.js missing (the CDN is unreachable from an intranet);
 *   - a Word without WordApi 1.3 (volume-licensed Office 2016 has 1.1; the manifest asks for 1.1
 *     so that the add-in is listed and the ribbon's 重新编号 runs there).
 */
(function () {
  "use strict";

  var RIBBON_ZH = "如果“开始”选项卡上有“报告助手”组，其中的“重新编号”按钮在这台电脑上照常可用，不需要任务窗格。";
  var RIBBON_EN = "If the Home tab shows the Report Composer group, its Renumber button works on this computer as usual; it does not need the task pane.";

  var NOTICES = {
    edgehtml: {
      zh: {
        title: "任务窗格需要 Microsoft Edge WebView2 运行时",
        lead: "这台电脑上的 Word 用旧版 Microsoft Edge（EdgeHTML）显示加载项，报告助手的任务窗格不能在其中运行。",
        steps: [
          "安装 Microsoft Edge WebView2 Runtime（微软的免费组件）。不能上网的内网电脑，可由管理员下载其“独立安装程序”（离线安装包）后分发安装。",
          "安装后关闭所有 Word 窗口，重新启动 Word，再打开报告助手。",
          RIBBON_ZH
        ]
      },
      en: {
        title: "The task pane needs the Microsoft Edge WebView2 Runtime",
        lead: "Word on this computer shows add-ins in Microsoft Edge Legacy (EdgeHTML), where the Report Composer task pane cannot run.",
        steps: [
          "Install the Microsoft Edge WebView2 Runtime (a free Microsoft component). For intranet PCs without internet access, an administrator can download its standalone (offline) installer and deploy it.",
          "Then close every Word window, restart Word and open Report Composer again.",
          RIBBON_EN
        ]
      }
    },
    trident: {
      zh: {
        title: "这个版本的 Word 不能显示报告助手的任务窗格",
        lead: "这台电脑上的 Word 用 Internet Explorer 11（Trident）显示加载项；批量许可版 Office 2016 和 Office 2019 总是如此，与电脑上装了哪个浏览器无关。任务窗格可在以下 Word 中使用：",
        steps: [
          "Office 2021、Office 2024（含 LTSC 批量许可版）；",
          "Microsoft 365 应用，版本 2011（内部版本 13530.20424）或更高，并已安装 Microsoft Edge WebView2 Runtime；",
          "零售版 Office 2016 / Office 2019，并已安装 Microsoft Edge WebView2 Runtime；",
          "Word 网页版、Mac 版 Word。",
          RIBBON_ZH + "（批量许可版 Office 2016/2019 不显示加载项的功能区按钮。）"
        ]
      },
      en: {
        title: "This version of Word cannot show the Report Composer task pane",
        lead: "Word on this computer shows add-ins in Internet Explorer 11 (Trident); volume-licensed Office 2016 and Office 2019 always do, whatever browser is installed. The task pane works in:",
        steps: [
          "Office 2021 or Office 2024 (including the volume-licensed LTSC editions);",
          "Microsoft 365 Apps version 2011 (build 13530.20424) or later, with the Microsoft Edge WebView2 Runtime installed;",
          "retail Office 2016 or Office 2019 with the Microsoft Edge WebView2 Runtime installed;",
          "Word on the web and Word for Mac.",
          RIBBON_EN + " (Volume-licensed Office 2016/2019 show no add-in ribbon buttons.)"
        ]
      }
    },
    officeJs: {
      zh: {
        title: "无法加载 Office 脚本（office.js）",
        lead: "任务窗格需要 office.js，但没能从以下地址加载：",
        steps: [
          "不能上网的内网电脑：请管理员部署报告助手的内网版本（用 OFFICE_JS=bundled 构建，office.js 随加载项一起部署）；已是内网版本时，说明服务器上缺少上面的文件，请把 dist 文件夹完整复制到服务器。",
          "能上网的电脑：检查代理或防火墙是否放行上面的地址，然后重新打开任务窗格。"
        ]
      },
      en: {
        title: "Office's script (office.js) could not be loaded",
        lead: "The task pane needs office.js, which could not be loaded from:",
        steps: [
          "Intranet PCs without internet access: ask the administrator to deploy the intranet build of Report Composer (built with OFFICE_JS=bundled, which ships office.js with the add-in); if this already is that build, the file above is missing on the server: copy the whole dist folder to it again.",
          "PCs with internet access: check that the proxy or firewall lets the address above through, then open the task pane again."
        ]
      }
    },
    wordApi: {
      zh: {
        title: "这个版本的 Word 缺少任务窗格需要的功能",
        lead: "报告助手的任务窗格需要 Word JavaScript API 1.3（WordApi 1.3），这个 Word 没有（例如批量许可版 Office 2016 只有 1.1）。任务窗格可在以下 Word 中使用：",
        steps: [
          "Office 2019 或更高版本、Microsoft 365 应用（Windows 版本 1612 或更高）、Word 网页版、Mac 版 Word 15.32 或更高；",
          "请更新 Office，或请管理员安装上述版本之一。",
          RIBBON_ZH
        ]
      },
      en: {
        title: "This version of Word lacks what the task pane needs",
        lead: "The Report Composer task pane needs the Word JavaScript API 1.3 (WordApi 1.3), which this Word does not have (volume-licensed Office 2016, for one, has 1.1 only). The task pane works in:",
        steps: [
          "Office 2019 or later, Microsoft 365 Apps (Windows version 1612 or later), Word on the web, Word for Mac 15.32 or later;",
          "update Office, or ask the administrator for one of these versions.",
          RIBBON_EN
        ]
      }
    }
  };

  /** Trident or EdgeHTML by user agent, as Microsoft's article tests it; null for any other engine. */
  function legacyWebview(userAgent) {
    if (userAgent.indexOf("Trident") !== -1) return "trident";
    if (userAgent.indexOf("Edge/") !== -1) return "edgehtml";
    return null;
  }

  function element(tag, text, lang) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (lang) node.setAttribute("lang", lang);
    return node;
  }

  function section(notice, lang, id, detail) {
    var part = element("section", "", lang);
    var heading = element("h1", notice.title);
    heading.id = id;
    part.appendChild(heading);
    part.appendChild(element("p", notice.lead));
    if (detail) part.appendChild(element("p", detail)).className = "detail";
    var list = element("ul");
    for (var i = 0; i < notice.steps.length; i++) list.appendChild(element("li", notice.steps[i]));
    part.appendChild(list);
    return part;
  }

  /** Replaces the pane with the notice (both languages, Chinese first). */
  function show(kind, detail) {
    var root = document.getElementById("root");
    if (root && root.parentNode) root.parentNode.removeChild(root);
    if (document.getElementById("webview-notice")) return;
    var notice = NOTICES[kind];
    var main = element("main");
    main.id = "webview-notice";
    main.className = "webview-notice";
    var alert = element("div");
    alert.setAttribute("role", "alert");
    alert.setAttribute("aria-labelledby", "webview-notice-zh");
    alert.appendChild(section(notice.zh, "zh-CN", "webview-notice-zh", detail));
    alert.appendChild(section(notice.en, "en", "webview-notice-en", detail));
    main.appendChild(alert);
    document.body.appendChild(main);
    // EdgeHTML and WebView2 Narrator read the page title first.
    document.title = notice.zh.title + " · " + notice.en.title;
  }

  function officeJsSource() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      if (/office\.js($|\?)/.test(scripts[i].src)) return scripts[i].src;
    }
    return "office.js";
  }

  var webview = legacyWebview(navigator.userAgent);
  if (webview) {
    show(webview);
    // Still complete office.js's start-up handshake, as every add-in page should.
    if (typeof Office !== "undefined" && Office.onReady) Office.onReady(function () {});
    return;
  }
  if (typeof Office === "undefined" || !Office.onReady) {
    show("officeJs", officeJsSource());
    return;
  }
  // Registered before the bundle's own Office.onReady, so it runs first and can keep the pane
  // from mounting. Outside Office (a plain browser) there is no host and nothing to check.
  Office.onReady(function (info) {
    var requirements = Office.context && Office.context.requirements;
    if (!info || !info.host || !requirements || !requirements.isSetSupported) return;
    if (!requirements.isSetSupported("WordApi", "1.3")) show("wordApi");
  });
})();
