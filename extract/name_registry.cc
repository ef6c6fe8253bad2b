#include "extract/name_registry.h"

#include <mutex>

#include "extract/entity_resolver.h"

namespace kg::extract {
namespace {

std::string LastWord(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

}  // namespace

void NameRegistry::AddFullName(std::string_view name) {
  std::string key = PersonKey(name);
  if (key.find(' ') == std::string::npos) return;
  std::string last = LastWord(key);
  {
    std::shared_lock lock(mu_);
    auto it = by_surname_.find(last);
    if (it != by_surname_.end() && it->second.count(key)) return;
  }
  std::unique_lock lock(mu_);
  first_words_.insert(key.substr(0, key.find(' ')));
  auto& names = by_surname_[last];
  if (names.size() < 4) names.emplace(key, std::string(name));  // enough to know it is ambiguous
}

std::string NameRegistry::FullNameFor(std::string_view surname) const {
  std::string key = PersonKey(surname);
  if (key.empty() || key.find(' ') != std::string::npos) return "";
  std::shared_lock lock(mu_);
  auto it = by_surname_.find(key);
  if (it == by_surname_.end() || it->second.size() != 1 || first_words_.count(key)) return "";
  return it->second.begin()->second;
}

}  // namespace kg::extract
