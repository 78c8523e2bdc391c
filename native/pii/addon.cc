// The Node-API surface of the native scanner (loaded by src/pii/native/engine.ts):
//   configure({ piiTypes, predicates, parseHeader, tables })   once, at load
//   matcher(entries) → handle        the cue words of one set of scan options
//   header(delimiter, cells) → handle   a table header passed by the stream scanner
//   scan(text, matcher, header, detectorMask, minScore[, omitContacts]) → count: the findings of
//        scanTextWith (overlaps resolved, in text order, the organisation's contact points left
//        out when omitContacts), written to the findings buffer
//   detect(index, text, matcher, header) → count: one detector's raw list (for the tests and the
//        cost benchmark; index -1 builds the text index only)
//   findings() → the findings buffer, a Float64Array of 5 numbers per finding: type, start,
//        end, score, detector; reused from call to call, replaced by a larger one when needed
//   available() → per detector whether it is compiled in
#include <node_api.h>

#include <cstring>
#include <string>

#include "engine.h"

namespace gs {

namespace {

// Per thread: each worker thread that loads the addon has its own environment, configures its own
// copy and scans with its own buffers.
thread_local napi_env currentEnv = nullptr;
thread_local napi_ref predicateRefs[PREDICATE_COUNT] = {};
thread_local napi_ref parseHeaderRef = nullptr;
thread_local std::unordered_map<std::string, WordTable> tables;
/** The words of each table in the order given, for lists that are walked rather than looked up. */
thread_local std::unordered_map<std::string, std::vector<std::u16string>> tableWords;
const WordTable emptyTable;
thread_local bool callFailed = false;
/** Length of the text last read into the scratch buffer. */
thread_local size_t scratchLength = 0;

const char* const TYPE_NAMES[PII_TYPE_COUNT] = {
    "person_name", "email",  "phone",           "postal_address", "postcode",   "iban",
    "bsn",         "passport_number", "id_card_number", "mrz", "credit_card", "ip_address",
    "date_of_birth", "geo_coordinates", "user_agent", "licence_plate"};

#define CHECK(call)                                 \
  do {                                              \
    if ((call) != napi_ok) {                        \
      napi_throw_error(env, "GRONDSLAG_NATIVE", #call); \
      return nullptr;                               \
    }                                               \
  } while (0)

bool readString(napi_env env, napi_value value, std::u16string& out) {
  size_t length = 0;
  if (napi_get_value_string_utf16(env, value, nullptr, 0, &length) != napi_ok) return false;
  out.resize(length + 1);
  size_t copied = 0;
  if (napi_get_value_string_utf16(env, value, out.data(), length + 1, &copied) != napi_ok) return false;
  out.resize(copied);
  return true;
}

napi_value makeString(napi_env env, u16view s) {
  napi_value v = nullptr;
  napi_create_string_utf16(env, s.data(), s.size(), &v);
  return v;
}

bool readEntries(napi_env env, napi_value array, std::vector<std::pair<std::u16string, int>>& out) {
  uint32_t length = 0;
  if (napi_get_array_length(env, array, &length) != napi_ok) return false;
  for (uint32_t i = 0; i < length; i++) {
    napi_value pair, word, value;
    if (napi_get_element(env, array, i, &pair) != napi_ok) return false;
    if (napi_get_element(env, pair, 0, &word) != napi_ok || napi_get_element(env, pair, 1, &value) != napi_ok)
      return false;
    std::u16string w;
    int32_t v = 0;
    if (!readString(env, word, w) || napi_get_value_int32(env, value, &v) != napi_ok) return false;
    out.emplace_back(std::move(w), v);
  }
  return true;
}

std::shared_ptr<const TableHeader> readHeader(napi_env env, napi_value delimiter, napi_value cells) {
  auto header = std::make_shared<TableHeader>();
  std::u16string d;
  if (!readString(env, delimiter, d) || d.empty()) return nullptr;
  header->delimiter = d[0];
  uint32_t length = 0;
  if (napi_get_array_length(env, cells, &length) != napi_ok) return nullptr;
  for (uint32_t i = 0; i < length; i++) {
    napi_value cell;
    std::u16string c;
    if (napi_get_element(env, cells, i, &cell) != napi_ok || !readString(env, cell, c)) return nullptr;
    header->cells.push_back(std::move(c));
  }
  return header;
}

napi_value Configure(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value options;
  CHECK(napi_get_cb_info(env, info, &argc, &options, nullptr, nullptr));
  napi_value types, predicates, parse, tableObject;
  CHECK(napi_get_named_property(env, options, "piiTypes", &types));
  uint32_t nTypes = 0;
  CHECK(napi_get_array_length(env, types, &nTypes));
  bool same = nTypes == PII_TYPE_COUNT;
  for (uint32_t i = 0; same && i < nTypes; i++) {
    napi_value t;
    char name[64];
    size_t len = 0;
    CHECK(napi_get_element(env, types, i, &t));
    CHECK(napi_get_value_string_utf8(env, t, name, sizeof name, &len));
    same = std::strcmp(name, TYPE_NAMES[i]) == 0;
  }
  if (!same) {
    napi_throw_error(env, "GRONDSLAG_NATIVE_TYPES", "the native scanner was built for another list of PII types");
    return nullptr;
  }
  CHECK(napi_get_named_property(env, options, "predicates", &predicates));
  for (int p = 0; p < PREDICATE_COUNT; p++) {
    napi_value fn;
    CHECK(napi_get_element(env, predicates, (uint32_t)p, &fn));
    if (predicateRefs[p]) napi_delete_reference(env, predicateRefs[p]);
    CHECK(napi_create_reference(env, fn, 1, &predicateRefs[p]));
  }
  CHECK(napi_get_named_property(env, options, "parseHeader", &parse));
  if (parseHeaderRef) napi_delete_reference(env, parseHeaderRef);
  CHECK(napi_create_reference(env, parse, 1, &parseHeaderRef));
  CHECK(napi_get_named_property(env, options, "tables", &tableObject));
  napi_value names;
  CHECK(napi_get_property_names(env, tableObject, &names));
  uint32_t nNames = 0;
  CHECK(napi_get_array_length(env, names, &nNames));
  tables.clear();
  tableWords.clear();
  for (uint32_t i = 0; i < nNames; i++) {
    napi_value key, entries;
    char name[128];
    size_t len = 0;
    CHECK(napi_get_element(env, names, i, &key));
    CHECK(napi_get_value_string_utf8(env, key, name, sizeof name, &len));
    CHECK(napi_get_property(env, tableObject, key, &entries));
    std::vector<std::pair<std::u16string, int>> list;
    if (!readEntries(env, entries, list)) {
      napi_throw_error(env, "GRONDSLAG_NATIVE", "a word table must be a list of [word, value] pairs");
      return nullptr;
    }
    std::vector<std::u16string>& words = tableWords[std::string(name, len)];
    for (const auto& entry : list) words.push_back(entry.first);
    tables.emplace(std::string(name, len), WordTable(list));
  }
  return nullptr;
}

void deleteMatcher(napi_env, void* data, void*) { delete static_cast<CueMatcher*>(data); }
void deleteHeader(napi_env, void* data, void*) {
  delete static_cast<std::shared_ptr<const TableHeader>*>(data);
}

napi_value Matcher(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value entries;
  CHECK(napi_get_cb_info(env, info, &argc, &entries, nullptr, nullptr));
  std::vector<std::pair<std::u16string, int>> list;
  if (!readEntries(env, entries, list)) {
    napi_throw_error(env, "GRONDSLAG_NATIVE", "cue entries must be a list of [word, mask] pairs");
    return nullptr;
  }
  auto* matcher = new CueMatcher(list);
  napi_value handle;
  CHECK(napi_create_external(env, matcher, deleteMatcher, nullptr, &handle));
  return handle;
}

napi_value Header(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  CHECK(napi_get_cb_info(env, info, &argc, args, nullptr, nullptr));
  auto header = readHeader(env, args[0], args[1]);
  if (!header) {
    napi_throw_error(env, "GRONDSLAG_NATIVE", "a header is a delimiter and a list of cells");
    return nullptr;
  }
  napi_value handle;
  CHECK(napi_create_external(env, new std::shared_ptr<const TableHeader>(header), deleteHeader, nullptr, &handle));
  return handle;
}

/** What one thread reuses from scan to scan: no allocation per text once the buffers have grown. */
struct Scratch {
  std::u16string text = std::u16string(1 << 16, u'\0');
  std::vector<Finding> merged, results, kept, mergeBuffer, weakNames;
  /** The findings buffer JavaScript reads (see Findings): its data and capacity in findings. */
  napi_ref out = nullptr;
  double* outData = nullptr;
  size_t outCapacity = 0;
};
thread_local Scratch scratch;

/** Reads a JS string into `out`, reusing its capacity (one call when it fits). */
bool readText(napi_env env, napi_value value, std::u16string& out) {
  size_t copied = 0;
  if (out.size() < 2) out.resize(1 << 16);
  if (napi_get_value_string_utf16(env, value, out.data(), out.size(), &copied) != napi_ok) return false;
  if (copied + 1 < out.size()) {
    out[copied] = 0;
    scratchLength = copied;
    return true;
  }
  size_t length = 0;
  if (napi_get_value_string_utf16(env, value, nullptr, 0, &length) != napi_ok) return false;
  out.resize(length + 1);
  if (napi_get_value_string_utf16(env, value, out.data(), length + 1, &copied) != napi_ok) return false;
  scratchLength = copied;
  return true;
}

/** Makes sure the findings buffer holds `count` findings; a new buffer replaces a smaller one. */
bool ensureOut(napi_env env, Scratch& st, size_t count) {
  if (count <= st.outCapacity && st.out) return true;
  size_t capacity = st.outCapacity == 0 ? 4096 : st.outCapacity;
  while (capacity < count) capacity *= 2;
  napi_value buffer;
  void* data = nullptr;
  if (napi_create_arraybuffer(env, capacity * 5 * sizeof(double), &data, &buffer) != napi_ok) return false;
  if (st.out) napi_delete_reference(env, st.out);
  if (napi_create_reference(env, buffer, 1, &st.out) != napi_ok) return false;
  st.outData = static_cast<double*>(data);
  st.outCapacity = capacity;
  return true;
}

/** Writes findings to the shared buffer; returns their number (JavaScript reads them from Findings()). */
napi_value writeFindings(napi_env env, Scratch& st, const std::vector<Finding>& list) {
  if (!ensureOut(env, st, list.size())) {
    napi_throw_error(env, "GRONDSLAG_NATIVE", "could not allocate the findings buffer");
    return nullptr;
  }
  double* out = st.outData;
  for (const Finding& f : list) {
    *out++ = f.type;
    *out++ = f.start;
    *out++ = f.end;
    *out++ = f.score;
    *out++ = f.detector;
  }
  napi_value count;
  CHECK(napi_create_uint32(env, (uint32_t)list.size(), &count));
  return count;
}

/** The findings buffer as a Float64Array (fetched again when a scan returns more than it holds). */
napi_value Findings(napi_env env, napi_callback_info) {
  Scratch& st = scratch;
  if (!ensureOut(env, st, 1)) return nullptr;
  napi_value buffer, array;
  CHECK(napi_get_reference_value(env, st.out, &buffer));
  CHECK(napi_create_typedarray(env, napi_float64_array, st.outCapacity * 5, buffer, 0, &array));
  return array;
}

/** Reads matcher and header arguments (args[0], args[1]). */
bool readHandles(napi_env env, napi_value* args, CueMatcher** matcher, std::shared_ptr<const TableHeader>* header,
                 bool* headerGiven) {
  void* m = nullptr;
  if (napi_get_value_external(env, args[0], &m) != napi_ok) return false;
  *matcher = static_cast<CueMatcher*>(m);
  napi_valuetype t;
  napi_typeof(env, args[1], &t);
  *headerGiven = t == napi_external;
  if (*headerGiven) {
    void* h = nullptr;
    if (napi_get_value_external(env, args[1], &h) != napi_ok) return false;
    *header = *static_cast<std::shared_ptr<const TableHeader>*>(h);
  } else header->reset();
  return true;
}

napi_value Scan(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value args[6];
  CHECK(napi_get_cb_info(env, info, &argc, args, nullptr, nullptr));
  Scratch& st = scratch;
  CueMatcher* matcher = nullptr;
  std::shared_ptr<const TableHeader> header;
  bool headerGiven = false;
  if (!readText(env, args[0], st.text) || !readHandles(env, args + 1, &matcher, &header, &headerGiven)) {
    napi_throw_type_error(env, "GRONDSLAG_NATIVE", "scan(text, matcher, header, mask, minScore)");
    return nullptr;
  }
  int64_t mask = 0;
  double minScore = 0;
  CHECK(napi_get_value_int64(env, args[3], &mask));
  CHECK(napi_get_value_double(env, args[4], &minScore));
  // The sixth argument, optional: leave the organisation's contact points out.
  bool omitContacts = false;
  if (argc >= 6) CHECK(napi_get_value_bool(env, args[5], &omitContacts));
  std::vector<Finding>& merged = st.merged;
  std::vector<Finding>& results = st.results;
  std::vector<Finding>& kept = st.kept;
  std::vector<Finding>& mergeBuffer = st.mergeBuffer;
  merged.clear();
  st.weakNames.clear();
  int length = (int)scratchLength;
  if (length > 0) {
    currentEnv = env;
    callFailed = false;
    ScanContext ctx(st.text.data(), length, *matcher, header, headerGiven);
    const auto& list = detectors();
    for (size_t d = 0; d < list.size(); d++) {
      if (!(mask & ((int64_t)1 << d)) || !list[d].find) continue;
      results.clear();
      list[d].find(ctx, results);
      if (callFailed) return nullptr;  // a JavaScript callback threw: let its exception through
      kept.clear();
      for (Finding& f : results) {
        if (f.score >= minScore)
          kept.push_back(f);
        else if (d == 17)
          st.weakNames.push_back(f);  // the name detector's weak candidates (repeated-names.ts)
      }
      if (kept.empty()) continue;
      if (merged.empty()) {
        merged.swap(kept);
        continue;
      }
      // mergeByStart: on equal starts the earlier detector's finding comes first.
      mergeBuffer.clear();
      size_t i = 0, j = 0;
      while (i < merged.size() && j < kept.size())
        mergeBuffer.push_back(kept[j].start < merged[i].start ? kept[j++] : merged[i++]);
      while (i < merged.size()) mergeBuffer.push_back(merged[i++]);
      while (j < kept.size()) mergeBuffer.push_back(kept[j++]);
      merged.swap(mergeBuffer);
    }
    resolveOverlaps(merged);
    // repeated-names.ts, when the person-name detector (17) ran and its score passes.
    if ((mask & ((int64_t)1 << 17)) && minScore <= 0.8) withRepeatedNames(st.text.data(), length, ctx.capitals(), st.weakNames, merged);
    // postcodes-after-addresses.ts, when the postcode detector (13) ran and its score passes.
    if ((mask & ((int64_t)1 << 13)) && minScore <= 0.85) withPostcodesAfterAddresses(st.text.data(), length, merged);
    if (omitContacts) withoutOrganisationContacts(st.text.data(), length, merged);
  }
  return writeFindings(env, st, merged);
}

napi_value Detect(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value args[4];
  CHECK(napi_get_cb_info(env, info, &argc, args, nullptr, nullptr));
  int32_t index = 0;
  CHECK(napi_get_value_int32(env, args[0], &index));
  Scratch& st = scratch;
  CueMatcher* matcher = nullptr;
  std::shared_ptr<const TableHeader> header;
  bool headerGiven = false;
  const auto& list = detectors();
  // index -1: build the text index only (the benchmark's baseline for a detector's own cost).
  if (index < -1 || index >= (int)list.size() || (index >= 0 && !list[index].find) || !readText(env, args[1], st.text) ||
      !readHandles(env, args + 2, &matcher, &header, &headerGiven)) {
    napi_throw_type_error(env, "GRONDSLAG_NATIVE", "detect(index, text, matcher, header): no such detector");
    return nullptr;
  }
  currentEnv = env;
  callFailed = false;
  st.results.clear();
  ScanContext ctx(st.text.data(), (int)scratchLength, *matcher, header, headerGiven);
  // The index is built first in every case, so that a detector's cost in the benchmark is its
  // time here less the time of index -1, whether or not the detector reads the index.
  ctx.digitRuns();
  if (index >= 0) list[index].find(ctx, st.results);
  if (callFailed) return nullptr;
  return writeFindings(env, st, st.results);
}

napi_value Available(napi_env env, napi_callback_info) {
  const auto& list = detectors();
  napi_value array;
  CHECK(napi_create_array_with_length(env, list.size(), &array));
  for (size_t i = 0; i < list.size(); i++) {
    napi_value b;
    CHECK(napi_get_boolean(env, list[i].find != nullptr, &b));
    CHECK(napi_set_element(env, array, (uint32_t)i, b));
  }
  return array;
}

}  // namespace

bool callPredicate(int predicate, u16view arg) {
  napi_env env = currentEnv;
  if (callFailed || !env || !predicateRefs[predicate]) return false;
  napi_value fn, undefined, result;
  napi_value argv[1] = {makeString(env, arg)};
  bool answer = false;
  if (napi_get_reference_value(env, predicateRefs[predicate], &fn) != napi_ok ||
      napi_get_undefined(env, &undefined) != napi_ok ||
      napi_call_function(env, undefined, fn, 1, argv, &result) != napi_ok ||
      napi_get_value_bool(env, result, &answer) != napi_ok) {
    callFailed = true;
    return false;
  }
  return answer;
}

bool callbackFailed() { return callFailed; }

std::shared_ptr<const TableHeader> parseHeaderInJs(u16view line) {
  napi_env env = currentEnv;
  if (callFailed || !env || !parseHeaderRef) return nullptr;
  napi_value fn, undefined, result, delimiter, cells;
  napi_value argv[1] = {makeString(env, line)};
  napi_valuetype t;
  if (napi_get_reference_value(env, parseHeaderRef, &fn) != napi_ok || napi_get_undefined(env, &undefined) != napi_ok ||
      napi_call_function(env, undefined, fn, 1, argv, &result) != napi_ok) {
    callFailed = true;
    return nullptr;
  }
  napi_typeof(env, result, &t);
  if (t != napi_object) return nullptr;
  if (napi_get_named_property(env, result, "delimiter", &delimiter) != napi_ok ||
      napi_get_named_property(env, result, "cells", &cells) != napi_ok) {
    callFailed = true;
    return nullptr;
  }
  return readHeader(env, delimiter, cells);
}

const WordTable& namedTable(const std::string& name) {
  auto it = tables.find(name);
  return it == tables.end() ? emptyTable : it->second;
}

const std::vector<std::u16string>& namedWords(const std::string& name) {
  static const std::vector<std::u16string> none;
  auto it = tableWords.find(name);
  return it == tableWords.end() ? none : it->second;
}

}  // namespace gs

NAPI_MODULE_INIT() {
  struct Method {
    const char* name;
    napi_callback fn;
  };
  const Method methods[] = {{"configure", gs::Configure}, {"matcher", gs::Matcher}, {"header", gs::Header},
                            {"scan", gs::Scan},           {"detect", gs::Detect},   {"available", gs::Available},
                            {"findings", gs::Findings}};
  for (const Method& m : methods) {
    napi_value fn;
    napi_create_function(env, m.name, NAPI_AUTO_LENGTH, m.fn, nullptr, &fn);
    napi_set_named_property(env, exports, m.name, fn);
  }
  // Raised whenever this surface changes: engine.ts refuses a build from older sources.
  napi_value version;
  napi_create_int32(env, 2, &version);
  napi_set_named_property(env, exports, "apiVersion", version);
  return exports;
}
