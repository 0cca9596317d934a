// @ts-check
/**
 * An Astro integration that writes Brotli (.br, quality 11) and gzip (.gz, level 9) copies next to
 * every compressible client file after the build, so server.mjs can send hashed assets compressed
 * at the best level without compressing per request.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { MIN_COMPRESSIBLE_BYTES, PRECOMPRESSED_EXTENSIONS } from "./encoding.mjs";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** Writes .br and .gz beside each compressible file of `dir`; returns how many files it compressed. */
export async function precompressDirectory(/** @type {string} */ dir) {
  let count = 0;
  for await (const file of filesUnder(dir)) {
    if (!PRECOMPRESSED_EXTENSIONS.includes(path.extname(file))) continue;
    if ((await stat(file)).size < MIN_COMPRESSIBLE_BYTES) continue;
    const bytes = await readFile(file);
    await writeFile(`${file}.br`, await brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }));
    await writeFile(`${file}.gz`, await gzipAsync(bytes, { level: 9 }));
    count += 1;
  }
  return count;
}

/** @returns {import("astro").AstroIntegration} */
export function precompressAssets() {
  return {
    name: "fairmade:precompress-assets",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        // For a server build `dir` is the client output (dist/client).
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`wrote Brotli and gzip copies of ${count} client files`);
      },
    },
  };
}
