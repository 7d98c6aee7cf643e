import AppleTouchIcon from "@codegouvfr/react-dsfr/dsfr/favicon/apple-touch-icon.png";
import FaviconIco from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.ico";
import FaviconSvg from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.svg";
// Not react-dsfr's next-app-router/server-only-index: it re-exports DsfrHeadBase, whose module
// imports the whole dsfr.min.css and every icon (a CSS import is a side effect no tree-shaking drops).
import { createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/getHtmlAttributes";
import { getScriptToRunAsap } from "@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap";
import type { MarianneFace } from "@/lib/fonts/latin-subset";
import { defaultColorScheme } from "./defaultColorScheme";
import { SUBSET_FONT_URL } from "./fonts";
// The DSFR stylesheets the site uses, in place of dsfr.min.css (the list and how to extend it: there).
import "./dsfr-styles.scss";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

/** A face to preload: its Latin subset, which is what the page's text uses (lib/fonts/latin-subset.ts). */
export type DsfrFont = MarianneFace;

export interface DsfrHeadProps {
  /** The faces to preload (production only, as react-dsfr): those the first screen draws. */
  preloadFonts: readonly DsfrFont[];
  nonce?: string;
}

const TRUSTED_TYPES_POLICY = "react-dsfr";

/** Next's static import of an image is its URL, or an object holding it (react-dsfr's getAssetUrl). */
function assetUrl(asset: string | { src: string }): string {
  return typeof asset === "string" ? asset : asset.src;
}

/**
 * What react-dsfr's DsfrHeadBase renders (font preloads, favicons, the colour-scheme script when
 * the scheme is not fixed) without its stylesheet import: see dsfr-styles.scss.
 */
export function DsfrHead({ preloadFonts, nonce }: DsfrHeadProps) {
  const production = process.env.NODE_ENV !== "development";
  return (
    <>
      {production &&
        preloadFonts.map((font) => (
          <link key={font} rel="preload" href={SUBSET_FONT_URL[font]} as="font" crossOrigin="anonymous" />
        ))}
      <link rel="apple-touch-icon" href={assetUrl(AppleTouchIcon)} />
      <link rel="icon" href={assetUrl(FaviconSvg)} type="image/svg+xml" />
      <link rel="shortcut icon" href={assetUrl(FaviconIco)} type="image/x-icon" />
      {defaultColorScheme !== "light" && (
        <>
          <script
            suppressHydrationWarning
            nonce={nonce}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: react-dsfr's script that sets the scheme before the first paint
            dangerouslySetInnerHTML={{ __html: getScriptToRunAsap({ defaultColorScheme, nonce, trustedTypesPolicyName: TRUSTED_TYPES_POLICY }) }}
          />
          {nonce !== undefined && (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the nonce react-dsfr's start() reads
            <script suppressHydrationWarning nonce={nonce} dangerouslySetInnerHTML={{ __html: `window.ssrNonce = "${nonce}";` }} />
          )}
        </>
      )}
    </>
  );
}
