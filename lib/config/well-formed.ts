// Text that UTF-8 can carry. A JavaScript string may hold half of a UTF-16 surrogate pair (from
// a crafted link or file, or text cut in the middle of an emoji); encoding it for the zip turns it
// into U+FFFD, so the preview and the downloaded file would disagree.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds no lone surrogate (String.prototype.isWellFormed, before ES2024). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The text with each lone surrogate replaced by U+FFFD, for messages that quote untrusted text. */
export function toWellFormedText(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}

/** At most `max` characters, never cutting a surrogate pair in two. */
export function sliceCodePoints(text: string, max: number): string {
  return Array.from(text).slice(0, max).join("");
}
