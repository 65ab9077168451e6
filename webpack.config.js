/* Builds the add-in into dist/: the task pane page (which in Excel is also the shared runtime that hosts
   the custom functions), functions.js + functions.json, the manifest, icons and a local office.js.
   REKENTOOL_URL=https://server/map/ moves every manifest URL to that host (see docs/installeren.md). */
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ONTWIKKEL_BASIS, OngeldigeUrl, leesBasisUrl, manifestVoor } = require("./scripts/productie-url");
const { version: VERSIE } = require("./package.json");

const POORT = Number(process.env.REKENTOOL_POORT || 3000);

/**
 * Prints each emitted script's size, raw and gzip, so the task pane budget (250 KB gzip) stays visible.
 * It reads the compilation's own assets just before they are written, so under the dev server (which keeps them in memory) the sizes are
 * those of what is served, and a stale dist/ on disk is never read.
 */
class BundelGrootte {
  apply(compiler) {
    compiler.hooks.emit.tap("BundelGrootte", (compilation) => {
      const regels = [];
      for (const { name: naam, source } of compilation.getAssets()) {
        if (!naam.endsWith(".js") || naam.startsWith("office-js/")) continue;
        const inhoud = source.buffer();
        regels.push(
          `  ${naam.padEnd(16)} ${(inhoud.length / 1024).toFixed(1).padStart(8)} KB  ${(zlib.gzipSync(inhoud).length / 1024).toFixed(1).padStart(7)} KB gzip`,
        );
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

/** The base address the manifest points at: REKENTOOL_URL for a real host, else the development server. */
function basisUrl(bouwen) {
  const waarde = process.env.REKENTOOL_URL;
  if (waarde === undefined || waarde.trim() === "") {
    if (bouwen)
      console.log(
        `REKENTOOL_URL is niet gezet: dist/manifest.xml wijst naar ${ONTWIKKEL_BASIS} (alleen voor ontwikkelen; zie docs/installeren.md).`,
      );
    return ONTWIKKEL_BASIS;
  }
  try {
    const basis = leesBasisUrl(waarde);
    if (bouwen) console.log(`dist/manifest.xml wijst naar ${basis}`);
    return basis;
  } catch (fout) {
    if (!(fout instanceof OngeldigeUrl)) throw fout;
    console.error(`Bouwen gestopt: ${fout.message}`);
    process.exit(2);
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const standalone = Boolean(env.standalone);
  const bouwen = Boolean(env.WEBPACK_BUILD);
  const basis = basisUrl(bouwen);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    // The standalone server's own "running at" lines come before the first build is done; scripts/start.js
    // prints the address once it answers.
    infrastructureLogging: standalone ? { level: "warn" } : undefined,
    stats: standalone ? "errors-warnings" : undefined,
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
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (inhoud) => manifestVoor(inhoud.toString("utf8"), basis, VERSIE),
          },
          // Server settings for IIS, Apache and Azure Static Web Apps, part of every build so a rebuild keeps them.
          { from: "hosting", to: ".", globOptions: { dot: true } },
          // Local office.js: no request leaves the machine. Already minified, so the minifier skips it.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
        ],
      }),
      // The standalone rekenhulp is for using the pane, not for watching the bundle budget.
      ...(standalone ? [] : [new BundelGrootte()]),
    ],
    devServer: {
      // Everything is served from the compilation in memory: a stale dist/ must never answer instead.
      static: false,
      host: standalone ? "127.0.0.1" : "localhost",
      port: POORT,
      hot: false,
      liveReload: false,
      client: false,
      open: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: standalone ? { type: "http" } : { type: "https", options: bouwen ? undefined : await httpsOpties() },
    },
  };
};
