import type { Detector } from '../detector.js';
import { bsnDetector } from './bsn.js';
import { addressColumnDetector, nameColumnDetector } from './column-values.js';
import { creditCardDetector } from './credit-card.js';
import { dateOfBirthDetector } from './date-of-birth.js';
import { emailDetector } from './email.js';
import { geoCoordinatesDetector } from './geo-coordinates.js';
import { ibanDetector } from './iban.js';
import { idCardNumberDetector } from './id-card-number.js';
import { ipv4Detector } from './ipv4.js';
import { ipv6Detector } from './ipv6.js';
import { labelledNameDetector } from './labelled-name.js';
import { licencePlateDetector } from './licence-plate.js';
import { mrzDetector } from './mrz.js';
import { passportNumberDetector } from './passport-number.js';
import { personNameDetector } from './person-name.js';
import { phoneDetector } from './phone.js';
import { postalAddressDetector } from './postal-address.js';
import { postcodeDetector } from './postcode.js';
import { userAgentDetector } from './user-agent.js';

/**
 * Every detector the scanner runs, in the order ties between equal findings are settled: the
 * stricter validations (checksums, numbering plans) come first.
 */
export const allDetectors: readonly Detector[] = [
  mrzDetector,
  ibanDetector,
  emailDetector,
  creditCardDetector,
  bsnDetector,
  phoneDetector,
  ipv4Detector,
  ipv6Detector,
  idCardNumberDetector,
  passportNumberDetector,
  dateOfBirthDetector,
  postalAddressDetector,
  addressColumnDetector,
  postcodeDetector,
  licencePlateDetector,
  geoCoordinatesDetector,
  userAgentDetector,
  personNameDetector,
  nameColumnDetector,
  labelledNameDetector,
];
