/**
 * The French text of the error boundary (app/error.tsx), in a file of its own: that client
 * component is in every page's first load, and imports this rather than the whole table.
 */
export const errorPageFr = {
  title: "Cette page n'a pas pu être affichée",
  unexpected: "Une erreur inattendue s'est produite.",
  reference: (digest: string) => ` (référence ${digest})`,
  retry: "Réessayer",
};
