import type { RequestCategory } from './report.js';

/**
 * Whether a third-party request is analytics or marketing. Every such request hands the visitor's
 * full IP address to the third party (the browser connects to it), which is exactly what the AP's
 * conditions for consent-free analytics exclude; marketing requests are tracking.
 */

/** Hosts of widespread trackers, by registrable domain or host suffix. */
const trackerHosts: { suffix: string; category: Exclude<RequestCategory, 'other'>; name: string }[] = [
  { suffix: 'google-analytics.com', category: 'analytics', name: 'Google Analytics' },
  { suffix: 'analytics.google.com', category: 'analytics', name: 'Google Analytics' },
  { suffix: 'googletagmanager.com', category: 'analytics', name: 'Google Tag Manager' },
  { suffix: 'doubleclick.net', category: 'marketing', name: 'Google DoubleClick' },
  { suffix: 'googleadservices.com', category: 'marketing', name: 'Google Ads' },
  { suffix: 'googlesyndication.com', category: 'marketing', name: 'Google AdSense' },
  { suffix: 'connect.facebook.net', category: 'marketing', name: 'Meta Pixel' },
  { suffix: 'facebook.com', category: 'marketing', name: 'Meta' },
  { suffix: 'bat.bing.com', category: 'marketing', name: 'Microsoft Advertising' },
  { suffix: 'clarity.ms', category: 'analytics', name: 'Microsoft Clarity' },
  { suffix: 'hotjar.com', category: 'analytics', name: 'Hotjar' },
  { suffix: 'hotjar.io', category: 'analytics', name: 'Hotjar' },
  { suffix: 'ads.linkedin.com', category: 'marketing', name: 'LinkedIn Ads' },
  { suffix: 'snap.licdn.com', category: 'marketing', name: 'LinkedIn Insight' },
  { suffix: 'analytics.tiktok.com', category: 'marketing', name: 'TikTok Pixel' },
  { suffix: 'criteo.com', category: 'marketing', name: 'Criteo' },
  { suffix: 'criteo.net', category: 'marketing', name: 'Criteo' },
  { suffix: 'adnxs.com', category: 'marketing', name: 'Xandr' },
  { suffix: 'taboola.com', category: 'marketing', name: 'Taboola' },
  { suffix: 'outbrain.com', category: 'marketing', name: 'Outbrain' },
  { suffix: 'scorecardresearch.com', category: 'marketing', name: 'Comscore' },
  { suffix: 'hubspot.com', category: 'marketing', name: 'HubSpot' },
  { suffix: 'hs-analytics.net', category: 'marketing', name: 'HubSpot' },
  { suffix: 'matomo.cloud', category: 'analytics', name: 'Matomo Cloud' },
  { suffix: 'plausible.io', category: 'analytics', name: 'Plausible' },
  { suffix: 'segment.io', category: 'analytics', name: 'Segment' },
  { suffix: 'segment.com', category: 'analytics', name: 'Segment' },
  { suffix: 'mixpanel.com', category: 'analytics', name: 'Mixpanel' },
  { suffix: 'amplitude.com', category: 'analytics', name: 'Amplitude' },
];

function hostMatches(hostname: string, suffix: string): boolean {
  return hostname === suffix || hostname.endsWith(`.${suffix}`);
}

/** URL shapes of beacons and pixels, checked on the path and query. */
const marketingPath =
  /(^|\/)(pixel|px|tr|fbevents|adserver|ads?|conversion|retarget(ing)?|remarketing|sync|usersync|cm)(\.(gif|png|js|php))?(\/|\?|$)/i;
const analyticsPath =
  /(^|\/)(g\/collect|j\/collect|collect|analytics|stats?|statistics|track(ing)?|beacon|hit|pageview|event|matomo|piwik)(\.(gif|png|js|php))?(\/|\?|$)/i;

/**
 * @example
 *   classifyRequest('https://www.google-analytics.com/g/collect?v=2', { cookieCategories: [] });
 *   // { category: 'analytics', reason: 'known tracker host: Google Analytics' }
 */
export function classifyRequest(
  url: string,
  context: { cookieCategories: readonly string[] },
): { category: RequestCategory; reason?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { category: 'other' };
  }
  const hostname = u.hostname.toLowerCase();
  const known = trackerHosts.find((t) => hostMatches(hostname, t.suffix));
  if (known) return { category: known.category, reason: `known tracker host: ${known.name}` };
  // What the host stores says what it is for: a host that sets marketing cookies is an ad server.
  if (context.cookieCategories.includes('marketing')) {
    return { category: 'marketing', reason: 'the host sets marketing cookies' };
  }
  if (context.cookieCategories.includes('analytics')) {
    return { category: 'analytics', reason: 'the host sets analytics cookies' };
  }
  const path = u.pathname;
  if (marketingPath.test(path)) return { category: 'marketing', reason: `pixel or ad URL (${path})` };
  if (analyticsPath.test(path)) return { category: 'analytics', reason: `beacon or analytics URL (${path})` };
  return { category: 'other' };
}
