#include "nlp/sorted_words.h"

#include <algorithm>

namespace kg::nlp {

void PutSortedWords(std::ostream& out, const std::vector<std::string>& words) {
  const uint32_t n = static_cast<uint32_t>(words.size());
  out.write(reinterpret_cast<const char*>(&n), sizeof(n));
  const std::string* prev = nullptr;
  for (const std::string& w : words) {
    size_t shared = 0;
    if (prev != nullptr) {
      const size_t limit = std::min({prev->size(), w.size(), size_t{255}});
      while (shared < limit && (*prev)[shared] == w[shared]) ++shared;
    }
    const size_t rest = std::min(w.size() - shared, size_t{255});
    const unsigned char head[2] = {static_cast<unsigned char>(shared), static_cast<unsigned char>(rest)};
    out.write(reinterpret_cast<const char*>(head), 2);
    out.write(w.data() + shared, static_cast<std::streamsize>(rest));
    prev = &w;
  }
}

bool GetSortedWords(std::istream& in, uint32_t max_words, std::vector<std::string>* words) {
  uint32_t n = 0;
  if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n > max_words) return false;
  words->clear();
  words->reserve(n);
  std::string prev;
  for (uint32_t i = 0; i < n; ++i) {
    unsigned char head[2];
    if (!in.read(reinterpret_cast<char*>(head), 2) || head[0] > prev.size()) return false;
    std::string w = prev.substr(0, head[0]);
    w.resize(head[0] + size_t{head[1]});
    if (!in.read(w.data() + head[0], head[1])) return false;
    words->push_back(w);
    prev = std::move(w);
  }
  return true;
}

}  // namespace kg::nlp
