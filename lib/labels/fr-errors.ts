/** The French text of the 400 page that proxy.ts answers for an address it cannot decode. */
export const errorsFr = {
  badRequestTitle: "Adresse invalide",
  badRequestText:
    "Cette adresse contient des caractères mal encodés (un « % » qui n'est pas suivi de deux chiffres hexadécimaux, par exemple) : elle ne correspond à aucune page.",
  home: "Retour au tableau de bord",
};
