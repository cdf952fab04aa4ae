// The states page: simulates a slow and an offline network so that every state of the elements can be
// seen on a static server. Only URLs carrying `?demo=…` are affected; every other request is untouched.
//
//   ?demo=hold-N   the request waits until the button with data-release="hold-N" is pressed
//   ?demo=offline  the request fails like a dropped connection while the page is "offline"
//
// This module must run before the library loads (it comes first in the page), so that the elements'
// first requests already go through it.

const realFetch = window.fetch.bind(window);
const holds = new Map();
let offline = true;

function held(name) {
  let entry = holds.get(name);
  if (!entry) {
    let release;
    const promise = new Promise((resolve) => (release = resolve));
    entry = { promise, release };
    holds.set(name, entry);
  }
  return entry;
}

function untilReleased(name, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    held(name).promise.then(resolve);
  });
}

window.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const demo = url.searchParams.get('demo');
  if (!demo) return realFetch(input, init);
  url.searchParams.delete('demo');
  if (demo === 'offline' && offline) throw new TypeError('Failed to fetch (simulated: offline)');
  if (demo.startsWith('hold')) await untilReleased(demo, init?.signal);
  return realFetch(url.href, init);
};

for (const button of document.querySelectorAll('button[data-release]')) {
  button.addEventListener('click', () => {
    held(button.dataset.release).release();
    button.disabled = true;
    button.textContent = '已放行';
  });
}

const network = document.querySelector('#network');
network?.addEventListener('click', () => {
  offline = !offline;
  network.setAttribute('aria-pressed', String(!offline));
  network.textContent = offline ? '恢复网络' : '断开网络';
  document.querySelector('#network-status').textContent = offline ? '网络：已断开（模拟）' : '网络：正常';
});

// A live badge with each example's `state` attribute.
for (const badge of document.querySelectorAll('[data-state-of]')) {
  const el = document.getElementById(badge.dataset.stateOf);
  const show = () => (badge.textContent = `state="${el.getAttribute('state') ?? '…'}"`);
  new MutationObserver(show).observe(el, { attributes: true, attributeFilter: ['state'] });
  show();
}
