import type { LintRule } from '../rule.js';

/**
 * Not a GDPR duty: a Dutch business must state its Chamber of Commerce (KvK) number on its website and
 * correspondence (Handelsregisterwet 2007; BW 3:15d for information society services). It also lets
 * readers tell which legal entity is the controller.
 */
export const chamberOfCommerceUnstated: LintRule = {
  id: 'chamber-of-commerce-unstated',
  severity: 'info',
  article: 'Handelsregisterwet 2007; BW 3:15d',
  title: 'a Dutch controller states its Chamber of Commerce number (a trade-register duty, not GDPR)',
  check(policy) {
    const c = policy.controller;
    if (c.address.country !== 'NL' || c.chamberOfCommerce !== 'unstated') return [];
    return [
      {
        path: ['controller', 'chamberOfCommerce'],
        message: `${c.legalName} is a Dutch business but the statement gives no KvK number: set controller.chamberOfCommerce to its 8-digit number (a trade-register duty, not a GDPR one)`,
      },
    ];
  },
};
