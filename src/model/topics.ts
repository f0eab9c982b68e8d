/**
 * A sub-heading that heads the points of a status or plans cell (`AI`, `5G`, `Hoger onderwijs:`,
 * `Delen van gegevens`): a few words, no full stop. Shared by the PDF layout, which parts one from
 * the line it shares with the point before it, and the extractors, which read the points under it.
 */
export function isTopicLabel(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && !/[.!?;]$/.test(text);
}
