import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { format, resolveConfig } from 'prettier';

const PACKAGE = 'news-widgets';

/** The event classes of `src/shared/events.ts` and the list, by event name: `detail` is typed from them. */
const EVENT_CLASSES = {
  'news-load': 'NewsLoadEvent',
  'news-error': 'NewsErrorEvent',
  'news-item-select': 'NewsItemSelectEvent',
};
const EVENT_DETAILS = {
  'news-load': (cls) => `NewsLoadDetail<NonNullable<${cls}["value"]>>`,
  'news-error': () => 'NewsErrorDetail',
  'news-item-select': () => 'NewsItemSelectEvent["detail"]',
};

/**
 * The manifest as the type generators should read it: only the elements whose class the package's main entry
 * exports; only named events, each typed by its event class (`onnews-load` receives a `NewsLoadEvent` whose
 * `detail.data` is the element's own data type); no read-only members (nothing to set); and, as the only exports
 * to import, the names the package exports.
 */
function forTypes(manifest) {
  const copy = structuredClone(manifest);
  const index = copy.modules.find((m) => m.path === 'src/index.ts');
  const exported = new Set((index?.exports ?? []).map((e) => e.name));
  for (const module of copy.modules) {
    const elements = (module.declarations ?? []).filter(
      (d) => d.customElement && d.tagName && exported.has(d.name),
    );
    module.declarations = (module.declarations ?? []).filter((d) => !d.customElement || elements.includes(d));
    module.exports = elements.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name } }));
    for (const d of elements) {
      d.members = (d.members ?? []).filter((m) => !(m.kind === 'field' && m.readonly));
      d.attributes = (d.attributes ?? []).filter((a) => a.name !== 'state');
      const events = new Map();
      for (const e of d.events ?? []) if (e.name && !events.has(e.name)) events.set(e.name, e);
      d.events = [...events.values()].map((e) => ({ ...e, type: undefined }));
      for (const e of d.events) {
        const cls = EVENT_CLASSES[e.name];
        if (!cls) continue;
        e.eventClass = cls === 'NewsLoadEvent' ? `NewsLoadEvent<NonNullable<${d.name}["value"]>>` : cls;
        e.detailType = EVENT_DETAILS[e.name](d.name);
        module.exports.push({ kind: 'js', name: cls, declaration: { name: cls } });
      }
    }
  }
  copy.modules = copy.modules.filter((m) => m.declarations.some((d) => d.customElement));
  return copy;
}

/** One line of JSDoc text. */
const doc = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\*\//g, '*\\/');

/**
 * Vue 3 GlobalComponents for the elements, after the recipe of Vue's guide ("Non-Vue Web Components and
 * TypeScript"): each tag is typed by its element class, the properties a template may set (attributes by
 * their property name, as Vue matches kebab-case to camelCase) and its events (`@news-load` receives a
 * `NewsLoadEvent` with the element's data type). custom-element-vuejs-integration was tried first: its handlers
 * (`onnews-load`) do not match Vue's (`onNewsLoad`) and it leaves out the HTML attributes (`id`, `class`).
 */
function vueTypes(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement));
  const imports = new Set(elements.map((d) => d.name));
  for (const d of elements) for (const e of d.events) if (e.eventClass) imports.add(EVENT_CLASSES[e.name]);
  const lines = [
    "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';",
    `import type { ${[...imports].join(', ')} } from '${PACKAGE}';`,
    '',
    '/** A custom element as a Vue component type: for template type checks only. */',
    'type DefineCustomElement<',
    '  Element extends HTMLElement,',
    '  Props extends keyof Element,',
    '  Events extends Record<string, Event>,',
    '> = new () => Element & {',
    '  /** @deprecated For template type checks only: set properties on the element itself. */',
    '  $props: HTMLAttributes & Partial<Pick<Element, Props>> & PublicProps;',
    '  /** @deprecated For template type checks only: listen with addEventListener. */',
    '  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;',
    '};',
    '',
  ];
  const entries = [];
  for (const d of elements) {
    const props = new Set(
      d.members
        .filter(
          (m) =>
            m.kind === 'field' &&
            (!m.privacy || m.privacy === 'public') &&
            !m.static &&
            !/^[#_]/.test(m.name),
        )
        .map((m) => m.name),
    );
    const base = d.name.replace(/Element$/, '');
    const events = d.events.filter((e) => e.eventClass);
    lines.push(
      `/** The properties of \`<${d.tagName}>\` a template may set (attributes by their property name). */`,
      `export type ${base}Props = ${[...props].map((p) => `'${p}'`).join(' | ')};`,
      '',
      `/** The events of \`<${d.tagName}>\`. */`,
      ...(events.length
        ? [
            `export type ${base}Events = {`,
            ...events.flatMap((e) => [`  /** ${doc(e.description)} */`, `  '${e.name}': ${e.eventClass};`]),
            '};',
          ]
        : [`export type ${base}Events = Record<never, never>;`]),
      '',
    );
    entries.push(
      `    /** ${doc(d.summary ?? d.description)} */`,
      `    '${d.tagName}': DefineCustomElement<${d.name}, ${base}Props, ${base}Events>;`,
    );
  }
  lines.push("declare module 'vue' {", '  interface GlobalComponents {', ...entries, '  }', '}', '');
  return lines.join('\n');
}

const HEADER = `// Generated by \`npm run analyze\` from custom-elements.json: do not edit.
// The tag names' element classes (HTMLElementTagNameMap) come with the definitions.
import type {} from "${PACKAGE}/define.js";
`;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/define.ts', 'src/data/**', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it, or a run with
  // another --outdir would leave that path in package.json.
  packagejson: false,
  // The type checker lets the type parser expand aliases (`DateFormat`) into what they stand for
  // (`'datetime' | 'date' | 'long' | 'relative'`), as `parsedType` beside `type`: Storybook's select controls
  // and the docs read them.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program
      .getSourceFiles()
      .filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob.replace(/^\.\//, ''))));
  },
  plugins: [
    typeParserPlugin(),
    {
      // The analyzer lists modules in directory-read order, which differs between checkouts: sort them,
      // so that the committed manifest is the same wherever it is generated.
      name: 'news-widgets-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // The expanded types are wanted where they list the values a control offers (unions of string
      // literals); elsewhere (objects, DOM types) they would only inflate the manifest.
      name: 'news-widgets-literal-types-only',
      packageLinkPhase({ customElementsManifest }) {
        const literals =
          /^\s*(('[^']*'|"[^"]*"|undefined|null)\s*\|\s*)*('[^']*'|"[^"]*")(\s*\|\s*('[^']*'|"[^"]*"|undefined|null))*\s*$/;
        const visit = (node) => {
          if (Array.isArray(node)) return node.forEach(visit);
          if (!node || typeof node !== 'object') return;
          if (
            node.parsedType &&
            (!literals.test(node.parsedType.text ?? '') || node.parsedType.text === node.type?.text)
          )
            delete node.parsedType;
          Object.values(node).forEach(visit);
        };
        visit(customElementsManifest);
      },
    },
    {
      // Types for frameworks, shipped as `news-widgets/react` (JSX.IntrinsicElements of React 19, Preact…)
      // and `news-widgets/vue` (Vue 3 GlobalComponents), written into types/.
      name: 'news-widgets-framework-types',
      async packageLinkPhase({ customElementsManifest }) {
        const jsx = forTypes(customElementsManifest);
        for (const d of jsx.modules.flatMap((m) => m.declarations))
          for (const e of d.events ?? []) if (e.eventClass) e.type = { text: e.eventClass };
        generateJsxTypes(jsx, {
          outdir: './types',
          fileName: 'react.d.ts',
          globalTypePath: PACKAGE,
          stronglyTypedEvents: true,
          hideLogs: true,
        });
        writeFileSync('types/vue.d.ts', vueTypes(forTypes(customElementsManifest)));
        for (const file of ['types/react.d.ts', 'types/vue.d.ts']) {
          // Generated code in the JSX generator's own style (empty augmenting interfaces, any for children).
          const lint = file.endsWith('react.d.ts') ? '/* eslint-disable */\n' : '';
          const text = HEADER + lint + readFileSync(file, 'utf8');
          writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
        }
      },
    },
  ],
};
