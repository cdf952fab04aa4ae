// Page furniture of the demo portal (not part of the library): the 【字体：大 中 小】 switch and the
// 打印 button that Chinese portal article pages carry.
//
//   <button data-font-scale="1.125" aria-pressed="false">大</button>  scales every element matched by
//   the toolbar's data-font-target selector (default: news-article) through --news-font-scale.
//   <button data-print>打印</button>  prints the page (the print styles keep only the article).

for (const toolbar of document.querySelectorAll('[data-font-target]')) {
  const selector = toolbar.getAttribute('data-font-target') || 'news-article';
  const buttons = [...toolbar.querySelectorAll('button[data-font-scale]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const scale = button.getAttribute('data-font-scale');
      for (const target of document.querySelectorAll(selector)) {
        target.style.setProperty('--news-font-scale', scale);
      }
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
  }
}

for (const button of document.querySelectorAll('button[data-print]')) {
  button.addEventListener('click', () => window.print());
}
