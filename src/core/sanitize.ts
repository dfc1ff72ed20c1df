/**
 * Resource names, tags and API messages are attacker-controlled. Before any of them reaches a
 * terminal, control characters (C0, DEL, C1, and with them every ANSI/OSC escape sequence) are
 * replaced, so a bucket called "\u001b]8;;http://evil\u0007" cannot rewrite the screen or forge links.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replaces every control character by a visible `\\uXXXX` escape. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL_CHARS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/** Escapes text for an HTML text node or quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
