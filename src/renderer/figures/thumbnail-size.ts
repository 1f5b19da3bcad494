/** Thumbnails are drawn in a fixed 4:3 frame (width:height) so they line up in lists. */
export const THUMBNAIL_ASPECT = 4 / 3;

/** The picture size on exercise cards (condition and topic pages). */
export const CARD_THUMBNAIL_SIZE = 60;
