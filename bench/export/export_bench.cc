// export_bench DB [nquads|jsonld] [OUT]: streams the store at DB through one
// writer (default nquads, output to OUT or /dev/null) and prints statements,
// quads, seconds, quads/s, MB written and peak RSS. Make a store first, e.g.
//   python3 ../shared/bench/gen.py 1000000 /tmp/g1m.nq && kg import --db /tmp/s1m /tmp/g1m.nq
// (bench/export/run.sh does both sizes).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "export/jsonld.h"
#include "export/nquads.h"
#include "graph/store.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: export_bench DB [nquads|jsonld] [OUT]\n");
    return 2;
  }
  std::string format = argc > 2 ? argv[2] : "nquads";
  std::string out_path = argc > 3 ? argv[3] : "/dev/null";
  kg::graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = kg::graph::Store::Open(argv[1], options);
  if (!store.ok()) {
    std::fprintf(stderr, "error: %s\n", store.status().message().c_str());
    return 1;
  }
  std::ofstream out(out_path, std::ios::binary);
  auto start = std::chrono::steady_clock::now();
  kg::exporter::ExportStats stats;
  kg::Status st = format == "jsonld" ? kg::exporter::WriteJsonLd(**store, out, &stats)
                                     : kg::exporter::WriteNQuads(**store, out, &stats);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!st.ok()) {
    std::fprintf(stderr, "error: %s\n", st.message().c_str());
    return 1;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("format=%s statements=%llu citations=%llu quads=%llu seconds=%.2f statements/s=%.0f quads/s=%.0f "
              "MB=%.1f peak_rss_MB=%.1f\n",
              format.c_str(), static_cast<unsigned long long>(stats.statements),
              static_cast<unsigned long long>(stats.citations), static_cast<unsigned long long>(stats.quads), secs,
              stats.statements / secs, stats.quads / secs, stats.bytes / 1e6, ru.ru_maxrss / 1024.0);
  return 0;
}
