import { describe, expect, it } from 'vitest';
import { feedbackLinks, parseFeedback } from '../../../src/lib/feedback';
import { mergeWrite } from '../../../src/store/url-sync';

describe('the feedback channel', () => {
  it('reads a URL and an address, and names the file and field of a bad one', () => {
    expect(parseFeedback({ url: 'https://example.org/new?body={body}', email: '' })).toEqual({ url: 'https://example.org/new?body={body}', email: '' });
    expect(() => parseFeedback({ url: 'javascript:alert(1)' })).toThrow(/config\/feedback\.json: field "url" expected an https:\/\/ URL/);
    expect(() => parseFeedback({ email: 'nobody' })).toThrow(/field "email"/);
    expect(() => parseFeedback({ urll: 'x' })).toThrow(/unknown field "urll"/);
    expect(() => parseFeedback([])).toThrow(/expected an object/);
  });

  it('fills the title, text and link into the URL and a mailto link, encoded', () => {
    const links = feedbackLinks({ url: 'https://example.org/new?title={title}&body={body}&u={link}', email: 'a@b.org' }, { title: '区级医院 & co', body: 'line 1\nline 2', link: 'https://map/#sel=x&r=500' });
    expect(links.web).toBe('https://example.org/new?title=%E5%8C%BA%E7%BA%A7%E5%8C%BB%E9%99%A2%20%26%20co&body=line%201%0Aline%202&u=https%3A%2F%2Fmap%2F%23sel%3Dx%26r%3D500');
    expect(links.mail).toBe('mailto:a@b.org?subject=%E5%8C%BA%E7%BA%A7%E5%8C%BB%E9%99%A2%20%26%20co&body=line%201%0Aline%202');
    expect(feedbackLinks({ url: '', email: '' }, { title: 't', body: 'b', link: 'l' })).toEqual({ web: null, mail: null });
  });
});

describe('what the feedback config accepts', () => {
  it('takes a missing field as empty, and an object with neither as no channel', () => {
    expect(parseFeedback({})).toEqual({ url: '', email: '' });
    expect(parseFeedback({ email: 'a@b.org' })).toEqual({ url: '', email: 'a@b.org' });
  });

  it('names the file and what an object should hold for anything else', () => {
    for (const bad of [null, 'https://x.org', 3]) expect(() => parseFeedback(bad)).toThrow('config/feedback.json: expected an object {"url": "…", "email": "…"}');
  });

  it('names a field of the wrong type or form with what it found, cut to 80 characters', () => {
    expect(() => parseFeedback({ url: ['https://x.org'] })).toThrow('field "url" expected an https:// URL or "", found ["https://x.org"]');
    expect(parseFeedback({ email: 'first.last@mail.example.org' }).email).toBe('first.last@mail.example.org');
    expect(() => parseFeedback({ url: 42 })).toThrow('config/feedback.json: field "url" expected an https:// URL or "", found 42');
    expect(() => parseFeedback({ url: 'http://x.org' })).toThrow('field "url" expected an https:// URL or "", found "http://x.org"');
    expect(() => parseFeedback({ url: 'https://x.org/a b' })).toThrow('field "url"');
    expect(() => parseFeedback({ url: ' https://x.org' })).toThrow('field "url"');
    expect(() => parseFeedback({ email: 'a@b.org ' })).toThrow('config/feedback.json: field "email" expected an e-mail address or "", found "a@b.org "');
    expect(() => parseFeedback({ email: 'x a@b.org' })).toThrow('field "email"');
    expect(() => parseFeedback({ email: 'a@b' })).toThrow('field "email"');
    expect(() => parseFeedback({ email: '@b.org' })).toThrow('field "email"');
    expect(() => parseFeedback({ url: 'x'.repeat(100) })).toThrow(/found "x{79}$/);
  });

  it('names an unknown field, cut to 40 characters', () => {
    expect(() => parseFeedback({ url: '', [`k${'x'.repeat(50)}`]: 1 })).toThrow(`config/feedback.json: unknown field "k${'x'.repeat(39)}" (only "url" and "email")`);
  });

  it('fills every slot each time it appears, and only the mail link without a URL', () => {
    expect(feedbackLinks({ url: 'https://x.org/?a={title}&b={title}', email: '' }, { title: 'a b', body: '', link: '' }).web).toBe('https://x.org/?a=a%20b&b=a%20b');
    expect(feedbackLinks({ url: '', email: 'a@b.org' }, { title: 't', body: 'b', link: 'l' })).toEqual({ web: null, mail: 'mailto:a@b.org?subject=t&body=b' });
  });
});

describe('history writes', () => {
  it('makes one new entry for a batch with any change but the view, and replaces for moves alone', () => {
    expect(mergeWrite(null, true)).toBe('replace');
    expect(mergeWrite(null, false)).toBe('push');
    expect(mergeWrite('replace', false)).toBe('push');
    expect(mergeWrite('push', true)).toBe('push');
  });
});
