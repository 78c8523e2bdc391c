import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from './client-address.js';

/** The session cookie: httpOnly (no script may read it), SameSite=Strict, Secure over https. */
export const SESSION_COOKIE = 'gs_session';
/** A random value for forms shown before sign-in; CSRF tokens of such forms are signed over it. */
export const PRESESSION_COOKIE = 'gs_pre';

function options(c: Context, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: isHttps(c),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * A session cookie without Max-Age ends with the browser; the server-side expiry and idle timeout
 * bound it either way.
 */
export function writeSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, options(c));
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, options(c));
}

export function readPresessionCookie(c: Context): string | undefined {
  const v = getCookie(c, PRESESSION_COOKIE);
  return v && /^[A-Za-z0-9_-]{32,64}$/.test(v) ? v : undefined;
}

export function writePresessionCookie(c: Context, value: string): void {
  setCookie(c, PRESESSION_COOKIE, value, options(c, 60 * 60 * 24));
}
