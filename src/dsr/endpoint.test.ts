import { describe, expect, it } from 'vitest';
import { checkEndpoint } from './endpoint.js';

describe('where personal data may be sent', () => {
  it('accepts HTTPS', () => {
    expect(checkEndpoint('https://receiver.example/dsr').href).toBe('https://receiver.example/dsr');
  });

  it('refuses plain HTTP, also to loopback unless the caller allows it (tests only)', () => {
    expect(() => checkEndpoint('http://receiver.example/dsr')).toThrow(/https/);
    expect(() => checkEndpoint('http://127.0.0.1:8080/in')).toThrow(/https/);
    expect(checkEndpoint('http://127.0.0.1:8080/in', { allowLoopbackHttp: true }).port).toBe('8080');
    expect(() => checkEndpoint('http://10.0.0.8/in', { allowLoopbackHttp: true })).toThrow(/https/);
    expect(() => checkEndpoint('ftp://receiver.example/', { allowLoopbackHttp: true })).toThrow(/https/);
    expect(() => checkEndpoint('not a url')).toThrow(/not a URL/);
  });
});
