#include "nlp/ner_gazetteer.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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
    "Museum", "Library", "Hospital", "Centre", "Center", "Bureau", "Corps", "Forces", "Front", "Movement"};

const char* const kPlaceWords[] = {
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "River", "Lake", "Mountain", "Mountains", "Mount", "Mt.",
    "Island", "Islands", "City", "County", "State", "Province", "Park", "Valley", "Bay", "Sea", "Ocean", "Square",
    "Airport", "Station", "Bridge", "Stadium", "Desert", "Peninsula", "Gulf", "Coast", "Hills", "Beach",
    "Village", "Town", "District", "Region", "Strait", "Canal", "Harbour", "Harbor", "Highway", "Boulevard"};

// Splits on spaces and separates a trailing comma / parenthesis-free phrase; names
// containing ',' or '(' are skipped (they are inverted forms like "Korea, Republic of").
bool Usable(const std::string& name) {
  return !name.empty() && name.find(',') == std::string::npos && name.find('(') == std::string::npos;
}

}  // namespace

Gazetteer Gazetteer::Build(const std::string& dir) {
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
      for (const char* field : {"name", "common_name", "official_name"}) {
        if (entry.contains(field) && entry[field].is_string()) {
          const std::string name = entry[field].get<std::string>();
          if (Usable(name)) g.Add(kPlace, name);
        }
      }
    }
  }
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
  return g;
}

void Gazetteer::Add(Kind kind, const std::string& phrase) {
  phrases_[kind].push_back(phrase);
  std::vector<std::string> words;
  std::istringstream ss(phrase);
  for (std::string w; ss >> w;) words.push_back(w);
  if (words.empty()) return;
  if (words.size() == 1) {
    word_kinds_[words[0]] |= static_cast<uint8_t>(1u << kind);
    if (kind != kPlace) return;
  }
  if (kind != kPlace) return;
  std::string key;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) key += ' ';
    key += words[i];
    if (i + 1 < words.size()) place_prefixes_.insert(key);
  }
  place_phrases_.insert(key);
  max_words_ = std::max(max_words_, words.size());
}

void Gazetteer::Match(const std::vector<std::string>& words, std::vector<uint8_t>* kinds,
                      std::vector<uint8_t>* place_pos) const {
  const size_t n = words.size();
  kinds->assign(n, 0);
  place_pos->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    auto it = word_kinds_.find(words[i]);
    if (it != word_kinds_.end()) (*kinds)[i] = it->second;
  }
  for (size_t i = 0; i < n;) {
    size_t best = 0;
    std::string key;
    for (size_t j = i; j < n && j - i < max_words_; ++j) {
      if (j > i) key += ' ';
      key += words[j];
      if (place_phrases_.count(key)) best = j - i + 1;
      if (!place_prefixes_.count(key)) break;
    }
    if (best == 0) { ++i; continue; }
    if (best == 1) {
      (*place_pos)[i] = 4;
    } else {
      (*place_pos)[i] = 1;
      for (size_t k = i + 1; k + 1 < i + best; ++k) (*place_pos)[k] = 2;
      (*place_pos)[i + best - 1] = 3;
    }
    i += best;
  }
}

}  // namespace kg::nlp
