// Builds the task pane, the ribbon function file and (for development and tests) the browser
// preview. Production output in dist/ is static files; manifest URLs are rewritten to the base URL
// given by ADDIN_BASE_URL so an intranet server can host the add-in.
// Two compilations into one folder: the task pane (ES2022, modern webviews only) and the ribbon's
// commands (ES5 + only the core-js polyfills they use, so 重新编号 runs in Internet Explorer 11).
// Environment: OFFICE_JS=cdn|bundled, TEAM_ORIGINS and MODEL_ORIGINS (connect-src), SOURCE_MAPS=1 (README).
import path from "node:path";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { devCertificateOptions } from "./scripts/dev-certs.mjs";
import { DEV_BASE_URL, rewriteManifest } from "./scripts/manifest-url.mjs";
import { contentSecurityPolicy, officeJsCopyPatterns, officeJsMode, officeJsUrl, parseTeamOrigins } from "./scripts/office-js.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

export default async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The preview (Word test double + sample documents) is left out of production builds.
  const withPreview = !production || Boolean(env.preview);
  const baseUrl = process.env.ADDIN_BASE_URL || (production ? "" : DEV_BASE_URL);
  if (production && !env.preview && !baseUrl) {
    throw new Error("Set ADDIN_BASE_URL (e.g. https://addins.example.gov.cn/report-composer/) for a production build.");
  }

  const mode = officeJsMode(process.env.OFFICE_JS);
  // 起草助手's model endpoints join the team libraries in connect-src (the pane checks it before sending).
  const teamOrigins = [...parseTeamOrigins(process.env.TEAM_ORIGINS), ...parseTeamOrigins(process.env.MODEL_ORIGINS, "MODEL_ORIGINS")];
  const officeJs = officeJsUrl(mode);
  // Production ships no source maps unless asked for (SOURCE_MAPS=1). No eval-based maps ever:
  // the pages' Content-Security-Policy forbids eval.
  // Development favours start-up time (`npm start` within 15 s on a 2-core machine): esbuild
  // instead of ts-loader and cheaper line-level maps; production output is unchanged.
  const devtool = production ? (process.env.SOURCE_MAPS === "1" ? "source-map" : false) : "cheap-module-source-map";
  const tsRule = production
    ? { loader: "ts-loader", options: { transpileOnly: true } }
    : { loader: "esbuild-loader", options: { target: "es2022", jsx: "automatic", tsconfig: path.join(root, "tsconfig.json") } };
  const outputPath = path.resolve(root, env.outDir || "dist");
  const webviewCheck = hashedName("src/legacy/webview-check.js");
  // Persistent cache (in this checkout, not the shared node_modules): the tests' and benchmarks'
  // repeated production builds reuse each other's modules and minified chunks.
  const cache = (name) => ({
    type: "filesystem",
    cacheDirectory: path.join(root, ".webpack-cache"),
    name: `${name}${env.baseline ? "-baseline" : ""}-${production ? "production" : "development"}-${devtool || "no-maps"}`,
    buildDependencies: { config: [fileURLToPath(import.meta.url), ...["office-js", "manifest-url", "dev-certs"].map((f) => path.join(root, `scripts/${f}.mjs`))] },
  });

  // --env baseline: the start-up benchmark's bare Fluent pane (bench/baseline) in place of ours,
  // through this same configuration (bench/startup.ts).
  const entry = { taskpane: env.baseline ? "./bench/baseline/index.tsx" : "./src/taskpane/index.tsx" };
  if (withPreview && !env.baseline) entry.preview = "./src/preview/index.tsx";

  const html = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      officeJs,
      webviewCheck: webviewCheck.name,
      csp: contentSecurityPolicy({ page: "taskpane", mode, teamOrigins }),
    }),
  ];
  if (withPreview && !env.baseline) {
    html.push(new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }));
  }

  const pane = {
    name: "taskpane",
    mode: production ? "production" : "development",
    devtool,
    cache: cache("taskpane"),
    entry,
    output: {
      path: outputPath,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: tsRule },
        { test: /\.txt$/, type: "asset/source" },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Everything the first tab runs at start, in one chunk preloaded beside the entry: its own
          // code, what it shares with later chunks (Fluent's components, the genre summaries, the
          // settings store) and the genre it opens on by default. One request at start, not three
          // (each costs the page's main thread while the document is still being parsed); a later
          // chunk finds its share loaded, since the first tab always loads at start.
          firstTab: {
            chunks: "async",
            name: "first-tab",
            test: (module, { chunkGraph }) => [...chunkGraph.getModuleChunksIterable(module)].some((chunk) => FIRST_TAB_CHUNK_GROUPS.includes(chunk.name)),
            enforce: true,
            priority: 20,
          },
        },
      },
    },
    plugins: [
      ...html,
      new PreloadFirstTab(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: webviewCheck.source, to: webviewCheck.name },
          ...(mode === "bundled" ? officeJsCopyPatterns() : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: production
      ? undefined
      : {
          host: "localhost",
          port: Number(process.env.PORT || 3000),
          hot: false,
          server: { type: "https", options: await devCertificateOptions() },
          static: false,
          client: { overlay: { warnings: false } },
          open: false,
        },
  };

  // The ribbon's function file, compiled to ES5 for Internet Explorer 11 (volume-licensed Office
  // 2016/2019 and older Microsoft 365 builds): Babel with core-js "usage" adds only the polyfills
  // this code calls. Runs after the pane's compilation, whose output.clean empties the folder.
  const legacyBabel = {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      sourceType: "unambiguous",
      presets: [["@babel/preset-env", { targets: "ie 11", useBuiltIns: "usage", corejs: "3.51", modules: false }]],
    },
  };
  const commands = {
    name: "commands",
    dependencies: ["taskpane"],
    mode: production ? "production" : "development",
    devtool,
    cache: cache("commands"),
    target: ["web", "es5"],
    entry: { commands: "./src/commands/commands.ts" },
    output: { path: outputPath, filename: "[name].[contenthash:8].js", clean: false, publicPath: "" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [legacyBabel, { loader: "ts-loader", options: { transpileOnly: true, instance: "legacy" } }],
        },
        // Dependencies too: a package written in ES2015+ must not reach Internet Explorer as is.
        { test: /\.[cm]?js$/, exclude: /node_modules[\\/](core-js|webpack)[\\/]/, use: [legacyBabel] },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs,
        csp: contentSecurityPolicy({ page: "commands", mode, teamOrigins }),
      }),
    ],
  };

  return [pane, commands];
};

/**
 * The first tab's code (App.tsx's import), and the genre it opens on by default (the first of
 * src/core/genres/catalog/summaries.ts; tests/e2e/firstTab.test.ts holds the two together): their
 * modules make the first-tab chunk (splitChunks above), fetched beside the entry script (link
 * rel=preload in taskpane.html) rather than once it has run, as the first tab always loads at
 * start. The link ends the body, after webview-check's blocking script: in the head it was asked
 * for first and delayed the parser's wait for that script (domInteractive 145 against 130 ms at 4×
 * CPU, the chunk still there long before the entry asks for it). Not counted as initial JS:
 * nothing runs it before the entry asks for the first tab (the bench also prints everything the
 * first tab runs).
 */
const FIRST_TAB_CHUNK_GROUPS = ["tab-skeleton", "genre-shuzhishulian-ts"];
class PreloadFirstTab {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstTab", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadFirstTab", (data) => {
        // The bench's bare Fluent pane (--env baseline) has none of them.
        const groups = data.outputName === "taskpane.html" ? FIRST_TAB_CHUNK_GROUPS.map((name) => compilation.namedChunkGroups.get(name)).filter((g) => g !== undefined) : [];
        if (groups.length > 0 && groups.length < FIRST_TAB_CHUNK_GROUPS.length) throw new Error(`PreloadFirstTab: a chunk group of ${FIRST_TAB_CHUNK_GROUPS.join(", ")} is missing (renamed?)`);
        const files = [...new Set(groups.flatMap((group) => group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith(".js")))))];
        data.bodyTags.push(...files.map((href) => HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href })));
        return data;
      });
    });
  }
}

/** A hand-written file copied as <name>.<content hash>.js, so a new version is never served from cache. */
function hashedName(source) {
  const hash = createHash("sha256").update(readFileSync(path.join(root, source))).digest("hex").slice(0, 8);
  const { name, ext } = path.parse(source);
  return { source, name: `${name}.${hash}${ext}` };
}
