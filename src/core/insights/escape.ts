// Escaping for the HTML and SVG the insights render: every text from a document (a theme's
// name, an owner, an action's text) goes through here, so markup in it is shown as text.

/** Escapes text for an HTML/SVG text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
