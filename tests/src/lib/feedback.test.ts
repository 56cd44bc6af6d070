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

describe('history writes', () => {
  it('makes one new entry for a batch with any change but the view, and replaces for moves alone', () => {
    expect(mergeWrite(null, true)).toBe('replace');
    expect(mergeWrite(null, false)).toBe('push');
    expect(mergeWrite('replace', false)).toBe('push');
    expect(mergeWrite('push', true)).toBe('push');
  });
});
