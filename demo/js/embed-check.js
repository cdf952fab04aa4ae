// Runs after the classic-script build on embed.html (a module script runs after the classic one): says so on the page when the build is absent
// (run `npm run build` first; the dev server serves dist/ at /dist/).
document.documentElement.dataset.bundle = customElements.get('news-article') ? 'ok' : 'missing';
