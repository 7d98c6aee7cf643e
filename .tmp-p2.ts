import { generateDemoPartnerships, DEFAULT_DEMO_OPTIONS } from "./lib/demo/generate";
for (let i = 0; i < 4; i++) { const t = performance.now(); generateDemoPartnerships(DEFAULT_DEMO_OPTIONS); console.log(Math.round(performance.now() - t)); }
