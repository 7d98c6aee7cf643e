import "server-only";
import path from "node:path";

/** The data directory the server reads: $ATLAS_DATA_DIR, else data/ of the working directory. */
export function dataDirectory(): string {
  // Read at run time, not traced into the build: the dataset can be swapped without a rebuild.
  return path.resolve(/* turbopackIgnore: true */ process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), "data"));
}
