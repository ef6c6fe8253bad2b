#include "nlp/ner_output_rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

namespace kg::nlp::ner_rules {
namespace {

bool IsOrgCueBefore(const std::string& w) {
  static const std::set<std::string> kCues = {
      "bank",     "firm",      "company",   "group",    "giant",        "retailer",  "maker",     "carrier",
      "airline",  "broadcaster", "insurer", "lender",   "operator",     "manufacturer", "chain", "brand",
      "rival",    "supermarket", "conglomerate", "producer", "publisher", "network",  "agency",    "newspaper",
      "channel",  "label",     "studio",    "developer", "provider",    "club",      "side",      "utility"};
  return kCues.count(w) > 0;
}

// Nouns that name only companies, never people ("producer", "rival" or
// "side" can): safe in apposition, where a person's descriptor stands too.
bool IsCompanyNoun(const std::string& w) {
  static const std::set<std::string> kNouns = {
      "company", "firm", "group", "bank", "giant", "retailer", "conglomerate", "airline", "broadcaster",
      "insurer", "lender", "label", "supermarket", "chain", "manufacturer", "carmaker", "automaker", "brand"};
  return kNouns.count(w) > 0;
}

bool IsOrgCueAfter(const std::string& w) {
  static const std::set<std::string> kCues = {
      "shares", "boss",  "bosses", "executives", "spokesman", "spokeswoman", "profits", "profit", "sales",
      "shareholders", "board", "stake", "chairman", "staff", "customers", "subscribers", "Inc", "Corp", "plc",
      "foundation", "group", "team", "brand"};
  return kCues.count(w) > 0;
}

std::string SpanKey(const Doc& doc, uint32_t first, uint32_t last) {
  std::string key;
  for (uint32_t i = first; i < last; ++i) {
    if (i > first) key += ' ';
    key += doc.tokens[i].form;
  }
  return key;
}

bool IsQuote(const std::string& f) { return f == "\"" || f == "\u201c" || f == "\u201d"; }

}  // namespace

void VoteOneTypePerName(const Doc& doc, const std::vector<Ner::ClassScores>& token_scores,
                        std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // Document-level consistency (one sense per discourse): a name keeps one
  // type, the one its mentions vote for, each vote weighted by how far the
  // tagger's score for the mention's type is ahead of the next type.
  // (Labelling its untagged occurrences too was tried and cost precision on
  // GUM dev.)
  std::map<std::string, std::array<double, 3>> votes;
  for (const EntitySpan& e : found) {
    const int t = e.label == Ner::kTypes[0] ? 0 : e.label == Ner::kTypes[1] ? 1 : 2;
    {
      std::array<double, 3> ev{};
      for (int u = 0; u < 3; ++u) {
        for (uint32_t j = e.first_token; j < e.last_token; ++j) {
          const int pos = e.last_token - e.first_token == 1 ? 3 : j == e.first_token ? 0 : j + 1 == e.last_token ? 2 : 1;
          ev[u] += token_scores[j][1 + 4 * u + pos];
        }
      }
      double other = -1e30;
      for (int u = 0; u < 3; ++u) {
        if (u != t) other = std::max(other, ev[u]);
      }
      votes[SpanKey(doc, e.first_token, e.last_token)][t] += std::max(ev[t] - other, 0.0) + 1e-3;
    }
  }
  auto majority = [&](const std::string& key) {
    const auto& v = votes.at(key);
    return static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
  };
  for (EntitySpan& e : found) e.label = Ner::kTypes[majority(SpanKey(doc, e.first_token, e.last_token))];
}

void RetypeBusinessNames(const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // A one-word PERSON without a full name in the document ("Boynton" after
  // "Judy Boynton") that stands next to a business word somewhere ("bank
  // Barclays", "Shell boss") is a company: GUM's small training set has few.
  std::set<std::string> person_words, org_words;
  for (const EntitySpan& e : found) {
    if (e.label != Ner::kTypes[0] || e.last_token - e.first_token < 2) continue;
    for (uint32_t i = e.first_token; i < e.last_token; ++i) person_words.insert(doc.tokens[i].form);
  }
  const size_t n = doc.tokens.size();
  auto form = [&](size_t j) -> const std::string& { return doc.tokens[j].form; };
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && IsOrgCueBefore(form(i - 1))) org_words.insert(form(i));
    // In apposition: "its parent company, Universal, ..." and "Universal, the
    // music group, ...".
    if (i > 1 && form(i - 1) == "," && IsCompanyNoun(form(i - 2))) org_words.insert(form(i));
    if (i + 3 < n && form(i + 1) == "," && (form(i + 2) == "the" || form(i + 2) == "a" || form(i + 2) == "an")) {
      for (size_t j = i + 3; j <= i + 4 && j < n; ++j) {
        // Not "Smith, the group's chairman".
        if (IsCompanyNoun(form(j)) && (j + 1 >= n || form(j + 1) != "'s")) org_words.insert(form(i));
      }
    }
    if (i + 1 < n && IsOrgCueAfter(form(i + 1))) org_words.insert(form(i));
    if (i + 2 < n && form(i + 1) == "'s" && IsOrgCueAfter(form(i + 2))) org_words.insert(form(i));
  }
  for (EntitySpan& e : found) {
    const std::string& w = doc.tokens[e.first_token].form;
    if (e.label == Ner::kTypes[0] && e.last_token - e.first_token == 1 && !person_words.count(w) && org_words.count(w)) {
      e.label = Ner::kTypes[1];
    }
  }
}

void RetypeByHeadWord(const Gazetteer& gaz, const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // A person's name does not end in an organisation or place head word:
  // "Andy Warhol Foundation" is an organisation, "Ahmed Mohamed Street" a place.
  // (5-fold CV on GUM train +0.16 F1, dev +0.14.)
  for (EntitySpan& e : found) {
    if (e.label != Ner::kTypes[0] || e.last_token - e.first_token < 2) continue;
    std::vector<uint8_t> kinds, place_pos;
    gaz.Match({doc.tokens[e.last_token - 1].form}, &kinds, &place_pos);
    if (kinds.empty()) continue;
    if (kinds[0] & (1u << Gazetteer::kOrgWord)) e.label = Ner::kTypes[1];
    else if (kinds[0] & (1u << Gazetteer::kPlaceWord)) e.label = Ner::kTypes[2];
  }
}

void JoinQuotedNicknames(const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // A nickname in quotes between given name and surname (Antonio "LA" Reid,
  // Earvin "Magic" Johnson) belongs to the person's name: grow the surname's
  // span over it; spans inside the grown one go.
  auto title_case = [&](uint32_t i) {
    const std::string& f = doc.tokens[i].form;
    return f.size() > 1 && f[0] >= 'A' && f[0] <= 'Z' && f[1] >= 'a' && f[1] <= 'z';
  };
  auto capitalised = [&](uint32_t i) {
    const std::string& f = doc.tokens[i].form;
    return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
  };
  std::vector<std::pair<uint32_t, uint32_t>> grown;
  for (EntitySpan& e : found) {
    const uint32_t j = e.first_token;
    if (e.label != Ner::kTypes[0] || j < 4 || !IsQuote(doc.tokens[j - 1].form)) continue;
    for (uint32_t inner = 1; inner <= 2 && j >= inner + 3; ++inner) {
      const uint32_t open = j - 2 - inner;
      // The given name is a proper noun when tagged ("In \"Titanic\" DiCaprio" is not a name).
      const std::string& given_pos = doc.tokens[open - 1].upos;
      bool nickname = IsQuote(doc.tokens[open].form) && title_case(open - 1) &&
                      (given_pos.empty() || given_pos == "PROPN");
      for (uint32_t k = open + 1; k + 1 < j; ++k) nickname = nickname && capitalised(k);
      if (!nickname) continue;
      e.first_token = open - 1;
      grown.emplace_back(e.first_token, e.last_token);
      break;
    }
  }
  auto inside_grown = [&](const EntitySpan& e) {
    for (auto [first, last] : grown) {
      if (e.first_token >= first && e.last_token <= last && !(e.first_token == first && e.last_token == last)) return true;
    }
    return false;
  };
  if (grown.empty()) return;
  std::vector<EntitySpan> kept;
  for (EntitySpan& e : found) {
    if (!inside_grown(e)) kept.push_back(std::move(e));
  }
  found = std::move(kept);
}

void CompleteHyphenatedNames(const Doc& doc, std::vector<EntitySpan>* found) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (EntitySpan& e : *found) {
    if (e.label != "PERSON" || e.last_token - e.first_token < 2 || e.last_token + 1 >= n) continue;
    const Token& end = doc.tokens[e.last_token - 1];
    const Token& hyphen = doc.tokens[e.last_token];
    const Token& part = doc.tokens[e.last_token + 1];
    if (end.space_after || hyphen.form != "-" || hyphen.space_after || part.form.empty()) continue;
    bool lower = true;
    for (unsigned char c : part.form) lower = lower && c >= 'a' && c <= 'z';
    if (!lower) continue;
    // The written word ends after `part` and does not modify a noun.
    const uint32_t next = e.last_token + 2;
    if (!part.space_after && next < n && doc.tokens[next].form != "," && doc.tokens[next].form != ".") continue;
    if (next < n && (doc.tokens[next].upos == "NOUN" || doc.tokens[next].upos == "PROPN" ||
                     doc.tokens[next].upos == "ADJ")) {
      continue;
    }
    e.last_token += 2;
  }
}

void StartNamesAtHonorifics(const Doc& doc, std::vector<EntitySpan>* found) {
  static const std::set<std::string> kHonorifics = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
                                                    "Prof", "Prof.", "Mx", "Mx."};
  for (EntitySpan& e : *found) {
    if (e.label != "PERSON") continue;
    // The last honorific followed by a name word ("Mr Torvalds").
    for (uint32_t i = e.last_token; i-- > e.first_token + 1;) {
      if (i + 1 < e.last_token && kHonorifics.count(doc.tokens[i].form)) {
        e.first_token = i;
        break;
      }
    }
  }
}

namespace {

// "II" .. "XXXIX" (and "I"): the Roman numerals of regnal numbers.
bool IsRomanNumeral(const std::string& w) {
  size_t i = 0;
  while (i < w.size() && i < 3 && w[i] == 'X') ++i;
  const std::string rest = w.substr(i);
  static const std::set<std::string> kUnits = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  return !w.empty() && kUnits.count(rest) > 0;
}

// Whether tokens a and b are both subjects of one head: a name and its
// numeral read as two subjects ("Queen Elizabeth I ruled": Elizabeth and I),
// which no verb has.
bool TwoSubjectsOfOneHead(const Doc& doc, uint32_t a, uint32_t b) {
  const Token& x = doc.tokens[a];
  const Token& y = doc.tokens[b];
  return x.head >= 0 && x.head == y.head && x.deprel.rfind("nsubj", 0) == 0 && y.deprel.rfind("nsubj", 0) == 0;
}

}  // namespace

void TakeRegnalAndGenerationalSuffixes(const Doc& doc, std::vector<EntitySpan>* found) {
  static const std::set<std::string> kGenerational = {"Jr.", "Jr", "Sr.", "Sr", "Jnr", "Snr"};
  std::vector<bool> used(doc.tokens.size(), false);
  for (const EntitySpan& e : *found) {
    for (uint32_t i = e.first_token; i < e.last_token && i < used.size(); ++i) used[i] = true;
  }
  std::vector<uint32_t> sentence_end(doc.tokens.size(), 0);
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token && i < sentence_end.size(); ++i) sentence_end[i] = s.last_token;
  }
  for (EntitySpan& e : *found) {
    // The tagger's own "Mary I" in "When I met Mary I was happy": the
    // pronoun subject of the next verb.
    const uint32_t last = e.last_token - 1;
    if (e.label == "PERSON" && e.last_token - e.first_token >= 2 && doc.tokens[last].form == "I" &&
        e.last_token < sentence_end[last] &&
        (doc.tokens[e.last_token].upos == "VERB" || doc.tokens[e.last_token].upos == "AUX") &&
        !TwoSubjectsOfOneHead(doc, last - 1, last)) {
      e.last_token = last;
      used[last] = false;
      continue;
    }
    const uint32_t j = e.last_token;
    if (e.label != "PERSON" || j >= doc.tokens.size() || used[j] || sentence_end[j - 1] <= j) continue;
    const std::string& w = doc.tokens[j].form;
    bool take = kGenerational.count(w) > 0 || (w != "I" && IsRomanNumeral(w));
    if (w == "I") {
      const uint32_t k = j + 1;
      const bool at_end = k >= sentence_end[j];
      const std::string& after = at_end ? w : doc.tokens[k].form;
      take = at_end || doc.tokens[k].upos == "PUNCT" || after == "of" || after == "'s" ||
             TwoSubjectsOfOneHead(doc, j - 1, j);
    }
    if (take) {
      e.last_token = j + 1;
      used[j] = true;
    }
  }
}

void DropDemonymPartsAndUnpairedQuotes(const Gazetteer& gaz, const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // A name part directly before a demonym ("South" in "South Kestonian leader")
  // is part of an adjective, not a name of its own.
  {
    std::vector<EntitySpan> kept;
    for (EntitySpan& e : found) {
      bool before_demonym = false;
      if (e.last_token < doc.tokens.size()) {
        std::vector<uint8_t> kinds, place_pos;
        gaz.Match({doc.tokens[e.last_token].form}, &kinds, &place_pos);
        // ...used as an adjective, i.e. not itself followed by a name ("Hans Christian Andersen").
        const uint32_t next = e.last_token + 1;
        const bool name_follows = next < doc.tokens.size() && !doc.tokens[next].form.empty() &&
                                  doc.tokens[next].form[0] >= 'A' && doc.tokens[next].form[0] <= 'Z';
        before_demonym = !kinds.empty() && (kinds[0] & (1u << Gazetteer::kDemonym)) && !name_follows;
      }
      // A name with an unpaired quote inside (Antonio "LA) is a mis-cut nickname.
      int quotes = 0;
      for (uint32_t i = e.first_token; i < e.last_token; ++i) {
        const std::string& f = doc.tokens[i].form;
        quotes += f == "\"" || f == "\u201c" || f == "\u201d";
      }
      // A demonym alone before a common noun ("a Moroccan official") is an adjective.
      bool lone_demonym = false;
      if (e.last_token - e.first_token == 1 && e.last_token < doc.tokens.size() &&
          doc.tokens[e.last_token].upos == "NOUN") {
        std::vector<uint8_t> kinds, place_pos;
        gaz.Match({doc.tokens[e.first_token].form}, &kinds, &place_pos);
        lone_demonym = !kinds.empty() && (kinds[0] & (1u << Gazetteer::kDemonym));
      }
      if (!before_demonym && !lone_demonym && quotes % 2 == 0) kept.push_back(std::move(e));
    }
    found = std::move(kept);
  }
}

void AddAcronyms(const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // An acronym is an organisation when the name it abbreviates is tagged one
  // in the document ("Korean People's Army" ... "KPA"): acronyms are the
  // organisation names the tagger misses most (GUM train cross-validation).
  {
    std::map<std::string, int> by_initials;  // -1: a span with these initials is no organisation
    for (const EntitySpan& e : found) {
      std::string initials;
      for (uint32_t i = e.first_token; i < e.last_token; ++i) {
        const std::string& f = doc.tokens[i].form;
        if (!f.empty() && f[0] >= 'A' && f[0] <= 'Z') initials += f[0];
      }
      if (initials.size() < 3 || e.last_token - e.first_token < 2) continue;
      // Organisations only: abbreviated person and place names are rarer
      // than technical terms mis-tagged as names ("Reactive Oxygen Species" ... "ROS").
      const int t = e.label == Ner::kTypes[1] ? 1 : -1;
      auto [it, fresh] = by_initials.emplace(initials, t);
      if (!fresh && it->second != t) it->second = -1;
    }
    std::vector<bool> covered(doc.tokens.size(), false);
    for (const EntitySpan& e : found) {
      for (uint32_t i = e.first_token; i < e.last_token && i < covered.size(); ++i) covered[i] = true;
    }
    auto acronym = [&](const std::string& f) {
      if (f.size() < 3 || f.size() > 6) return false;
      for (char c : f) {
        if (c < 'A' || c > 'Z') return false;
      }
      return true;
    };
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (covered[i] || !acronym(doc.tokens[i].form)) continue;
      auto it = by_initials.find(doc.tokens[i].form);
      if (it == by_initials.end() || it->second < 0) continue;
      EntitySpan e;
      e.first_token = i;
      e.last_token = i + 1;
      e.label = Ner::kTypes[1];
      found.push_back(std::move(e));
    }
  }
}

void AddOrgRepeats(const Doc& doc, std::vector<EntitySpan>* out) {
  std::vector<EntitySpan>& found = *out;
  // Untagged repeats of a name tagged ORG are ORG too, when they stand alone
  // (not inside a longer capitalised run). Organisation names are the ones
  // the tagger recognises least consistently ("Twitter" tagged in 2 of 7
  // mentions); for all types this cost precision on GUM dev, for ORG alone
  // GUM train CV ORG F1 54.6 -> 55.6 and dev unchanged. All-capital single words are
  // left to the acronym rule above: repeating them spread technical terms.
  {
    std::set<std::vector<std::string>> org_names;
    for (const EntitySpan& e : found) {
      if (e.label != Ner::kTypes[1]) continue;
      if (e.last_token - e.first_token == 1) {
        const std::string& f = doc.tokens[e.first_token].form;
        bool all_caps = true;
        for (char c : f) all_caps = all_caps && !(c >= 'a' && c <= 'z');
        if (all_caps) continue;
      }
      std::vector<std::string> key;
      for (uint32_t i = e.first_token; i < e.last_token; ++i) key.push_back(doc.tokens[i].form);
      org_names.insert(key);
    }
    std::vector<bool> covered(doc.tokens.size(), false);
    for (const EntitySpan& e : found) {
      for (uint32_t i = e.first_token; i < e.last_token && i < covered.size(); ++i) covered[i] = true;
    }
    for (const auto& key : org_names) {
      for (uint32_t i = 0; i + key.size() <= doc.tokens.size(); ++i) {
        bool match = true;
        for (uint32_t j = 0; j < key.size() && match; ++j) match = !covered[i + j] && doc.tokens[i + j].form == key[j];
        if (!match) continue;
        // Whole names only: not part of a longer capitalised run.
        auto cap = [&](uint32_t t) { const std::string& f = doc.tokens[t].form; return !f.empty() && f[0] >= 'A' && f[0] <= 'Z'; };
        if ((i > 0 && cap(i - 1)) || (i + key.size() < doc.tokens.size() && cap(i + key.size()))) continue;
        EntitySpan e;
        e.first_token = i;
        e.last_token = i + static_cast<uint32_t>(key.size());
        e.label = Ner::kTypes[1];
        for (uint32_t j = e.first_token; j < e.last_token; ++j) covered[j] = true;
        found.push_back(std::move(e));
      }
    }
  }
}

}  // namespace kg::nlp::ner_rules
