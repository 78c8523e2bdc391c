import type { Migration } from '../migrate.js';

/**
 * Who lifted a restriction entry and why (Art. 18(3)). For an entry made by a request the reasons
 * also went to the person in the notice; for one without a request this is the only record. Kept in
 * clear, as a legal hold's release reason is: the lift form asks for the grounds, not for a person.
 */
export const restrictionLift: Migration = {
  id: 10,
  name: 'restriction_lift',
  up: `
    alter table grondslag.dsr_restriction
      add column lifted_by text,
      add column lift_reason text;
  `,
};
