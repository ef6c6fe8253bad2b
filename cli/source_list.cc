#include "cli/source_list.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace kg::cli {
namespace {

std::string FileName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<std::vector<SourceRow>> ListSources(const graph::Store& store) {
  std::vector<SourceRow> rows;
  KG_RETURN_IF_ERROR(store.ForEachDocument([&](const graph::DocumentRecord& d) {
    rows.push_back({d.id, d.url.empty() ? d.source : d.url, d.title, d.published, d.ingested_at, 0});
    return true;
  }));
  for (auto& r : rows) {
    auto facts = store.CountDocumentStatements(r.id);
    if (!facts.ok()) return facts.status();
    r.facts = *facts;
  }
  std::sort(rows.begin(), rows.end(), [](const SourceRow& a, const SourceRow& b) {
    return std::tie(a.published, a.source, a.id) < std::tie(b.published, b.source, b.id);
  });
  return rows;
}

Result<std::vector<std::string>> ResolveSources(const graph::Store& store, const std::vector<std::string>& names) {
  std::map<std::string, std::vector<std::string>> exact, by_file;  // name -> ids
  KG_RETURN_IF_ERROR(store.ForEachDocument([&](const graph::DocumentRecord& d) {
    for (const std::string* key : {&d.id, &d.source, &d.url}) {
      if (!key->empty()) exact[*key].push_back(d.id);
    }
    if (!d.source.empty() && d.source != "-") by_file[FileName(d.source)].push_back(d.id);
    return true;
  }));
  std::vector<std::string> ids;
  for (const auto& name : names) {
    const std::vector<std::string>* hit = nullptr;
    if (auto e = exact.find(name); e != exact.end()) {
      hit = &e->second;
    } else if (auto f = by_file.find(FileName(name)); f != by_file.end()) {
      hit = &f->second;
    }
    if (hit == nullptr) {
      return Status::NotFound("no document with source '" + name + "' in the store (see 'kg sources')");
    }
    std::vector<std::string> found = *hit;
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.size() > 1) {
      std::string which;
      for (const auto& id : found) {
        auto doc = store.GetDocument(id);
        if (!doc.ok()) return doc.status();
        which += (which.empty() ? "" : ", ") + (doc->has_value() ? (*doc)->source : id);
      }
      return Status::InvalidArgument("'" + name + "' names " + std::to_string(found.size()) +
                                     " documents (" + which + "); give the full source");
    }
    ids.push_back(found.front());
  }
  return ids;
}

}  // namespace kg::cli
