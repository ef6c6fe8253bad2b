#include "query/binder/inflection.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

namespace kg::query::binder {
namespace {

struct Irregular {
  std::string_view form, base;
};
// Inflected forms that suffix rules do not produce ("overtook" -> overtake,
// "fled" -> flee), derived from WordNet's verb exception list and shipped
// with the source (scripts/gen_irregular_verbs.sh), sorted by form.
constexpr Irregular kIrregular[] = {
#include "query/binder/irregular_verbs.inc"
};

// The bases of an inflected form.
std::vector<std::string_view> BasesOf(std::string_view form) {
  auto lo = std::lower_bound(std::begin(kIrregular), std::end(kIrregular), form,
                             [](const Irregular& a, std::string_view f) { return a.form < f; });
  std::vector<std::string_view> out;
  for (; lo != std::end(kIrregular) && lo->form == form; ++lo) out.push_back(lo->base);
  return out;
}

// The irregular forms of a base, from the table read backwards (built once).
const std::vector<std::string_view>& FormsOf(std::string_view base) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, std::vector<std::string_view>>();
    for (const auto& irr : kIrregular) (*m)[irr.base].push_back(irr.form);
    return m;
  }();
  static const std::vector<std::string_view> kNone;
  auto it = index->find(base);
  return it == index->end() ? kNone : it->second;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Candidate lemmas of a (possibly inflected) lower-case word.
void AddLemmas(const std::string& w, std::set<std::string>* out) {
  out->insert(w);
  for (std::string_view base : BasesOf(w)) out->insert(std::string(base));
  auto strip = [&](size_t n) { return w.substr(0, w.size() - n); };
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  if (ends("ies")) out->insert(strip(3) + "y");
  if (ends("ied")) out->insert(strip(3) + "y");
  if (ends("es")) out->insert(strip(2));
  if (ends("s") && !ends("ss")) out->insert(strip(1));
  for (std::string_view suf : {std::string_view("ed"), std::string_view("ing")}) {
    if (!ends(suf)) continue;
    std::string stem = strip(suf.size());
    out->insert(stem);
    out->insert(stem + "e");
    size_t n = stem.size();
    if (n >= 2 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1])) out->insert(stem.substr(0, n - 1));
  }
  if (ends("d") && w[w.size() - 2] == 'e') out->insert(strip(1));  // organized -> organize
}

// Inflected forms of a base verb.
void AddForms(const std::string& b, std::set<std::string>* out) {
  if (b.empty()) return;
  out->insert(b);
  for (std::string_view form : FormsOf(b)) out->insert(std::string(form));
  char last = b.back();
  bool consonant_y = last == 'y' && b.size() > 1 && !IsVowel(b[b.size() - 2]);
  std::string root = consonant_y ? b.substr(0, b.size() - 1) : b;
  // third person
  if (consonant_y) out->insert(root + "ies");
  else if (b.ends_with("s") || b.ends_with("x") || b.ends_with("z") || b.ends_with("ch") || b.ends_with("sh") ||
           b.ends_with("o"))
    out->insert(b + "es");
  else out->insert(b + "s");
  // past
  if (consonant_y) out->insert(root + "ied");
  else if (last == 'e') out->insert(b + "d");
  else out->insert(b + "ed");
  // -ing
  if (last == 'e' && !b.ends_with("ee")) out->insert(b.substr(0, b.size() - 1) + "ing");
  else out->insert(b + "ing");
  // doubled final consonant: plan -> planned, stop -> stopped
  size_t n = b.size();
  if (n >= 3 && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(b[n - 2]) &&
      !IsVowel(b[n - 3])) {
    out->insert(b + last + "ed");
    out->insert(b + last + "ing");
  }
}

}  // namespace

std::vector<std::string> VerbForms(std::string_view word) {
  std::string w = Lower(word);
  std::set<std::string> lemmas;
  AddLemmas(w, &lemmas);
  // British/American -ise/-ize.
  std::set<std::string> variants = lemmas;
  for (const auto& l : lemmas) {
    if (l.ends_with("ise")) variants.insert(l.substr(0, l.size() - 3) + "ize");
    if (l.ends_with("ize")) variants.insert(l.substr(0, l.size() - 3) + "ise");
  }
  std::set<std::string> forms;
  for (const auto& l : variants) AddForms(l, &forms);
  forms.insert(w);
  return {forms.begin(), forms.end()};
}

}  // namespace kg::query::binder
