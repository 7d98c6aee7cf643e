import type { profileFr } from "../labels/fr-profile";

/**
 * The three kinds of profile page (partner country, French authority, theme); what each says when
 * its entity is unknown (the 404) or its figures cannot be computed is in the labels
 * (`pages.profile.kinds`, plain text: the error boundary, a client component, reads it too).
 */
export type ProfileKind = keyof typeof profileFr.kinds;
