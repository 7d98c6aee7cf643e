import { getEngine } from "@/lib/data/engine";
import { themeHref } from "@/lib/pages/links";
import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default async function ThemeNotFound() {
  const engine = await getEngine();
  return (
    <ProfileNotFound
      title="Thématique introuvable"
      explanation="Aucune thématique du jeu de données ne correspond à cette adresse. Une thématique s'y désigne par son nom en minuscules, sans accents, les mots séparés par des tirets : economie-durable pour « Economie durable »."
      linksTitle="Les thématiques de l'Atlas"
      links={engine.meta().themes.map((theme) => ({ href: themeHref(theme.key), label: theme.label }))}
    />
  );
}
