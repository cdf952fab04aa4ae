/**
 * Each element's docs page: title, the element's description, a usage snippet and the API table first (what
 * a reader comes for), then the primary story and the other stories.
 *
 * The usage snippet is the meta's `parameters.docs.usage` (HTML), after the import that defines the elements.
 */
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Source, Stories, Title, useOf } from '@storybook/addon-docs/blocks';

function Usage() {
  const meta = useOf('meta', ['meta']);
  const usage = (meta.preparedMeta.parameters.docs as { usage?: string } | undefined)?.usage;
  if (!usage) return null;
  const code = `<script type="module">\n  import 'news-widgets/define.js';\n</script>\n\n${usage.trim()}`;
  return h(Source, { code, language: 'html', dark: false });
}

/** Stories on the docs page scroll inside a frame of at most 32em, so the page stays a page. */
const STORY_FRAME = '#storybook-docs .docs-story > div:first-child { max-height: 32em; overflow: auto; }';

export function DocsPage() {
  return h(
    Fragment,
    null,
    h('style', null, STORY_FRAME),
    h(Title),
    h(Description),
    h(Usage),
    h(Controls),
    h(Primary),
    h(Stories, { includePrimary: false, title: 'More stories' }),
  );
}
