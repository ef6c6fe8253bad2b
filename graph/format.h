// The on-disk format of the store: column families, key layouts, enum values
// and the fixed-width coding helpers that build keys. docs/store_format.md
// draws every layout byte by byte.
//
// ON DISK: DO NOT RENUMBER OR RENAME anything in this file. A change of any
// layout bumps kSchemaVersion; Store::Open refuses other versions.
//
// Ids are written big-endian so byte order equals numeric order and a bound
// prefix of a statement key is a contiguous key range (one prefix scan).
// Thread-safety: constants and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "graph/document_record.h"
#include "graph/statement.h"
#include "graph/term.h"

namespace kg::graph::format {

// Bumped on any incompatible change of a layout below.
// 2: label records in the terms column family (see LabelKey).
inline constexpr uint32_t kSchemaVersion = 2;
// Oldest version a writable open upgrades in place (and a read-only open reads
// without label records).
inline constexpr uint32_t kOldestReadableSchemaVersion = 1;

// Column families (on disk: do not rename).
inline constexpr const char* kCfDefault = "default";      // meta: schema version
inline constexpr const char* kCfTerms = "terms";          // TermId -> encoded Term; TermId 'L' -> label
inline constexpr const char* kCfSpo = "spo";              // s p o -> ""
inline constexpr const char* kCfPos = "pos";              // p o s -> ""
inline constexpr const char* kCfOsp = "osp";              // o s p -> ""
inline constexpr const char* kCfProv = "prov";            // s p o doc start end ext -> provenance
inline constexpr const char* kCfDocStmts = "doc_stmts";   // doc s p o -> ""
inline constexpr const char* kCfDocs = "docs";            // doc id string -> DocumentRecord
inline constexpr const char* kCfDocIds = "doc_ids";       // DocNum -> doc id string
inline constexpr const char* kCfSources = "sources";      // source string -> doc id string
inline constexpr const char* kCfNames = "names";          // NameKey 0x00 entity literal -> label
inline constexpr const char* kCfCounts = "counts";        // counter key -> int64 (merge: add)

// Index into the column-family handle vector (on disk order irrelevant, but
// kept stable so code and docs agree).
enum class Cf : uint8_t {
  kDefault = 0, kTerms, kSpo, kPos, kOsp, kProv, kDocStmts, kDocs, kDocIds, kSources, kNames, kCounts,
  kNumCfs
};
inline constexpr std::array<const char*, static_cast<size_t>(Cf::kNumCfs)> kCfNameList = {
    kCfDefault, kCfTerms, kCfSpo, kCfPos, kCfOsp, kCfProv, kCfDocStmts, kCfDocs, kCfDocIds,
    kCfSources, kCfNames, kCfCounts};

// Meta keys in the default column family.
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";  // decimal string
// Store::GetRecord's records: "record/" + the record's key.
inline constexpr std::string_view kMetaRecordPrefix = "record/";

// The three statement orders (on disk: do not renumber). Each is one column
// family; a pattern is answered by the order whose key starts with its bound
// positions.
enum class KeyOrder : uint8_t { kSpo = 0, kPos = 1, kOsp = 2 };

// Which positions of (s, p, o) a KeyOrder lists first, second, third.
// kPositions[order][i] is 0 for s, 1 for p, 2 for o.
inline constexpr uint8_t kPositions[3][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
// The id at a position of (s, p, o): 0 s, 1 p, 2 o.
inline TermId IdAt(const StatementIds& st, int pos) { return pos == 0 ? st.s : pos == 1 ? st.p : st.o; }

// The order whose key prefix covers exactly the bound positions, and how many
// leading ids of the key are bound. Every one of the 8 bind patterns has one.
struct ScanPlan {
  KeyOrder order;
  int bound_prefix;  // 0..3 leading ids fixed
};
ScanPlan PlanScan(bool s_bound, bool p_bound, bool o_bound);
Cf CfOf(KeyOrder order);

// Counter keys in the counts column family. Values are 8-byte little-endian
// signed integers combined by the "kg.add64" merge operator.
inline constexpr char kCountGlobal = 'g';     // 'g' + name
inline constexpr char kCountPredicate = 'p';  // 'p' + predicate id (8, BE): statements
inline constexpr char kCountType = 't';       // 't' + type id (8, BE): entities with that rdf:type
inline constexpr std::string_view kCountStatements = "statements";
inline constexpr std::string_view kCountEntities = "entities";  // distinct non-literal subjects
inline constexpr std::string_view kCountDocuments = "documents";
inline constexpr std::string_view kCountTerms = "terms";
inline constexpr const char* kAddMergeOperatorName = "kg.add64";

// Widths.
inline constexpr size_t kIdWidth = 8;
inline constexpr size_t kStatementKeyWidth = 3 * kIdWidth;                        // 24
inline constexpr size_t kProvKeyWidth = kStatementKeyWidth + kIdWidth + 4 + 4 + 4;  // 44
inline constexpr size_t kDocStmtKeyWidth = kIdWidth + kStatementKeyWidth;          // 32

// --- fixed-width coding ---
inline void PutBe64(std::string* dst, uint64_t v) {
  char b[8];
  for (int i = 7; i >= 0; --i, v >>= 8) b[i] = static_cast<char>(v & 0xff);
  dst->append(b, 8);
}
inline void PutBe32(std::string* dst, uint32_t v) {
  char b[4];
  for (int i = 3; i >= 0; --i, v >>= 8) b[i] = static_cast<char>(v & 0xff);
  dst->append(b, 4);
}
inline void EncodeBe64(char* dst, uint64_t v) {
  for (int i = 7; i >= 0; --i, v >>= 8) dst[i] = static_cast<char>(v & 0xff);
}
inline uint64_t GetBe64(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(p[i]);
  return v;
}
inline uint32_t GetBe32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(p[i]);
  return v;
}
inline void PutVarint(std::string* dst, uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}
// Reads a varint from [*p, end); false if truncated.
bool GetVarint(const char** p, const char* end, uint64_t* v);
// Appends varint length + bytes; reads them back (false if truncated).
void PutLengthPrefixed(std::string* dst, std::string_view s);
bool GetLengthPrefixed(const char** p, const char* end, std::string* out);

// --- keys ---
// Statement key in `order`: the three ids in that order, 8 bytes each.
std::string StatementKey(KeyOrder order, const StatementIds& st);
void StatementKeyTo(KeyOrder order, const StatementIds& st, char* dst24);
StatementIds DecodeStatementKey(KeyOrder order, const char* key24);
// Leading `n` ids of the key of `st` in `order`: the scan prefix.
std::string StatementPrefix(KeyOrder order, const StatementIds& st, int n);

// Documents are numbered by a 64-bit hash of their id (DocNum) so provenance
// keys stay fixed-width; doc_ids maps the number back.
uint64_t DocNum(std::string_view doc_id);
// 32-bit hash of an extractor name, the tie-breaker in provenance keys.
uint32_t ExtractorHash(std::string_view extractor);

// prov key: s p o (24, SPO order) | DocNum (8) | start (4) | end (4) | ExtractorHash (4).
std::string ProvKey(const StatementIds& st, uint64_t doc_num, const Provenance& p);
// prov value: varint-prefixed extractor | float32 LE confidence | modality (1) |
// varint-prefixed attributed_to.
std::string ProvValue(const Provenance& p);
// Decodes key+value (doc_id is left empty: resolve via doc_ids). False if malformed.
bool DecodeProv(std::string_view key, std::string_view value, uint64_t* doc_num, Provenance* p);

// doc_stmts key: DocNum (8) | s p o (24).
std::string DocStmtKey(uint64_t doc_num, const StatementIds& st);

// Label record (schema 2), in the terms column family right after the term
// record of the same entity: key TermId (8, BE) | 'L'; value: label literal id
// (8, BE) | label text. It caches LabelOf's label statement: the first
// (entity, label, ?) statement in SPO order, i.e. the smallest object id. An
// entity without label statements has none. Term keys are exactly 8 bytes,
// label keys 9, so readers of the terms CF tell them apart by length.
inline constexpr char kLabelTag = 'L';
inline constexpr size_t kLabelKeyWidth = kIdWidth + 1;
std::string LabelKey(TermId entity);
std::string LabelValue(TermId literal, std::string_view text);
// False if malformed.
bool DecodeLabelValue(std::string_view v, TermId* literal, std::string_view* text);

// names key: NameKey bytes | 0x00 | entity id (8) | literal id (8); value: the label text.
std::string NameIndexKey(std::string_view name_key, TermId entity, TermId literal);

// counts keys.
std::string GlobalCountKey(std::string_view name);
std::string PredicateCountKey(TermId p);
std::string TypeCountKey(TermId type);
std::string EncodeCount(int64_t delta);
int64_t DecodeCount(std::string_view v);

// DocumentRecord value: every string varint-prefixed in declaration order
// (id, source, url, title, published, publisher, author, text), then a varint
// paragraph count and (start, end) pairs as varints.
std::string EncodeDocument(const DocumentRecord& d);
bool DecodeDocument(std::string_view v, DocumentRecord* d);

}  // namespace kg::graph::format
