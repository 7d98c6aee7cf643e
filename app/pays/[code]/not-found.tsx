import { getEngine } from "@/lib/data/engine";
import { EMPTY_STATE, filtersOf } from "@/lib/dashboard/state";
import { countryHref } from "@/lib/pages/links";
import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default async function CountryNotFound() {
  const engine = await getEngine();
  const countries = engine.countries(filtersOf(EMPTY_STATE)).slice(0, 20);
  return (
    <ProfileNotFound
      title="Pays introuvable"
      explanation="Aucun partenariat du jeu de données n'est conclu avec ce pays. Un pays s'y désigne par son code ISO à deux lettres, en majuscules : MA pour le Maroc, SN pour le Sénégal."
      linksTitle="Les principaux pays partenaires"
      links={countries.map((country) => ({ href: countryHref(country.code), label: country.name }))}
    />
  );
}
