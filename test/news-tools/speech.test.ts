import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, article, articleWithTools, seedArticle } from './helpers.js';

/** A stand-in for the browser's speech: records what is spoken, the test ends each utterance. */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  constructor(readonly text: string) {
    super();
  }
}

const voice = (lang: string, name = lang) => ({
  lang,
  name,
  voiceURI: name,
  localService: true,
  default: false,
});

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  voices = [voice('zh-CN', 'Tingting'), voice('zh-TW', 'Meijia'), voice('en-US', 'Samantha')];
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.calls.push('cancel');
    const last = this.spoken.at(-1);
    last?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  /** Ends the utterance being spoken: the reader goes on to the next block. */
  finish() {
    this.spoken.at(-1)!.dispatchEvent(new Event('end'));
  }
}

let synth: FakeSynth;
const install = (value: unknown, ctor: unknown = FakeUtterance) => {
  Object.defineProperty(window, 'speechSynthesis', { value, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: ctor,
    configurable: true,
    writable: true,
  });
};
const restore = () => {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
};

const listen = (tools: Element) => $<HTMLButtonElement>(tools, 'button[part~="listen"]');
const reading = (article: Element) => $$(article, '[part~="reading"]').map((p) => p.textContent!.trim());

describe('<news-tools> 听新闻', () => {
  beforeEach(() => {
    synth = new FakeSynth();
    install(synth);
  });
  afterEach(() => restore());

  it('reads the headline, then each paragraph, highlighting the paragraph being read', async () => {
    const { tools, article: a } = await articleWithTools(article(), 'listen');
    const button = listen(tools)!;
    expect(button.textContent!.trim()).to.equal('听新闻');
    button.click();
    await tools.updateComplete;
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['标题']);
    expect(synth.spoken[0].lang).to.equal('zh-CN');
    expect((synth.spoken[0].voice as { name: string }).name).to.equal('Tingting');
    expect(reading(a)).to.deep.equal([]);

    synth.finish();
    expect(synth.spoken.at(-1)!.text).to.equal('第一段。');
    expect(reading(a)).to.deep.equal(['第一段。']);
    expect($(a, '[part~="reading"]')!.getAttribute('part')).to.equal('paragraph reading');

    synth.finish();
    expect(synth.spoken.at(-1)!.text).to.equal('小标题一。第二段。');
    expect(reading(a)).to.deep.equal(['小标题一。第二段。']);
    // The highlight shows: the page-wide style of news-article::part(reading).
    const p = $(a, '[part~="reading"]')!;
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(255, 244, 214)');

    synth.finish();
    expect(synth.spoken).to.have.length(3);
    expect(reading(a)).to.deep.equal([]);
    expect(listen(tools)!.textContent!.trim()).to.equal('听新闻');
  });

  it('pauses, resumes and stops', async () => {
    const { tools, article: a } = await articleWithTools(article(), 'listen');
    listen(tools)!.click();
    await tools.updateComplete;
    synth.finish();
    expect(listen(tools)!.textContent!.trim()).to.equal('暂停');
    expect(listen(tools)!.getAttribute('aria-pressed')).to.equal('true');
    listen(tools)!.click();
    expect(synth.calls).to.include('pause');
    expect(listen(tools)!.textContent!.trim()).to.equal('继续');
    expect(listen(tools)!.getAttribute('aria-pressed')).to.equal('false');
    listen(tools)!.click();
    expect(synth.calls.at(-1)).to.equal('resume');
    expect(listen(tools)!.textContent!.trim()).to.equal('暂停');
    $<HTMLButtonElement>(tools, '[part~="speech-control"]')!.click();
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(reading(a)).to.deep.equal([]);
    expect(listen(tools)!.textContent!.trim()).to.equal('听新闻');
    expect($(tools, '[part~="speech-control"]')).to.equal(null);
    await expect(tools).to.be.accessible();
  });

  it('keeps the paragraph being read in view', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { tools, article: a } = await articleWithTools(await seedArticle(), 'listen');
      listen(tools)!.click();
      await tools.updateComplete;
      for (let i = 0; i < 11; i++) synth.finish();
      const p = $(a, '[part~="reading"]')!;
      expect(p.textContent).to.contain('精挖文化资源');
      await waitUntil(() => {
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, 'the paragraph being read is out of view');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('speaks in the article’s language: zh-TW and English voices', async () => {
    const tw = await articleWithTools(article({ lang: 'zh-TW', title: '標題' }), 'listen');
    // Labels follow the article's language on a page that sets none.
    expect(listen(tw.tools)!.textContent!.trim()).to.equal('聽新聞');
    listen(tw.tools)!.click();
    await tw.tools.updateComplete;
    expect(synth.spoken.at(-1)!.lang).to.equal('zh-TW');
    expect((synth.spoken.at(-1)!.voice as { name: string }).name).to.equal('Meijia');
    const en = await articleWithTools(
      article({ lang: 'en', title: 'Headline', body: [{ type: 'paragraph', text: 'Text.' }] }),
      'listen',
    );
    expect(listen(en.tools)!.textContent!.trim()).to.equal('Listen');
    listen(en.tools)!.click();
    await en.tools.updateComplete;
    expect(synth.spoken.at(-1)!.text).to.equal('Headline');
    expect(synth.spoken.at(-1)!.lang).to.equal('en');
    expect((synth.spoken.at(-1)!.voice as { name: string }).name).to.equal('Samantha');
    // The other article, which was reading, stopped.
    expect(listen(tw.tools)!.textContent!.trim()).to.equal('聽新聞');
  });

  it('shows nothing without a voice for the article’s language, or without speech', async () => {
    synth.voices = [voice('en-US')];
    const { tools } = await articleWithTools(article(), 'listen font');
    expect(listen(tools)).to.equal(null);
    expect($(tools, '[part~="font"]')).to.not.equal(null);
    // A voice that arrives later (voiceschanged) shows the button.
    synth.voices = [voice('zh-CN')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(listen(tools)).to.not.equal(null);

    restore();
    install(undefined, undefined);
    const none = await articleWithTools(article(), 'listen font');
    expect(listen(none.tools)).to.equal(null);
  });

  it('stops when the article or the tools leave the page', async () => {
    const one = await articleWithTools(article(), 'listen');
    listen(one.tools)!.click();
    await one.tools.updateComplete;
    synth.finish();
    one.article.remove();
    await waitUntil(() => synth.calls.includes('cancel'), 'speech went on after the article was removed');
    expect(reading(one.article)).to.deep.equal([]);

    synth.calls = [];
    const two = await articleWithTools(article(), 'listen');
    listen(two.tools)!.click();
    await two.tools.updateComplete;
    two.tools.remove();
    await waitUntil(() => synth.calls.includes('cancel'), 'speech went on after the tools were removed');
  });

  it('with a recording, shows a labelled player instead', async () => {
    const { tools } = await articleWithTools(
      article({ audio: { src: 'https://media.example.com/a.mp3' } }),
      'listen',
    );
    const audio = $<HTMLAudioElement>(tools, 'audio[part~="listen"]')!;
    expect(audio.getAttribute('src')).to.equal('https://media.example.com/a.mp3');
    expect(audio.getAttribute('aria-label')).to.equal('听新闻：标题');
    expect(audio.controls).to.equal(true);
    expect(listen(tools)).to.equal(null);
    await expect(tools).to.be.accessible();
  });
});
