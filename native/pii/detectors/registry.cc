// allDetectors (src/pii/detectors/all.ts) in the same order: ties between equal findings are
// settled by this order, so it must match. Each detector lives in its own file.
#include "../engine.h"

namespace gs {

// Weak, so that a build missing a detector's file still loads with a null entry: the addon then
// reports itself incomplete (available()) and the JavaScript engine is used, rather than a crash
// at the first call.

__attribute__((weak)) void find_mrz(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_iban(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_email(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_credit_card(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_bsn(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_phone(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_ipv4(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_ipv6(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_id_card_number(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_passport_number(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_date_of_birth(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_postal_address(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_address_column(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_postcode(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_licence_plate(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_geo_coordinates(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_user_agent(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_person_name(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_name_column(ScanContext&, std::vector<Finding>&);
__attribute__((weak)) void find_labelled_name(ScanContext&, std::vector<Finding>&);

const std::vector<DetectorEntry>& detectors() {
  static const std::vector<DetectorEntry> list = {
      {"mrz-icao9303", MRZ, find_mrz},
      {"iban", IBAN, find_iban},
      {"email", EMAIL, find_email},
      {"credit-card", CREDIT_CARD, find_credit_card},
      {"bsn", BSN, find_bsn},
      {"phone", PHONE, find_phone},
      {"ipv4", IP_ADDRESS, find_ipv4},
      {"ipv6", IP_ADDRESS, find_ipv6},
      {"id-card-nl", ID_CARD_NUMBER, find_id_card_number},
      {"passport-nl", PASSPORT_NUMBER, find_passport_number},
      {"date-of-birth", DATE_OF_BIRTH, find_date_of_birth},
      {"street-address", POSTAL_ADDRESS, find_postal_address},
      {"street-address-column", POSTAL_ADDRESS, find_address_column},
      {"postcode-nl", POSTCODE, find_postcode},
      {"licence-plate-nl", LICENCE_PLATE, find_licence_plate},
      {"geo-decimal", GEO_COORDINATES, find_geo_coordinates},
      {"user-agent", USER_AGENT, find_user_agent},
      {"person-name", PERSON_NAME, find_person_name},
      {"person-name-column", PERSON_NAME, find_name_column},
      {"person-name-labelled", PERSON_NAME, find_labelled_name},
  };
  return list;
}

}  // namespace gs
