import type { Attachment } from 'svelte/attachments';

/** CSS property name → value, e.g. { 'font-size': '10.5pt' }. */
export type CssProperties = Record<string, string>;

/**
 * Applies computed styles through the CSSOM. The app's Content Security Policy refuses `style`
 * attributes (style-src 'self'), but styles set through `element.style` are allowed.
 */
export function css(properties: CssProperties): Attachment<HTMLElement | SVGElement> {
  return (node) => {
    for (const [name, value] of Object.entries(properties)) node.style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(properties)) node.style.removeProperty(name);
    };
  };
}
