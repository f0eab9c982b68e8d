/**
 * An NDS action number where it opens a table cell or paragraph (`23) Het kabinet …`): the anchor
 * of an action row, the evidence that an action is in the text, and what makes a document an NDS
 * edition. One pattern for every stage that looks for it.
 */
export const ACTION_ANCHOR = /^(\d{1,3})\)\s/;
