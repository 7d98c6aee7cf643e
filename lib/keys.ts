/**
 * Keys of the rows that are not a value of the data: the engine returns them, the charts, panels
 * and exports recognise them, and lib/labels names them. Client-safe (no server import).
 */

/** The group of partnerships (or funding rows) that leave the breakdown's field empty. */
export const NONE_KEY = "none";
/** The row that gathers the groups past a breakdown's `limit`. */
export const OTHERS_KEY = "others";
/** Partners whose country name was not recognised: distinct from NONE_KEY (no partner at all). */
export const UNKNOWN_COUNTRY_KEY = "unknown";

/** Whether a row's key names a real group, one that can be filtered on or linked to. */
export const isGroupKey = (key: string | number): boolean => key !== NONE_KEY && key !== OTHERS_KEY && key !== UNKNOWN_COUNTRY_KEY;
