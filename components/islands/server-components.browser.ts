import type { serverIslands as ServerIslands } from "./server-components";

/** In the browser: nothing (see server-components.tsx); a frozen island loads its own code. */
export const serverIslands: typeof ServerIslands = undefined;
