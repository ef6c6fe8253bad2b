#include "extract/party_names.h"

#include <cctype>
#include <unordered_map>

#include "extract/lexicon.h"

namespace kg::extract {
namespace {

// "Canonical|other form|...": major parties of several countries whose short
// forms do not follow from the full name (general knowledge, not story data).
// Forms several parties share ("Labor", "National Front") are left out.
const char* const kParties[] = {
    "Conservative Party|Conservatives|Conservative|Tory|Tories|Tory Party|Conservative and Unionist Party",
    "Labour Party|Labour|Labour Party (UK)",
    "Liberal Democrats|Liberal Democrat|Lib Dem|Lib Dems|LibDems|Liberal Democrat Party",
    "Scottish National Party|SNP|Scottish Nationalists",
    "UK Independence Party|UKIP",
    "Democratic Unionist Party|DUP",
    "Ulster Unionist Party|UUP",
    "Social Democratic and Labour Party|SDLP",
    "Sinn Fein|Sinn F\xC3\xA9in",
    "Plaid Cymru",
    "Green Party|Greens",
    "Republican Party|Republicans|Republican|GOP|Grand Old Party",
    "Democratic Party|Democrats|Democrat",
    "New Democratic Party|NDP",
    "Australian Labor Party|Labor Party|ALP",
    "Christian Democratic Union|CDU|Christian Democrats",
    "Christian Social Union|CSU",
    "Social Democratic Party of Germany|SPD",
    "Free Democratic Party|FDP|Free Democrats",
    "Alternative for Germany|AfD",
    "National Rally|Rassemblement National",
    "Bharatiya Janata Party|BJP",
    "Indian National Congress|Congress Party",
    "Liberal Democratic Party of Japan|LDP",
    "African National Congress|ANC",
    "Chinese Communist Party|Communist Party of China|CCP|CPC",
    "United Russia",
    "Justice and Development Party|AKP|AK Party",
    "Spanish Socialist Workers' Party|PSOE",
    "Fianna Fail|Fianna F\xC3\xA1il",
    "Fine Gael",
    "Likud",
};

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

struct Known {
  std::string canonical;
  std::vector<std::string> variants;
};

const std::unordered_map<std::string, const Known*>& Table() {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string, const Known*>();
    for (const char* entry : kParties) {
      auto* k = new Known();
      std::string_view e(entry);
      size_t pos = 0;
      while (pos <= e.size()) {
        size_t bar = e.find('|', pos);
        if (bar == std::string_view::npos) bar = e.size();
        std::string form(e.substr(pos, bar - pos));
        if (k->canonical.empty()) k->canonical = form;
        k->variants.push_back(form);
        m->emplace(Lower(form), k);
        pos = bar + 1;
      }
    }
    return m;
  }();
  return *table;
}

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() + 2 && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// Words that name a party's members or its line: "Unionist", "Democrat",
// "Conservative", "Progressive", "Libertarian", "Socialist".
bool IsPartyAdjective(std::string_view last_word_lower) {
  // "Executive", "Representative": office words, not a party's.
  if (lex::IsTitleNoun(last_word_lower) || lex::IsTitleModifier(last_word_lower)) return false;
  for (std::string_view suf : {"ist", "ive", "crat", "ian", "ite"}) {
    if (EndsWith(last_word_lower, suf)) return true;
  }
  return false;
}

bool AllCapitalized(std::string_view name) {
  bool start = true;
  for (char c : name) {
    if (start && std::islower(static_cast<unsigned char>(c))) return false;
    start = c == ' ';
  }
  return !name.empty();
}

}  // namespace

std::string CanonicalPartyName(std::string_view name, PartyEvidence evidence,
                               std::vector<std::string>* variants) {
  std::string key = Lower(name);
  const auto& table = Table();
  auto known = [&](const std::string& k) -> std::string {
    auto it = table.find(k);
    if (it == table.end()) return "";
    if (variants) *variants = it->second->variants;
    return it->second->canonical;
  };
  if (std::string c = known(key); !c.empty()) return c;
  // "US Democratic Party", "UK Labour": a country before a known party's name.
  for (size_t sp = key.find(' '), words = 1; sp != std::string::npos && words <= 2;
       sp = key.find(' ', sp + 1), ++words) {
    if (lex::CountryOf(key.substr(0, sp)).empty()) continue;
    if (std::string c = known(key.substr(sp + 1)); !c.empty()) return c;
  }
  // "<X> Party", "<X>s", "<X>": the stem X names the party.
  std::string stem_text(name);
  while (!stem_text.empty() && stem_text.back() == ' ') stem_text.pop_back();
  if (stem_text.rfind("The ", 0) == 0 || stem_text.rfind("the ", 0) == 0) stem_text.erase(0, 4);
  if (!AllCapitalized(stem_text)) return "";
  bool party_word = EndsWith(key, " party");
  if (party_word) {
    stem_text.resize(stem_text.size() - 6);
  } else if (evidence == PartyEvidence::kName) {
    return "";
  }
  std::string stem_key = Lower(stem_text);
  if (std::string c = known(stem_key); !c.empty()) return c;
  size_t sp = stem_key.rfind(' ');
  std::string last = stem_key.substr(sp == std::string::npos ? 0 : sp + 1);
  if (!party_word) {
    bool plural = last.size() > 4 && last.back() == 's' && IsPartyAdjective(last.substr(0, last.size() - 1));
    if (!plural && (!IsPartyAdjective(last) || evidence != PartyEvidence::kOfficeModifier)) return "";
    if (plural) {
      stem_text.pop_back();
      stem_key.pop_back();
      if (std::string c = known(stem_key); !c.empty()) return c;
    }
  } else if (!IsPartyAdjective(last) && stem_key.find(' ') == std::string::npos && last.size() < 3) {
    return "";
  }
  std::string canonical = stem_text + " Party";
  if (variants) {
    *variants = {stem_text, canonical};
    if (IsPartyAdjective(last)) variants->push_back(stem_text + "s");
  }
  return canonical;
}

bool RenameAsParty(Entity& e, PartyEvidence evidence) {
  std::vector<std::string> variants;
  std::string canonical = CanonicalPartyName(e.name, evidence, &variants);
  if (canonical.empty()) return false;
  if (canonical != e.name) e.aliases.insert(e.name);
  for (const auto& v : variants) {
    if (v != canonical) e.aliases.insert(v);
  }
  e.name = canonical;
  e.type = EntityType::kOrganization;
  return true;
}

void NormalizePartyNames(Context& ctx) {
  for (auto& e : ctx.entities) {
    if (e.type == EntityType::kOrganization) {
      RenameAsParty(e, PartyEvidence::kOrganisation);
    } else if (e.type == EntityType::kUnknown || (e.type == EntityType::kPerson && !e.official &&
                                                  e.gender == 0 && Table().count(Lower(e.name)))) {
      // The NER takes some party names for people; a table form is no person
      // unless the text gave it an office or a gender.
      RenameAsParty(e, PartyEvidence::kName);
    }
  }
}

}  // namespace kg::extract
