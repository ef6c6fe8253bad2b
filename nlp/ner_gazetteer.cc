#include "nlp/ner_gazetteer.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "nlp/stream_io.h"

namespace kg::nlp {
namespace {

const char* const kTitles[] = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "President",
    "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.",
    "Mayor", "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Lord", "Lady", "Sir", "Dame", "General",
    "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Judge",
    "Justice", "Chancellor", "Chairman", "Chairwoman", "Chief", "Pope", "Bishop", "Archbishop", "Cardinal",
    "Father", "Rev.", "Reverend", "Rabbi", "Imam", "Sheikh", "Ambassador", "Commissioner", "Director", "CEO",
    "Coach", "Detective", "Inspector", "Superintendent", "Constable", "Councillor", "Councilman", "MP", "Emperor",
    "Saint", "St.", "spokesman", "spokeswoman", "minister", "president", "secretary", "leader", "chief",
    "director", "chairman", "executive", "actor", "actress", "singer", "player", "coach", "manager", "founder",
    "author", "writer", "senator", "governor", "mayor", "judge", "officer", "reporter", "analyst", "economist"};

const char* const kDemonyms[] = {
    "American", "British", "English", "French", "German", "Italian", "Spanish", "Russian", "Chinese", "Japanese",
    "Korean", "Indian", "Pakistani", "Afghan", "Iranian", "Iraqi", "Israeli", "Palestinian", "Syrian", "Turkish",
    "Egyptian", "Saudi", "Mexican", "Canadian", "Brazilian", "Argentine", "Australian", "Irish", "Scottish",
    "Welsh", "Dutch", "Belgian", "Swiss", "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Ukrainian",
    "Greek", "Portuguese", "African", "European", "Asian", "Nigerian", "Kenyan", "Vietnamese", "Thai",
    "Indonesian", "Filipino", "Cuban", "Venezuelan", "Colombian", "Chilean", "Peruvian", "Libyan", "Lebanese",
    "Jordanian", "Qatari", "Emirati", "Yemeni", "Sudanese", "Ethiopian", "Somali", "Austrian", "Czech",
    "Hungarian", "Romanian", "Serbian", "Croatian", "Bulgarian", "Georgian", "Armenian", "Belarusian", "Kazakh",
    "Mongolian", "Taiwanese", "Malaysian", "Singaporean", "Bangladeshi", "Nepalese", "Burmese", "Arab", "Muslim",
    "Christian", "Jewish", "Catholic", "Western", "Soviet", "Latin", "Hispanic", "Asian", "Scandinavian"};

const char* const kOrgWords[] = {
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "plc", "Co.", "Company", "Group", "Bank",
    "University", "College", "Institute", "School", "Association", "Council", "Committee", "Party", "Ministry",
    "Department", "Agency", "Commission", "Foundation", "Society", "Union", "Organization", "Organisation",
    "Federation", "League", "Club", "Court", "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy",
    "Police", "Service", "Office", "Board", "Authority", "Times", "News", "Post", "Journal", "Airlines", "Airways",
    "Motors", "Technologies", "Systems", "Partners", "Trust", "Fund", "Network", "Church", "FC", "United",
    "Museum", "Library", "Hospital", "Centre", "Center", "Bureau", "Corps", "Forces", "Front", "Movement",
    // Legal-form designators and the industry nouns companies end in.
    "Limited", "Incorporated", "Holdings", "Holding", "Industries", "Enterprises", "Ventures", "Investments",
    "Securities", "Insurance", "Bancorp", "Capital", "Brands", "Laboratories", "Labs", "Pharmaceuticals",
    "Communications", "Telecom", "Electronics", "Studios", "Records", "Pictures", "Publishing", "Publishers",
    "Petroleum", "AG", "GmbH", "SA", "NV", "LLP", "Academy", "Consortium", "Cooperative"};

const char* const kPlaceWords[] = {
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "River", "Lake", "Mountain", "Mountains", "Mount", "Mt.",
    "Island", "Islands", "City", "County", "State", "Province", "Park", "Valley", "Bay", "Sea", "Ocean", "Square",
    "Airport", "Station", "Bridge", "Stadium", "Desert", "Peninsula", "Gulf", "Coast", "Hills", "Beach",
    "Village", "Town", "District", "Region", "Strait", "Canal", "Harbour", "Harbor", "Highway", "Boulevard",
    "Fort", "Port", "Cape", "Lane", "Drive", "Plaza", "Palace", "Castle", "Cathedral", "Temple", "Falls",
    "Forest", "Glacier", "Heights", "Springs", "Creek", "Canyon", "Pass", "Peak", "Reservoir", "Terminal"};

// Splits on spaces and separates a trailing comma / parenthesis-free phrase; names
// containing ',' or '(' are skipped (they are inverted forms like "Korea, Republic of").
bool Usable(const std::string& name) {
  return !name.empty() && name.find(',') == std::string::npos && name.find('(') == std::string::npos;
}

// Proper names from WordNet's noun synsets (data.noun lines: offset, lexicographer
// file, type, word count (hex), words with lex ids, pointer count, pointers).
// Instances ("@i") in noun.location are places, capitalised nouns in noun.group
// ("Red_Cross", "NATO") organisations. Its people (noun.person instances) are
// left out: single surnames ("Lee", "Washington", "No") are as often places or
// ordinary words, and they cost names in news text (cross-validation on GUM
// train equal, kgeval worse).
void AddWordNetNames(const std::string& path, Gazetteer* g) {
  std::ifstream in(path);
  std::vector<std::pair<Gazetteer::Kind, std::string>> names;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream f(line);
    std::string offset, lex, type, count_hex;
    if (!(f >> offset >> lex >> type >> count_hex) || type != "n") continue;
    const int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
    std::vector<std::string> words;
    for (int i = 0; i < count; ++i) {
      std::string w, id;
      if (!(f >> w >> id)) break;
      words.push_back(w);
    }
    int pointers = 0;
    f >> pointers;
    bool instance = false;
    for (int i = 0; i < pointers; ++i) {
      std::string sym, off, pos, st;
      if (!(f >> sym >> off >> pos >> st)) break;
      instance = instance || sym == "@i";
    }
    Gazetteer::Kind kind;
    if (lex == "15" && instance) kind = Gazetteer::kPlace;
    else if (lex == "14") kind = Gazetteer::kOrg;
    else continue;
    for (std::string w : words) {
      if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) continue;
      std::replace(w.begin(), w.end(), '_', ' ');
      if (Usable(w)) names.emplace_back(kind, w);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const auto& [kind, w] : names) g->Add(kind, w);
}

// A personal name usable as a single-word gazetteer entry: Latin script,
// starting with an ASCII capital (so Cyrillic, Greek or CJK entries, which
// cannot match English text, are left out), letters, hyphens and apostrophes.
bool UsablePersonName(const std::string& s) {
  if (s.size() < 2 || s.size() > 40 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
  for (unsigned char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' || c >= 0x80;
    if (!ok) return false;
  }
  return true;
}

// Adds `names` as `kind` in sorted order without duplicates (the model's
// bytes must not depend on the order of the sources).
void AddSortedUnique(Gazetteer* g, Gazetteer::Kind kind, std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const std::string& name : names) g->Add(kind, name);
}

}  // namespace

void Gazetteer::AddPersonNames(std::istream& in) {
  std::vector<std::pair<Kind, std::string>> names;
  int kind = -1;  // the list being read: -1 none, else kGivenName / kSurname
  for (std::string line; std::getline(in, line);) {
    // A new class-level assignment ("    first_names_male = OrderedDict((")
    // starts or ends a list.
    const size_t eq = line.find(" = ");
    if (line.rfind("    ", 0) == 0 && line.size() > 4 && line[4] != ' ' && eq != std::string::npos) {
      const std::string lhs = line.substr(4, eq - 4);
      kind = lhs.rfind("first_name", 0) == 0 ? kGivenName : lhs.rfind("last_name", 0) == 0 ? kSurname : -1;
      if (line.find(".copy()") != std::string::npos || line.find(" + ") != std::string::npos) kind = -1;
    }
    if (kind < 0) continue;
    // Single-quoted literals, with \' escapes ('O\'Neil').
    for (size_t p = 0; p < line.size(); ++p) {
      if (line[p] != '\'') continue;
      std::string name;
      size_t q = p + 1;
      for (; q < line.size() && line[q] != '\''; ++q) {
        if (line[q] == '\\' && q + 1 < line.size()) ++q;
        name += line[q];
      }
      if (UsablePersonName(name)) names.emplace_back(static_cast<Kind>(kind), name);
      p = q;
    }
  }
  for (const auto& [k, name] : names) Add(k, name);
}

void Gazetteer::AddGeoNamesCities(std::istream& in) {
  std::vector<std::string> names;
  for (std::string line; std::getline(in, line);) {
    // geonameid, name, asciiname, alternatenames, ..., country code (9),
    // cc2, admin1 code (11), ...
    std::vector<std::string> cols;
    for (size_t p = 0, q; cols.size() < 11; p = q + 1) {
      q = line.find('\t', p);
      cols.push_back(line.substr(p, q == std::string::npos ? std::string::npos : q - p));
      if (q == std::string::npos) break;
    }
    if (cols.size() < 4) continue;
    for (std::string name : {cols[1], cols[2]}) {
      const unsigned char c0 = name.empty() ? 0 : static_cast<unsigned char>(name[0]);
      if (!Usable(name) || !((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80)) continue;
      if (cols.size() >= 11 && cols[8].size() == 2) {
        AddRegion(name, cols[8]);
        if (!cols[10].empty() && cols[10] != "00") AddRegion(name, cols[8] + "-" + cols[10]);
      }
      names.push_back(std::move(name));
    }
  }
  AddSortedUnique(this, kCity, std::move(names));
}

Gazetteer Gazetteer::Build(const std::string& dir, const std::string& wordnet_dir,
                           const std::string& person_names_dir, const std::string& cities_file) {
  Gazetteer g;
  for (const char* w : kTitles) g.Add(kTitle, w);
  for (const char* w : kDemonyms) g.Add(kDemonym, w);
  for (const char* w : kOrgWords) g.Add(kOrgWord, w);
  for (const char* w : kPlaceWords) g.Add(kPlaceWord, w);
  // Everyday short forms that iso-codes lacks.
  for (const char* w : {"UK", "U.K.", "US", "U.S.", "USA", "U.S.A.", "Britain", "Great Britain", "England",
                        "Scotland", "Wales", "Northern Ireland", "America", "Europe", "Africa", "Asia",
                        "Middle East", "Latin America", "North America", "South America", "Antarctica"}) {
    g.Add(kPlace, w);
  }
  const std::pair<const char*, const char*> sources[] = {{"iso_3166-1.json", "3166-1"},
                                                         {"iso_3166-2.json", "3166-2"},
                                                         {"iso_3166-3.json", "3166-3"}};
  for (const auto& [file, key] : sources) {
    std::ifstream in(dir + "/" + file);
    if (!in) continue;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.contains(key) || !j[key].is_array()) continue;
    for (const auto& entry : j[key]) {
      std::vector<std::string> codes;
      if (std::string(key) == "3166-1" && entry.contains("alpha_2") && entry["alpha_2"].is_string()) {
        codes.push_back("=" + entry["alpha_2"].get<std::string>());
      } else if (std::string(key) == "3166-2" && entry.contains("code") && entry["code"].is_string()) {
        const std::string code = entry["code"].get<std::string>();
        codes.push_back("=" + code);
        codes.push_back(code.substr(0, 2));
        if (entry.contains("parent") && entry["parent"].is_string()) {
          const std::string parent = entry["parent"].get<std::string>();
          codes.push_back(parent.find('-') != std::string::npos ? parent : code.substr(0, 2) + "-" + parent);
        }
      }
      for (const char* field : {"name", "common_name", "official_name"}) {
        if (entry.contains(field) && entry[field].is_string()) {
          const std::string name = entry[field].get<std::string>();
          if (!Usable(name)) continue;
          g.Add(kPlace, name);
          for (const std::string& code : codes) g.AddRegion(name, code);
        }
      }
    }
  }
  // Everyday names of two countries.
  for (const char* w : {"UK", "U.K.", "Britain", "Great Britain"}) g.AddRegion(w, "=GB");
  for (const char* w : {"US", "U.S.", "USA", "U.S.A.", "America"}) g.AddRegion(w, "=US");
  // Major cities from tzdata's zone names ("Europe/Athens", "America/New_York"):
  // iso-codes has countries and regions only.
  std::ifstream zones("/usr/share/zoneinfo/zone.tab");
  for (std::string line; std::getline(zones, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string cc, coords, zone;
    if (!(fields >> cc >> coords >> zone)) continue;
    size_t p = zone.find('/');
    while (p != std::string::npos) {
      const size_t q = zone.find('/', p + 1);
      std::string city = zone.substr(p + 1, q == std::string::npos ? std::string::npos : q - p - 1);
      std::replace(city.begin(), city.end(), '_', ' ');
      if (Usable(city)) g.Add(kPlace, city);
      p = q;
    }
  }
  AddWordNetNames(wordnet_dir + "/data.noun", &g);
  // Person names, locale by locale in sorted order (the model's bytes must not
  // depend on directory order); duplicates across locales are dropped.
  std::vector<std::string> locales;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(person_names_dir, ec)) {
    if (entry.is_directory(ec)) locales.push_back(entry.path().string() + "/__init__.py");
  }
  std::sort(locales.begin(), locales.end());
  Gazetteer names;
  for (const std::string& file : locales) {
    std::ifstream in(file);
    if (in) names.AddPersonNames(in);
  }
  for (Kind k : {kGivenName, kSurname}) AddSortedUnique(&g, k, names.phrases(k));
  std::ifstream cities(cities_file);
  if (cities) g.AddGeoNamesCities(cities);
  return g;
}

void Gazetteer::AddRegion(const std::string& name, const std::string& code) {
  std::vector<std::string>& codes = regions_[name];
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
}

int Gazetteer::LiesIn(const std::string& inner, const std::string& outer) const {
  auto i = regions_.find(inner), o = regions_.find(outer);
  if (i == regions_.end() || o == regions_.end()) return 0;
  for (const std::string& a : i->second) {
    for (const std::string& b : o->second) {
      if (b[0] == '=' && a[0] != '=' && a.compare(0, std::string::npos, b, 1) == 0) return 2;
    }
  }
  return 1;
}

Status Gazetteer::SaveRegions(std::ostream& out) const {
  // A table of the distinct codes, then each name with its codes' indices.
  std::map<std::string, uint32_t> code_ids;
  for (const auto& [name, codes] : regions_) {
    for (const std::string& c : codes) code_ids.emplace(c, 0);
  }
  uint32_t next = 0;
  for (auto& [code, id] : code_ids) id = next++;
  if (next > 65536) return Status::InvalidArgument("too many region codes");
  out.write(reinterpret_cast<const char*>(&next), sizeof(next));
  for (const auto& [code, id] : code_ids) PutString(out, code);
  const std::map<std::string, std::vector<std::string>> sorted(regions_.begin(), regions_.end());
  const uint32_t names = static_cast<uint32_t>(sorted.size());
  out.write(reinterpret_cast<const char*>(&names), sizeof(names));
  for (const auto& [name, codes] : sorted) {
    PutString(out, name);
    const uint8_t n = static_cast<uint8_t>(std::min<size_t>(codes.size(), 255));
    out.write(reinterpret_cast<const char*>(&n), 1);
    for (size_t i = 0; i < n; ++i) {
      const uint16_t id = static_cast<uint16_t>(code_ids.at(codes[i]));
      out.write(reinterpret_cast<const char*>(&id), sizeof(id));
    }
  }
  return out ? Status::Ok() : Status::IOError("cannot write region codes");
}

Status Gazetteer::LoadRegions(std::istream& in) {
  constexpr uint32_t kMaxCodes = 65536, kMaxNames = 2000000, kMaxName = 4096;
  uint32_t n_codes = 0, n_names = 0;
  if (!in.read(reinterpret_cast<char*>(&n_codes), sizeof(n_codes)) || n_codes > kMaxCodes) {
    return Status::Corruption("bad region code table");
  }
  std::vector<std::string> codes(n_codes);
  for (std::string& c : codes) {
    if (!GetString(in, &c, 64) || c.empty()) return Status::Corruption("bad region code");
  }
  if (!in.read(reinterpret_cast<char*>(&n_names), sizeof(n_names)) || n_names > kMaxNames) {
    return Status::Corruption("bad region name count");
  }
  regions_.clear();
  for (uint32_t i = 0; i < n_names; ++i) {
    std::string name;
    uint8_t n = 0;
    if (!GetString(in, &name, kMaxName) || !in.read(reinterpret_cast<char*>(&n), 1)) {
      return Status::Corruption("truncated region names");
    }
    for (uint8_t k = 0; k < n; ++k) {
      uint16_t id = 0;
      if (!in.read(reinterpret_cast<char*>(&id), sizeof(id)) || id >= n_codes) {
        return Status::Corruption("bad region code index");
      }
      AddRegion(name, codes[id]);
    }
  }
  return Status::Ok();
}

namespace {
int NamedSlot(Gazetteer::Kind kind) {
  return kind == Gazetteer::kPlace ? 0 : kind == Gazetteer::kOrg ? 1 : kind == Gazetteer::kCity ? 2 : -1;
}
}  // namespace

void Gazetteer::Add(Kind kind, const std::string& phrase) {
  phrases_[kind].push_back(phrase);
  std::vector<std::string> words;
  std::istringstream ss(phrase);
  for (std::string w; ss >> w;) words.push_back(w);
  if (words.empty()) return;
  if (words.size() == 1 && kind < kNumWordKinds) word_kinds_[words[0]] |= static_cast<uint8_t>(1u << kind);
  const int slot = NamedSlot(kind);
  if (slot < 0) return;
  Phrases& p = named_[slot];
  std::string key;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) key += ' ';
    key += words[i];
    if (i + 1 < words.size()) p.prefixes.insert(key);
  }
  p.phrases.insert(key);
  p.max_words = std::max(p.max_words, words.size());
}

void Gazetteer::Match(const std::vector<std::string>& words, std::vector<uint8_t>* kinds,
                      std::vector<uint8_t>* place_pos) const {
  const size_t n = words.size();
  kinds->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    auto it = word_kinds_.find(words[i]);
    if (it != word_kinds_.end()) (*kinds)[i] = it->second;
  }
  MatchPhrases(words, kPlace, place_pos);
}

void Gazetteer::MatchPhrases(const std::vector<std::string>& words, Kind kind, std::vector<uint8_t>* pos) const {
  const size_t n = words.size();
  pos->assign(n, 0);
  const int slot = NamedSlot(kind);
  if (slot < 0) return;
  const Phrases& p = named_[slot];
  for (size_t i = 0; i < n;) {
    size_t best = 0;
    std::string key;
    for (size_t j = i; j < n && j - i < p.max_words; ++j) {
      if (j > i) key += ' ';
      key += words[j];
      if (p.phrases.count(key)) best = j - i + 1;
      if (!p.prefixes.count(key)) break;
    }
    if (best == 0) { ++i; continue; }
    if (best == 1) {
      (*pos)[i] = 4;
    } else {
      (*pos)[i] = 1;
      for (size_t k = i + 1; k + 1 < i + best; ++k) (*pos)[k] = 2;
      (*pos)[i + best - 1] = 3;
    }
    i += best;
  }
}

}  // namespace kg::nlp
