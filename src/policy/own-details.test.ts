import { describe, expect, it } from 'vitest';
import { demoPolicyPath } from '../paths.js';
import { loadPolicyFile } from './load.js';
import { ownContactDetails } from './own-details.js';

describe('ownContactDetails', () => {
  it("lists the controller's and DPO's published contact details once each", async () => {
    const { policy } = await loadPolicyFile(demoPolicyPath);
    expect(ownContactDetails(policy)).toEqual([
      '+31857828878',
      'privacy@cloudaware.eu',
      'Bezuidenhoutseweg 98',
      '2594AZ',
    ]);
    expect(ownContactDetails({ ...policy, dpo: 'unstated' })).toEqual([
      '+31857828878',
      'privacy@cloudaware.eu',
      'Bezuidenhoutseweg 98',
      '2594AZ',
    ]);
  });
});
