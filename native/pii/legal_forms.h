// src/pii/lexicon/legal-forms.ts: legal forms after an organisation's name, in their own case.
#pragma once
#include <string_view>

namespace gs {

constexpr std::u16string_view LEGAL_FORMS[] = {u"B.V.", u"B. V.", u"BV",  u"N.V.", u"N. V.", u"NV",
                                               u"V.O.F.", u"VOF", u"GmbH", u"Ltd",  u"Inc.",  u"LLC"};

}  // namespace gs
