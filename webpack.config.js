/* Builds the add-in into dist/: the task pane page (which in Excel is also the shared runtime that hosts
   the custom functions), functions.js + functions.json, the manifest, icons and a local office.js. */
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const POORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Prints each emitted script's size, raw and gzip, so the task pane budget (250 KB gzip) stays visible. */
class BundelGrootte {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundelGrootte", (compilation) => {
      const regels = [];
      for (const { name: naam } of compilation.getAssets()) {
        if (!naam.endsWith(".js") || naam.startsWith("office-js/")) continue;
        const inhoud = require("node:fs").readFileSync(path.join(compiler.outputPath, naam));
        regels.push(`  ${naam.padEnd(16)} ${(inhoud.length / 1024).toFixed(1).padStart(8)} KB  ${(zlib.gzipSync(inhoud).length / 1024).toFixed(1).padStart(7)} KB gzip`);
      }
      if (regels.length) console.log(`Bundelgrootte:\n${regels.sort().join("\n")}`);
    });
  }
}

async function httpsOpties() {
  // Only for Excel sideloading: Office requires https; this creates and trusts a localhost certificate.
  const devCerts = require("office-addin-dev-certs");
  const opties = await devCerts.getHttpsServerOptions();
  return { ca: opties.ca, key: opties.key, cert: opties.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const standalone = Boolean(env.standalone);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also registers the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
          // Local office.js: no request leaves the machine. Already minified, so the minifier skips it.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
        ],
      }),
      new BundelGrootte(),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      host: standalone ? "127.0.0.1" : "localhost",
      port: POORT,
      hot: false,
      liveReload: false,
      client: false,
      open: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: standalone ? { type: "http" } : { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOpties() },
    },
  };
};
