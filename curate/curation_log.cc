#include "curate/curation_log.h"

#include <ctime>

#include "curate/records.h"

namespace kg::curate {

Result<Curation> AddCuration(graph::Store& store, Curation c) {
  uint64_t next = 1;
  auto text = store.GetRecord(std::string(kNextCurationKey));
  if (!text.ok()) return text.status();
  if (text->has_value()) next = std::strtoull((*text)->c_str(), nullptr, 10);
  if (next == 0) next = 1;
  c.number = next;
  std::vector<graph::RecordWrite> pending = {{CurationKey(c.number), EncodeCuration(c)},
                                             {std::string(kNextCurationKey), std::to_string(next + 1)}};
  auto done = Reconcile(store, pending);
  if (!done.ok()) return done.status();
  return c;
}

Result<Curation> UndoCuration(graph::Store& store, uint64_t number) {
  auto bytes = store.GetRecord(CurationKey(number));
  if (!bytes.ok()) return bytes.status();
  Curation c;
  if (!bytes->has_value() || !DecodeCuration(**bytes, &c)) {
    return Status::NotFound("no curation c" + std::to_string(number));
  }
  auto done = Reconcile(store, {{CurationKey(number), std::nullopt}});
  if (!done.ok()) return done.status();
  return c;
}

std::string NowUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace kg::curate
