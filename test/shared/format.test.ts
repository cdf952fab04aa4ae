import { expect } from '@open-wc/testing';
import {
  formatCount,
  formatDate,
  formatRelative,
  isoInZone,
  validTimeZone,
} from '../../src/shared/format.js';
import { inheritedLang, localeOf, msg, roleLabel, toLocale } from '../../src/shared/i18n.js';

describe('format', () => {
  it('shows the seed time as the portal does, with an ISO value carrying the offset', () => {
    const d = formatDate('2025-04-09T11:27:00+08:00', 'zh-Hans', 'Asia/Shanghai')!;
    expect(d.text).to.equal('2025-04-09 11:27:00');
    expect(d.datetime).to.equal('2025-04-09T11:27:00+08:00');
  });

  it('displays an instant in the time zone asked for', () => {
    const d = formatDate('2025-04-09T03:27:00Z', 'zh-Hans', 'America/New_York')!;
    expect(d.text).to.equal('2025-04-08 23:27:00');
    expect(d.datetime).to.equal('2025-04-08T23:27:00-04:00');
    expect(isoInZone(new Date('2025-01-15T12:00:00Z'), 'America/New_York')).to.equal(
      '2025-01-15T07:00:00-05:00',
    );
    expect(isoInZone(new Date('2025-04-09T03:27:00Z'), 'Asia/Kolkata')).to.equal('2025-04-09T08:57:00+05:30');
  });

  it('formats date, long and English styles', () => {
    expect(formatDate('2025-04-09T11:27:00+08:00', 'zh-Hans', 'Asia/Shanghai', 'date')!.text).to.equal(
      '2025-04-09',
    );
    expect(formatDate('2025-04-09T11:27:00+08:00', 'zh-Hans', 'Asia/Shanghai', 'long')!.text).to.contain(
      '2025年4月9日',
    );
    expect(formatDate('2025-04-09T11:27:00+08:00', 'en', 'Asia/Shanghai', 'datetime')!.text).to.match(
      /Apr 9, 2025/,
    );
  });

  it("writes the Chinese long text as Intl's zh-CN long date and short time, in any zone and year", () => {
    const instants = [
      '2025-04-09T03:27:00Z',
      '2025-12-31T16:05:00Z', // 00:05 on 1 January in Shanghai
      '1992-01-01T00:00:00Z',
      '1991-12-31T15:59:59Z',
      '1988-07-01T04:00:00Z', // summer time in China: UTC+9
      '1975-03-01T00:00:00Z',
    ];
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
      const intl = new Intl.DateTimeFormat('zh-CN', {
        timeZone: zone,
        dateStyle: 'long',
        timeStyle: 'short',
      });
      for (const iso of instants) {
        const d = formatDate(iso, 'zh-Hans', zone)!;
        expect(d.title, `${iso} in ${zone}`).to.equal(intl.format(new Date(iso)));
      }
    }
    expect(formatDate('1988-07-01T04:00:00Z', 'zh-Hans', 'Asia/Shanghai')!.datetime).to.equal(
      '1988-07-01T13:00:00+09:00',
    );
    expect(formatDate('1992-01-01T00:00:00Z', 'zh-Hans', 'Asia/Shanghai')!.datetime).to.equal(
      '1992-01-01T08:00:00+08:00',
    );
  });

  it('formats relative times against a fixed clock', () => {
    const now = Date.parse('2025-04-09T14:27:00+08:00');
    expect(formatRelative(new Date('2025-04-09T11:27:00+08:00'), 'zh-Hans', now)).to.equal('3小时前');
    expect(formatRelative(new Date('2025-04-09T11:27:00+08:00'), 'en', now)).to.equal('3 hours ago');
    expect(formatRelative(new Date('2025-04-08T14:27:00+08:00'), 'en', now)).to.equal('yesterday');
  });

  it('never shows Invalid Date', () => {
    expect(formatDate('not a date', 'zh-Hans', 'Asia/Shanghai')).to.equal(undefined);
    expect(formatDate(undefined, 'en', 'Asia/Shanghai')).to.equal(undefined);
  });

  it('compacts view counts: 万 in Chinese, K in English', () => {
    expect(formatCount(0, 'zh-Hans')).to.equal('0');
    expect(formatCount(9999, 'zh-Hans')).to.equal('9,999');
    expect(formatCount(12345, 'zh-Hans')).to.equal('1.2万');
    expect(formatCount(123456789, 'zh-Hans')).to.equal('1.2亿');
    expect(formatCount(12345, 'en')).to.equal('12.3K');
    expect(formatCount(999, 'en')).to.equal('999');
    expect(formatCount(1234, 'zh-Hant')).to.equal('1,234');
    expect(formatCount(-1234, 'zh-Hans')).to.equal('-1,234');
    expect(formatCount(12.5, 'zh-Hans')).to.equal('12.5');
  });

  it('falls back to Asia/Shanghai for an unknown time zone', () => {
    expect(validTimeZone('Mars/Olympus')).to.equal('Asia/Shanghai');
    expect(validTimeZone('Europe/London')).to.equal('Europe/London');
  });
});

describe('i18n', () => {
  it('maps language tags to label locales', () => {
    expect(toLocale('zh-CN')).to.equal('zh-Hans');
    expect(toLocale('zh')).to.equal('zh-Hans');
    expect(toLocale('zh-TW')).to.equal('zh-Hant');
    expect(toLocale('zh-Hant-HK')).to.equal('zh-Hant');
    expect(toLocale('en-GB')).to.equal('en-GB');
    expect(toLocale('ja_JP')).to.equal('ja-JP');
    expect(toLocale('')).to.equal(undefined);
  });

  it('takes the element lang, else the nearest ancestor, across shadow roots, else the data, else zh-Hans', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    outer.append(host);
    document.body.append(outer);
    const htmlLang = document.documentElement.getAttribute('lang');
    const of = (el: HTMLElement, dataLang?: string) => localeOf(el.lang, inheritedLang(el), dataLang);
    try {
      expect(of(inner)).to.equal('en');
      inner.lang = 'zh-TW';
      expect(of(inner)).to.equal('zh-Hant');
      inner.removeAttribute('lang');
      outer.removeAttribute('lang');
      document.documentElement.removeAttribute('lang');
      expect(of(inner, 'en-US')).to.equal('en-US');
      expect(of(inner)).to.equal('zh-Hans');
    } finally {
      outer.remove();
      if (htmlLang) document.documentElement.setAttribute('lang', htmlLang);
    }
  });

  it('has labels in the three locales', () => {
    expect(msg('zh-Hans', 'views', { n: 0 })).to.equal('0次浏览');
    expect(msg('zh-Hant', 'retry')).to.equal('重試');
    expect(msg('en', 'related')).to.equal('Related news');
    expect(roleLabel('zh-Hans', 'responsibleEditor')).to.equal('责编');
    expect(roleLabel('en', 'chiefEditor')).to.equal('Chief editor');
    expect(roleLabel('en', 'nonsense')).to.equal(undefined);
  });
});
