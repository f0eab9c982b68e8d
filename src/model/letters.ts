/** Letters that make a syllable in Dutch and the languages it borrows from, with their accents: a word holds one, glyph numbers and broken pieces (`st`) often none. */
export const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;
