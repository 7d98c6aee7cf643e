/**
 * PostCSS plugin (postcss.config.js): drops the DSFR core's own @font-face rules of Marianne, which
 * dsfr-bootstrap/marianne-latin.css declares again, each face split in two by unicode-range (its
 * Latin subset, and the full file for the other characters; see lib/fonts/latin-subset.ts). Left
 * in, the DSFR's rules claim every character: a French number's narrow no-break space, which
 * Marianne has no glyph for, made every page download a full face (42 KB) for nothing.
 * Dropped: the rules of Marianne without a unicode-range, which only the DSFR's are (the site's
 * all have one); their url() may be rewritten by then, so it does not tell them apart.
 */

module.exports = () => ({
  postcssPlugin: "drop-dsfr-marianne",
  AtRule: {
    "font-face": (rule) => {
      let family = "";
      let ranged = false;
      rule.walkDecls((decl) => {
        if (decl.prop === "font-family") family = decl.value.replace(/["']/g, "").trim();
        if (decl.prop === "unicode-range") ranged = true;
      });
      if (family === "Marianne" && !ranged) rule.remove();
    },
  },
});
module.exports.postcss = true;
