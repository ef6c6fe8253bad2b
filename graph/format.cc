#include "graph/format.h"

#include "graph/term_codec.h"

namespace kg::graph::format {
namespace {
constexpr uint64_t kDocSeed = 0x6b67646f63303031ULL;  // "kgdoc001"
constexpr uint64_t kExtSeed = 0x6b67657874303031ULL;  // "kgext001"
}  // namespace

ScanPlan PlanScan(bool s, bool p, bool o) {
  // The bound positions must be a prefix of the order's key.
  if (s && p) return {KeyOrder::kSpo, o ? 3 : 2};
  if (p) return {KeyOrder::kPos, o ? 2 : 1};
  if (o) return {KeyOrder::kOsp, s ? 2 : 1};
  if (s) return {KeyOrder::kSpo, 1};
  return {KeyOrder::kSpo, 0};
}

Cf CfOf(KeyOrder order) {
  switch (order) {
    case KeyOrder::kSpo: return Cf::kSpo;
    case KeyOrder::kPos: return Cf::kPos;
    case KeyOrder::kOsp: return Cf::kOsp;
  }
  return Cf::kSpo;
}

bool GetVarint(const char** p, const char* end, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && *p < end; shift += 7) {
    uint64_t byte = static_cast<uint8_t>(**p);
    ++*p;
    result |= (byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

void PutLengthPrefixed(std::string* dst, std::string_view s) {
  PutVarint(dst, s.size());
  dst->append(s);
}

bool GetLengthPrefixed(const char** p, const char* end, std::string* out) {
  uint64_t n = 0;
  if (!GetVarint(p, end, &n) || static_cast<uint64_t>(end - *p) < n) return false;
  out->assign(*p, n);
  *p += n;
  return true;
}

void StatementKeyTo(KeyOrder order, const StatementIds& st, char* dst) {
  const uint8_t* pos = kPositions[static_cast<int>(order)];
  for (int i = 0; i < 3; ++i) EncodeBe64(dst + 8 * i, IdAt(st, pos[i]));
}

std::string StatementKey(KeyOrder order, const StatementIds& st) {
  std::string k(kStatementKeyWidth, '\0');
  StatementKeyTo(order, st, k.data());
  return k;
}

StatementIds DecodeStatementKey(KeyOrder order, const char* key) {
  const uint8_t* pos = kPositions[static_cast<int>(order)];
  TermId v[3];
  for (int i = 0; i < 3; ++i) v[pos[i]] = GetBe64(key + 8 * i);
  return {v[0], v[1], v[2]};
}

std::string StatementPrefix(KeyOrder order, const StatementIds& st, int n) {
  std::string k = StatementKey(order, st);
  k.resize(8 * static_cast<size_t>(n));
  return k;
}

uint64_t DocNum(std::string_view doc_id) { return Hash64(doc_id, kDocSeed); }
uint32_t ExtractorHash(std::string_view ext) { return static_cast<uint32_t>(Hash64(ext, kExtSeed)); }

std::string ProvKey(const StatementIds& st, uint64_t doc_num, const Provenance& p) {
  std::string k;
  k.reserve(kProvKeyWidth);
  k = StatementKey(KeyOrder::kSpo, st);
  PutBe64(&k, doc_num);
  PutBe32(&k, p.start);
  PutBe32(&k, p.end);
  PutBe32(&k, ExtractorHash(p.extractor));
  return k;
}

std::string ProvValue(const Provenance& p) {
  std::string v;
  PutLengthPrefixed(&v, p.extractor);
  uint32_t bits;
  std::memcpy(&bits, &p.confidence, 4);
  for (int i = 0; i < 4; ++i) v.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  v.push_back(static_cast<char>(p.modality));
  PutLengthPrefixed(&v, p.attributed_to);
  return v;
}

bool DecodeProv(std::string_view key, std::string_view value, uint64_t* doc_num, Provenance* p) {
  if (key.size() != kProvKeyWidth) return false;
  *doc_num = GetBe64(key.data() + 24);
  p->start = GetBe32(key.data() + 32);
  p->end = GetBe32(key.data() + 36);
  const char* q = value.data();
  const char* end = value.data() + value.size();
  if (!GetLengthPrefixed(&q, end, &p->extractor) || end - q < 5) return false;
  uint32_t bits = 0;
  for (int i = 0; i < 4; ++i) bits |= uint32_t(static_cast<uint8_t>(q[i])) << (8 * i);
  std::memcpy(&p->confidence, &bits, 4);
  q += 4;
  uint8_t m = static_cast<uint8_t>(*q++);
  if (m > 3) return false;
  p->modality = static_cast<Modality>(m);
  return GetLengthPrefixed(&q, end, &p->attributed_to);
}

std::string DocStmtKey(uint64_t doc_num, const StatementIds& st) {
  std::string k;
  k.reserve(kDocStmtKeyWidth);
  PutBe64(&k, doc_num);
  k += StatementKey(KeyOrder::kSpo, st);
  return k;
}

std::string LabelKey(TermId entity) {
  std::string k;
  k.reserve(kLabelKeyWidth);
  PutBe64(&k, entity);
  k.push_back(kLabelTag);
  return k;
}

std::string LabelValue(TermId literal, std::string_view text) {
  std::string v;
  v.reserve(kIdWidth + text.size());
  PutBe64(&v, literal);
  v.append(text);
  return v;
}

bool DecodeLabelValue(std::string_view v, TermId* literal, std::string_view* text) {
  if (v.size() < kIdWidth) return false;
  *literal = GetBe64(v.data());
  *text = v.substr(kIdWidth);
  return true;
}

std::string NameIndexKey(std::string_view name_key, TermId entity, TermId literal) {
  std::string k(name_key);
  k.push_back('\0');
  PutBe64(&k, entity);
  PutBe64(&k, literal);
  return k;
}

std::string GlobalCountKey(std::string_view name) {
  std::string k(1, kCountGlobal);
  k += name;
  return k;
}
std::string PredicateCountKey(TermId p) {
  std::string k(1, kCountPredicate);
  PutBe64(&k, p);
  return k;
}
std::string TypeCountKey(TermId t) {
  std::string k(1, kCountType);
  PutBe64(&k, t);
  return k;
}

std::string EncodeCount(int64_t delta) {
  std::string v(8, '\0');
  uint64_t u = static_cast<uint64_t>(delta);
  for (int i = 0; i < 8; ++i) v[i] = static_cast<char>((u >> (8 * i)) & 0xff);
  return v;
}

int64_t DecodeCount(std::string_view v) {
  if (v.size() != 8) return 0;
  uint64_t u = 0;
  for (int i = 0; i < 8; ++i) u |= uint64_t(static_cast<uint8_t>(v[i])) << (8 * i);
  return static_cast<int64_t>(u);
}

std::string EncodeDocument(const DocumentRecord& d) {
  std::string v;
  v.reserve(d.text.size() + 256);
  for (const std::string* s : {&d.id, &d.source, &d.url, &d.title, &d.published, &d.publisher, &d.author, &d.text})
    PutLengthPrefixed(&v, *s);
  PutVarint(&v, d.paragraphs.size());
  for (auto [a, b] : d.paragraphs) {
    PutVarint(&v, a);
    PutVarint(&v, b);
  }
  if (!d.ingested_at.empty()) PutLengthPrefixed(&v, d.ingested_at);  // optional tail (older records lack it)
  return v;
}

bool DecodeDocument(std::string_view v, DocumentRecord* d) {
  const char* p = v.data();
  const char* end = v.data() + v.size();
  for (std::string* s : {&d->id, &d->source, &d->url, &d->title, &d->published, &d->publisher, &d->author, &d->text})
    if (!GetLengthPrefixed(&p, end, s)) return false;
  uint64_t n = 0;
  if (!GetVarint(&p, end, &n)) return false;
  d->paragraphs.clear();
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t a, b;
    if (!GetVarint(&p, end, &a) || !GetVarint(&p, end, &b)) return false;
    d->paragraphs.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
  }
  d->ingested_at.clear();
  if (p != end && !GetLengthPrefixed(&p, end, &d->ingested_at)) return false;
  return p == end;
}

}  // namespace kg::graph::format
