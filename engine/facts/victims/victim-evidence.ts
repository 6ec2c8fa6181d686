/**
 * The words a victim's evidence (`attrs.evidence` of an organisation fact) uses for a victim role,
 * from sentence structure or the headline. The classifier reads them to tell a named victim from a
 * name selected on a cue alone, so both sides use this one constant.
 */
export const VICTIM_ROLE_EVIDENCE = 'victim role';

/**
 * The reason an organisation fact carries when the text calls the name a business ("Italian company X", "X, another
 * spyware maker,"): overlap removal lets such a victim keep a name that a threat list also holds.
 */
export const CALLED_A_BUSINESS = 'called a business';
