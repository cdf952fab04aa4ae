/** Shared helpers for the data-layer tests: fixtures and a schema validator. */
export const JSON_FIXTURES = [
  'native-en.json',
  'schema-org-newsarticle.json',
  'schema-org-en.json',
  'ninjs-2.json',
  'ninjs-3.json',
  'jsonfeed.json',
  'itemlist.json',
  'invalid-no-title.json',
  'unknown-format.json',
  'jsonfeed-1.0.json',
  'schema-org-graph.json',
  'portal-native.json',
];
export const XML_FIXTURES = [
  'rss.xml',
  'atom.xml',
  'rss-portal.xml',
  'rss1-rdf.xml',
  'rss091.xml',
  'atom-realworld.xml',
];

export const fixtureText = async (name: string): Promise<string> => {
  const r = await fetch(`/test/fixtures/${name}`);
  if (!r.ok) throw new Error(`fixture ${name}: HTTP ${r.status}`);
  return r.text();
};
export const fixture = async (name: string): Promise<unknown> => JSON.parse(await fixtureText(name));
export const seed = async (): Promise<unknown> =>
  JSON.parse(await (await fetch('/demo/data/seed-article.json')).text());

/** Epoch milliseconds of an ISO string, for exact-instant comparisons. */
export const epoch = (iso: string | undefined): number => Date.parse(iso ?? '');

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/;

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
interface AjvLike {
  getSchema(ref: string): Validate | undefined;
  addSchema(s: unknown): void;
}

let validators: Promise<(ref: string) => Validate> | undefined;

/** Validators for `#/$defs/<name>` of schema/article.schema.json, compiled with ajv (JSON Schema 2020-12). */
export function schemaValidator(def = 'Article'): Promise<Validate> {
  validators ??= (async () => {
    // Served as an ES module by web-test-runner.config.mjs (ajv itself is CommonJS).
    const url = '/test/vendor/ajv2020.js';
    const { default: Ajv2020 } = (
      (await import(/* @vite-ignore */ url)) as { default: { default: new (o: object) => AjvLike } }
    ).default;
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const schema = (await (await fetch('/schema/article.schema.json')).json()) as { $id: string };
    ajv.addSchema(schema);
    return (ref: string) => {
      const v = ajv.getSchema(`${schema.$id}#/$defs/${ref}`);
      if (!v) throw new Error(`no schema ${ref}`);
      return v;
    };
  })();
  return validators.then((get) => get(def));
}
