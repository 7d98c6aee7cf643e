async function main() {
let t = performance.now();
const { officialGeography } = await import("./lib/authorities");
console.log("import authorities", Math.round(performance.now() - t)); t = performance.now();
officialGeography();
console.log("geo", Math.round(performance.now() - t)); t = performance.now();
const { generateDemoPartnerships, DEFAULT_DEMO_OPTIONS } = await import("./lib/demo/generate");
console.log("import gen", Math.round(performance.now() - t)); t = performance.now();
generateDemoPartnerships(DEFAULT_DEMO_OPTIONS);
console.log("gen1", Math.round(performance.now() - t)); t = performance.now();
generateDemoPartnerships(DEFAULT_DEMO_OPTIONS);
console.log("gen2", Math.round(performance.now() - t)); t = performance.now();
const { Rng } = await import("./lib/demo/random");
const { buildFrenchPool } = await import("./lib/demo/french");
buildFrenchPool(new Rng(1), 12700, 1);
console.log("pool", Math.round(performance.now() - t)); t = performance.now();
}
main();
