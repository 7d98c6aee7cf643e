// The one PostCSS step of the build (Turbopack runs nothing else on CSS but its own Lightning CSS):
// see the plugin for why. Named by absolute path: Turbopack resolves a plugin's name from its own
// folder, not from this one.
module.exports = { plugins: { [require.resolve("./scripts/postcss/drop-dsfr-marianne.js")]: {} } };
