import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { escapeXmlAttribute, escapeXmlText, xmlDocument } from '../../../src/lib/feeds/xml.ts';

const HOSTILE = '<script>alert("x")</script> & AT&T\'s ]]> <!-- --> <![CDATA[ x ]]>';

/** The document as an XML parser reads it. */
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

describe('escapeXmlText', () => {
  it('writes &, < and > as entities, and nothing else', () => {
    expect(escapeXmlText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
  });

  it('drops the characters XML 1.0 forbids, keeping tabs, line breaks and Arabic', () => {
    expect(escapeXmlText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\nh\ri سوريا 😀')).toBe('abcdef\tg\nh\ri سوريا 😀');
  });
});

describe('escapeXmlAttribute', () => {
  it('also writes the double quote, and keeps line breaks as character references', () => {
    expect(escapeXmlAttribute('"a" & <b>\n')).toBe('&quot;a&quot; &amp; &lt;b&gt;&#10;');
  });
});

describe('xmlDocument', () => {
  it('gives back, through a parser, exactly the hostile text it was given, as text', () => {
    const xml = xmlDocument({
      name: 'root',
      attributes: { note: HOSTILE, absent: undefined },
      children: [{ name: 'item', children: [HOSTILE] }, 'tail & end'],
    });
    const doc = parse(xml);
    const root = doc.documentElement;
    expect(root.tagName).toBe('root');
    // linkedom leaves entities in attribute values undecoded, so only the attributes' names are
    // checked here: no attribute was added by the value (the Atom tests read values back).
    expect(root.getAttributeNames()).toEqual(['note']);
    // The text stays text: no element was opened by it.
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...root.children].map((c) => c.tagName)).toEqual(['item']);
    expect(root.querySelector('item')!.textContent).toBe(HOSTILE);
  });

  it('starts with the XML declaration and writes an element with no children as empty', () => {
    const xml = xmlDocument({ name: 'a', children: [{ name: 'b', attributes: { c: 'd' } }] });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(parse(xml).querySelector('b')!.getAttribute('c')).toBe('d');
  });

  it.each(['bad name', '<x>', 'a"b', ''])('refuses "%s" as an element or attribute name', (name) => {
    expect(() => xmlDocument({ name })).toThrow(/not an XML name/);
    expect(() => xmlDocument({ name: 'a', attributes: { [name]: 'v' } })).toThrow(/not an XML name/);
  });
});
