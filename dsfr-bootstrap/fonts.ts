import lightItalic from "./fonts/Marianne-Light_Italic.latin.woff2";
import light from "./fonts/Marianne-Light.latin.woff2";
import regularItalic from "./fonts/Marianne-Regular_Italic.latin.woff2";
import regular from "./fonts/Marianne-Regular.latin.woff2";
import mediumItalic from "./fonts/Marianne-Medium_Italic.latin.woff2";
import medium from "./fonts/Marianne-Medium.latin.woff2";
import boldItalic from "./fonts/Marianne-Bold_Italic.latin.woff2";
import bold from "./fonts/Marianne-Bold.latin.woff2";
import type { MarianneFace } from "@/lib/fonts/latin-subset";

/**
 * The URLs of the Latin subsets (lib/fonts/latin-subset.ts) as built: the same files the
 * stylesheet marianne-latin.css names, so a preload is the request the page makes.
 */
export const SUBSET_FONT_URL: Record<MarianneFace, string> = {
  "Marianne-Light": light,
  "Marianne-Light_Italic": lightItalic,
  "Marianne-Regular": regular,
  "Marianne-Regular_Italic": regularItalic,
  "Marianne-Medium": medium,
  "Marianne-Medium_Italic": mediumItalic,
  "Marianne-Bold": bold,
  "Marianne-Bold_Italic": boldItalic,
};
