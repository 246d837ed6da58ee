// Builds the task pane, the ribbon function file and (for development and tests) the browser
// preview. Production output in dist/ is static files; manifest URLs are rewritten to the base URL
// given by ADDIN_BASE_URL so an intranet server can host the add-in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { devCertificateOptions } from "./scripts/dev-certs.mjs";
import { DEV_BASE_URL, rewriteManifest } from "./scripts/manifest-url.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

export default async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The preview (Word test double + sample documents) is left out of production builds.
  const withPreview = !production || Boolean(env.preview);
  const baseUrl = process.env.ADDIN_BASE_URL || (production ? "" : DEV_BASE_URL);
  if (production && !env.preview && !baseUrl) {
    throw new Error("Set ADDIN_BASE_URL (e.g. https://addins.example.gov.cn/report-composer/) for a production build.");
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  if (withPreview) entry.preview = "./src/preview/index.tsx";

  const html = [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
  ];
  if (withPreview) {
    html.push(new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }));
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(root, env.outDir || "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.txt$/, type: "asset/source" },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...html,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
};
