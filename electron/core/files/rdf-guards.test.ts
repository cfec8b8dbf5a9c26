import { describe, expect, it } from 'vitest';
import { checkJsonDepth, checkXmlComplete, checkXmlEntities, MAX_JSON_DEPTH, refuseNul } from './rdf-guards.js';

const HEAD = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">';

function withEntities(declarations: string[], body: string): string {
  return ['<?xml version="1.0"?>', '<!DOCTYPE rdf:RDF [', ...declarations, ']>', HEAD, body, '</rdf:RDF>', ''].join('\n');
}

const laughs = (levels: number) => {
  const declarations = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= levels; i++) declarations.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return declarations;
};

describe('checkXmlEntities', () => {
  it('accepts namespace entities used many times', () => {
    const body = Array.from(
      { length: 2000 },
      (_, i) => `<skos:Concept rdf:about="&ex;c${i}"><skos:inScheme rdf:resource="&ex;s"/></skos:Concept>`,
    ).join('\n');
    expect(() => checkXmlEntities(withEntities(['<!ENTITY ex "http://example.org/">'], body), 'ns.rdf')).not.toThrow();
    expect(() => checkXmlEntities(`${HEAD}</rdf:RDF>`, 'plain.rdf')).not.toThrow();
  });

  it('refuses a billion laughs, naming the file, the declaration line and the entity', () => {
    expect(() =>
      checkXmlEntities(
        withEntities(laughs(9), '<skos:Concept rdf:about="http://e.org/c"><skos:prefLabel>&lol9;</skos:prefLabel></skos:Concept>'),
        'laughs.rdf',
      ),
    ).toThrow(
      'laughs.rdf, line 8, field "DOCTYPE": the entity "lol5" expands to more than 65,536 characters; entity expansion this large is refused',
    );
  });

  it('refuses many references to one large entity (quadratic blow-up)', () => {
    const big = 'x'.repeat(60_000);
    const body = `<skos:Concept rdf:about="http://e.org/c"><skos:prefLabel>${'&big;'.repeat(2000)}</skos:prefLabel></skos:Concept>`;
    expect(() => checkXmlEntities(withEntities([`<!ENTITY big "${big}">`], body), 'quad.rdf')).toThrow(
      /^quad\.rdf, line 6, field "DOCTYPE": entity references expand to more than 64 MiB/,
    );
  });

  it('refuses external, parameter and self-referring entities', () => {
    expect(() => checkXmlEntities(withEntities(['<!ENTITY xxe SYSTEM "file:///etc/passwd">'], '&xxe;'), 'xxe.rdf')).toThrow(
      /^xxe\.rdf, line 3, field "DOCTYPE": the external entity "xxe" is refused/,
    );
    expect(() => checkXmlEntities(withEntities(['<!ENTITY % p "x">'], ''), 'pe.rdf')).toThrow(/parameter entity "p"/);
    expect(() => checkXmlEntities(withEntities(['<!ENTITY a "&b;">', '<!ENTITY b "&a;">'], '&a;'), 'loop.rdf')).toThrow(
      /the entity "a" refers to itself/,
    );
  });
});

describe('checkXmlComplete', () => {
  it('accepts a closed or empty root, with trailing comments and whitespace', () => {
    expect(() => checkXmlComplete(`<?xml version="1.0"?>\n<!-- c -->\n${HEAD}\n</rdf:RDF>\n<!-- end -->\n`, 'ok.rdf')).not.toThrow();
    expect(() => checkXmlComplete(withEntities(['<!ENTITY ex "http://example.org/">'], ''), 'dtd.rdf')).not.toThrow();
    expect(() => checkXmlComplete('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', 'empty.rdf')).not.toThrow();
  });

  it('refuses a file cut before the root closes, naming its last line', () => {
    expect(() =>
      checkXmlComplete(`<?xml version="1.0"?>\n${HEAD}\n<skos:Concept rdf:about="http://e.org/c"><skos:prefLabel>Tw`, 'cut.rdf'),
    ).toThrow('cut.rdf, line 3, field "syntax": not valid RDF/XML: the file ends before its root element <rdf:RDF> is closed (truncated?)');
    expect(() => checkXmlComplete('<?xml version="1.0"?>\n', 'none.rdf')).toThrow(/no root element/);
  });
});

describe('checkJsonDepth', () => {
  it('accepts ordinary JSON-LD and brackets inside strings', () => {
    expect(() => checkJsonDepth('{"@context": {"a": "http://a/"}, "a:b": [{"@value": "[[[{{{\\"]]"}]}', 'ok.jsonld')).not.toThrow();
  });

  it('refuses nesting past the bound, naming the line', () => {
    const deep = `{\n"a":\n${'['.repeat(MAX_JSON_DEPTH)}1${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(() => checkJsonDepth(deep, 'deep.jsonld')).toThrow(
      `deep.jsonld, line 3, field "syntax": nested deeper than ${MAX_JSON_DEPTH} levels; such JSON-LD is refused`,
    );
    expect(() => checkJsonDepth(`[${'['.repeat(MAX_JSON_DEPTH - 2)}]`, 'edge.jsonld')).not.toThrow();
  });
});

describe('refuseNul', () => {
  it('refuses a raw or escaped NUL, naming the line', () => {
    expect(() => refuseNul('<a> <b> "fine" .\n<a> <c> "cut\\u0000short" .\n', 'nul.nt')).toThrow(
      'nul.nt, line 2, field "text": contains a NUL character (U+0000); remove it from the file',
    );
    expect(() => refuseNul('<a> <b> "raw\u0000" .', 'raw.nt')).toThrow(/^raw\.nt, line 1, field "text": contains a NUL/);
    expect(() => refuseNul('<a> <b> "\\\\u0000 is how Turtle writes it" .', 'doc.ttl')).not.toThrow();
    expect(() => refuseNul('<a> <b> "\\\\\\u0000" .', 'odd.ttl')).toThrow(/NUL/);
    expect(() => refuseNul('<a> <b> "\\u00e9t\u00e9" .', 'ok.nt')).not.toThrow();
  });
});
