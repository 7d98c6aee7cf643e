import type { Lang } from "@/lib/i18n/lang";
import { paragraphsOf } from "@/lib/partnership/fiche-text";
import { NotStated } from "./FicheField";

export interface FicheTextProps {
  text: string | null;
  lang?: Lang;
}

/** A free-text field of the fiche, one paragraph per line. Always text: React escapes any markup it holds. */
export function FicheText({ text, lang = "fr" }: FicheTextProps) {
  const paragraphs = text ? paragraphsOf(text) : [];
  if (paragraphs.length === 0) return <p><NotStated lang={lang} /></p>;
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fiche's text, rendered on the server and never reordered; two lines can be equal, their position is their identity
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}
