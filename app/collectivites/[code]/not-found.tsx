import { getEngine } from "@/lib/data/engine";
import { EMPTY_STATE, filtersOf } from "@/lib/dashboard/state";
import { authorityHref } from "@/lib/pages/links";
import { rankingBy } from "@/lib/profile/load";
import { isLinkable } from "@/lib/profile/ranking";
import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default async function AuthorityNotFound() {
  const engine = await getEngine();
  const authorities = rankingBy(engine, filtersOf(EMPTY_STATE), "authority", 20).filter((row) => isLinkable(row.key));
  return (
    <ProfileNotFound
      title="Collectivité introuvable"
      explanation="Aucune collectivité française du jeu de données ne porte ce code. Une collectivité s'y désigne par son type et son code officiel : commune-21231 (code INSEE de Dijon), departement-33, region-53, epci-200046977 (SIREN de la Métropole de Lyon) ; ou par nom-… quand son nom n'a pas pu être rapproché du code officiel géographique."
      linksTitle="Les collectivités les plus engagées"
      links={authorities.map((row) => ({ href: authorityHref(row.key), label: row.label }))}
    />
  );
}
