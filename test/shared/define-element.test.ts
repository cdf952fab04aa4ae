import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define-element.js';

describe('defineElement', () => {
  it('registers a free tag', () => {
    class A extends HTMLElement {}
    defineElement('test-define-a', A);
    expect(customElements.get('test-define-a')).to.equal(A);
  });

  it('keeps the first definition, never throws, and warns once when another class holds the tag', () => {
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-define-b', B1);
      defineElement('test-define-b', B2);
      defineElement('test-define-b', B2);
      defineElement('test-define-b', B1);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-define-b')).to.equal(B1);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<test-define-b>');
  });

  it('does not throw for an invalid tag name', () => {
    class C extends HTMLElement {}
    const original = console.warn;
    console.warn = () => {};
    try {
      expect(() => defineElement('NotValid', C)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('NotValid')).to.equal(undefined);
  });
});
