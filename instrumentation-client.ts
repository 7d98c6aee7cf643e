import { z } from "zod";

// Runs in the browser before the app's modules (Next's instrumentation-client convention). Zod
// compiles its object parsers with `new Function` after probing whether eval is allowed; under the
// pages' CSP (no 'unsafe-eval') that probe is reported as a violation on every page. The browser's
// parsing (URL state, a few records) is small: the interpreted parser costs nothing noticeable.
// The server keeps the compiled parsers.
z.config({ jitless: true });
