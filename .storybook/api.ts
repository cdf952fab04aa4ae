/**
 * The API table and the controls of each element, from custom-elements.json.
 *
 * Storybook's own reading of the manifest gives one row per attribute and another per property
 * (`date-format` beside `dateFormat`), an editor for every field, read-only ones included, types it cannot
 * turn into controls (`'list' | 'compact' | 'cards'` arrives as a TypeScript string, so a shared URL's
 * `args=layout:cards` is dropped on reload) and defaults as written in the source (`DEFAULT_TIMEOUT`).
 * Here each public member is one row, named by its property (the name stories' args use) and giving its
 * attribute; a union of string literals (after the type parser expanded aliases such as `DateFormat`) is an
 * `enum` with a select control; read-only members have no control; a default that names a constant shows the
 * constant's value.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Type {
  text?: string;
}
interface Field {
  kind?: string;
  name: string;
  type?: Type;
  parsedType?: Type;
  default?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Named {
  name: string;
  description?: string;
  default?: string;
  syntax?: string;
}
interface Declaration {
  kind?: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  default?: string;
  members?: Field[];
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  slots?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
  cssStates?: Named[];
}
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let manifest: Manifest = { modules: [] };
export function setManifest(m: Manifest) {
  manifest = m;
}

const declarations = () => manifest.modules.flatMap((m) => m.declarations ?? []);
const element = (tagName: string) => declarations().find((d) => d.customElement && d.tagName === tagName);

/** The string literals of a type such as `'list' | 'compact' | 'cards' | undefined`, or null. */
export function literalOptions(text: string | undefined): string[] | null {
  if (!text) return null;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/** A default as a reader wants it: a constant's value instead of its name, strings without quotes. */
export function defaultValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const constant = /^[A-Z][A-Z0-9_]*$/.test(text)
    ? declarations().find((d) => d.kind === 'variable' && d.name === text)
    : undefined;
  const value = constant?.default ?? text;
  const number = value.replace(/_/g, '');
  if (/^-?\d+(\.\d+)?$/.test(number)) return Number(number).toLocaleString('en');
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(value);
  return quoted ? (quoted[1] ?? quoted[2]) : value;
}

const isPublicField = (m: Field) =>
  m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static && !/^[#_]/.test(m.name);

function memberArgType(d: Declaration, m: Field): InputType {
  const typeText = m.type?.text ?? '';
  const options = literalOptions(m.parsedType?.text) ?? literalOptions(typeText);
  const attribute = m.attribute ?? d.attributes?.find((a) => a.fieldName === m.name)?.name;
  const notes = [
    m.readonly ? 'Read-only.' : '',
    attribute ? `Attribute \`${attribute}\`.` : 'Property only.',
  ];
  const type: InputType['type'] = options
    ? { name: 'enum', value: options }
    : /^(number)( \| undefined)?$/.test(typeText)
      ? { name: 'number' }
      : /^(boolean)( \| undefined)?$/.test(typeText)
        ? { name: 'boolean' }
        : /^(string)( \| undefined)?$/.test(typeText)
          ? { name: 'string' }
          : { name: 'other', value: typeText };
  const control = m.readonly
    ? false
    : options
      ? { type: 'select' as const }
      : type.name === 'number'
        ? { type: 'number' as const }
        : type.name === 'boolean'
          ? { type: 'boolean' as const }
          : type.name === 'string'
            ? { type: 'text' as const }
            : { type: 'object' as const };
  const fallback = defaultValue(m.default);
  return {
    name: m.name,
    description: `${(m.description ?? '').trim()} ${notes.filter(Boolean).join(' ')}`.trim(),
    type,
    ...(options ? { options } : {}),
    control,
    table: {
      category: m.readonly ? 'state (read-only)' : undefined,
      type: { summary: options ? options.map((o) => `'${o}'`).join(' | ') : typeText },
      defaultValue: fallback === undefined ? undefined : { summary: fallback },
    },
  } as InputType;
}

const listed = (items: Named[] | undefined, category: string, prefix = '') =>
  Object.fromEntries(
    (items ?? [])
      .filter((x) => x.name)
      .map((x) => [
        `${category}:${x.name}`,
        {
          name: `${prefix}${x.name}`,
          description: x.description,
          control: false,
          table: {
            category,
            type: x.syntax ? { summary: x.syntax } : undefined,
            defaultValue: x.default ? { summary: x.default } : undefined,
          },
        } as InputType,
      ]),
  );

/** Storybook's `parameters.docs.extractArgTypes` for the elements. */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const d = element(tagName);
  if (!d) return null;
  const seen = new Set<string>();
  const events = (d.events ?? []).filter((e) => e.name && !seen.has(e.name) && seen.add(e.name));
  const members = (d.members ?? []).filter(isPublicField);
  return {
    ...Object.fromEntries(members.filter((m) => !m.readonly).map((m) => [m.name, memberArgType(d, m)])),
    ...Object.fromEntries(members.filter((m) => m.readonly).map((m) => [m.name, memberArgType(d, m)])),
    ...listed(events, 'events'),
    ...listed(
      d.slots?.map((s) => ({ ...s, name: s.name || '(default)' })),
      'slots',
    ),
    ...listed(d.cssProperties, 'css custom properties'),
    ...listed(d.cssParts, 'css shadow parts'),
    ...listed(
      d.cssStates?.map((s) => ({ ...s, name: `:state(${s.name})` })),
      'css custom states',
    ),
  };
}

/** Storybook's `parameters.docs.extractComponentDescription`: the element's JSDoc summary and description. */
export function extractComponentDescription(tagName: string): string | null {
  const d = element(tagName);
  if (!d) return null;
  return [d.summary, d.description]
    .filter(Boolean)
    .join('\n\n')
    .replace(/\s*\n(?!\n)\s*/g, ' ');
}
