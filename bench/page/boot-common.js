// Boot probe: runs at the end of the one bundle a fresh page loads; the data is inlined in the page.
export async function boot(impl) {
  const evaluated = performance.now();
  const { kind, data } = window.__bench;
  const tag = {
    vanilla: { list: 'vanilla-news-list', article: 'vanilla-news-article' },
    lit: { list: 'related-news-list', article: 'news-article' },
    react: { list: 'react-news-list' },
  }[impl][kind];
  const el = document.createElement(tag);
  if (impl === 'lit' && kind === 'article') el.setAttribute('hide', 'credits related');
  document.getElementById('stage').append(el);
  if (kind === 'list') el.items = data;
  else el.article = data;
  if (impl === 'lit') {
    await el.loaded;
    await el.updateComplete;
  }
  el.getBoundingClientRect();
  const done = performance.now();
  const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/build/boot-'));
  window.__bootResult = {
    arrived: entry.responseEnd,
    evaluated,
    done,
    items: el.shadowRoot.querySelectorAll('li, p').length,
  };
}
