import type { Policy } from './schema.js';

/**
 * The contact details the organisation publishes about itself in its statement: the controller's
 * and the DPO's phone numbers and e-mail addresses, and the controller's street and postcode. They
 * stand in its tickets, letters and logs and look like personal data, but are not: the PII
 * scanner's `allow` option takes this list (`grondslag scan text|file --allow-own`).
 */
export function ownContactDetails(policy: Policy): string[] {
  const { controller } = policy;
  // The DPO may be `unstated` in a policy that names none.
  const dpo = typeof policy.dpo === 'object' ? policy.dpo : undefined;
  const values = [
    controller.phone,
    controller.email,
    controller.address.street,
    controller.address.postcode,
    dpo?.email,
    dpo?.phone,
  ];
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
}
