#include "tests/query/difftest/graph_generator.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include "graph/vocabulary.h"

namespace kg::difftest {
namespace {

using graph::Term;

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
const std::string kExample = "http://example.org/rel/";

Term V(const std::string& name) { return Term::Iri(graph::vocab::VocabIri(name)); }
Term Schema(const std::string& name) { return Term::Iri(std::string(graph::vocab::kSchemaPrefix) + name); }

class Builder {
 public:
  explicit Builder(const GraphOptions& o) : rng_(o.seed), options_(o) {}

  GeneratedGraph Build() {
    const double scale = options_.scale;
    const size_t hub = std::max<size_t>(1500, static_cast<size_t>(10500 * scale));
    const size_t persons = std::max<size_t>(60, static_cast<size_t>(1500 * scale));
    const size_t events = hub + 50;
    const size_t orgs = 12, places = 25;
    for (size_t i = 0; i < persons; ++i) g_.persons.push_back(Entity("p", i));
    for (size_t i = 0; i < events; ++i) g_.events.push_back(Entity("ev", i));
    for (size_t i = 0; i < orgs; ++i) g_.organizations.push_back(Entity("org", i));
    for (size_t i = 0; i < places; ++i) g_.places.push_back(Entity("pl", i));

    // Types and names.
    static const char* kEventTypes[] = {"Event", "Meeting", "Visit", "Ceremony", "Speech", "Summit"};
    for (size_t i = 0; i < persons; ++i) {
      const std::string& p = g_.persons[i];
      bool official = Chance(0.3);
      Add(Term::Iri(p), Type(), V(official ? "Official" : "Person"));
      if (official && Chance(0.3)) Add(Term::Iri(p), Type(), V("Person"));  // stated both ways
      Name(p, PersonName());
      if (Chance(0.3)) {
        std::string t = Pick(kTitles);
        Add(Term::Iri(p), V("title"), Term::String(t));
        if (std::find(g_.titles.begin(), g_.titles.end(), t) == g_.titles.end()) g_.titles.push_back(t);
      }
      if (Chance(0.4)) Add(Term::Iri(p), V("memberOf"), Term::Iri(PickOf(g_.organizations)));
      if (Chance(0.3)) Add(Term::Iri(p), Term::Iri(kExample + "score"), Term::Number(std::to_string(Uniform(0, 2000))));
    }
    for (size_t i = 0; i < events; ++i) {
      const std::string& e = g_.events[i];
      // Some events untyped, some typed Event by its schema.org IRI.
      if (Chance(0.9)) {
        std::string type = kEventTypes[Uniform(0, 5)];
        Add(Term::Iri(e), Type(), type == "Event" && Chance(0.5) ? Schema("Event") : V(type));
      }
      Name(e, std::string(Pick(kEventWords)) + " " + std::to_string(i));
      if (Chance(0.85)) {
        // schema:startDate is the imported form of `date`; a few events have two dates.
        Term date = Term::Typed(RandomDate(), kXsd + "date");
        Add(Term::Iri(e), Chance(0.5) ? Schema("startDate") : V("date"), date);
        if (Chance(0.05)) Add(Term::Iri(e), V("date"), Term::Typed(RandomDate(), kXsd + "date"));
      }
      if (Chance(0.5)) Add(Term::Iri(e), V("location"), Term::Iri(PickOf(g_.places)));
    }
    for (size_t i = 0; i < orgs; ++i) {
      Add(Term::Iri(g_.organizations[i]), Type(), V("Organization"));
      Name(g_.organizations[i], std::string(Pick(kOrgWords)) + " " + Syllables(2));
    }
    for (size_t i = 0; i < places; ++i) {
      Add(Term::Iri(g_.places[i]), Type(), V(i < 8 ? "Country" : "Place"));
      Name(g_.places[i], Syllables(3));
    }

    // Ordinary people: a few events, meetings, acquaintances each.
    for (size_t i = 0; i < persons; ++i) {
      const std::string& p = g_.persons[i];
      for (int k = Uniform(0, 3); k > 0; --k) Attend(p, PickOf(g_.events));
      for (int k = Uniform(0, 2); k > 0; --k) Meet(p, PickOf(g_.persons));
      if (Chance(0.3)) Add(Term::Iri(p), Term::Iri(kExample + "knows"), Term::Iri(PickOf(g_.persons)));
      if (Chance(0.2)) Add(Term::Iri(p), V("knows"), Term::Iri(PickOf(g_.persons)));
      if (Chance(0.05)) Add(Term::Iri(p), V("spouseOf"), Term::Iri(PickOf(g_.persons)));
    }

    // Hubs. hub person 0 attended almost every event (subject of ~hub
    // statements); hub event 0 is attended by most people and mentioned
    // by every event (object of ~hub statements); person 1 met over a thousand
    // people, stored either way round; organization 0 has many members.
    const std::string& hub_person = g_.persons[0];
    for (size_t i = 0; i < hub; ++i) Attend(hub_person, g_.events[i]);
    const std::string& hub_event = g_.events[0];
    for (size_t i = 1; i < persons; ++i) {
      if (Chance(0.8)) Attend(g_.persons[i], hub_event);
    }
    for (size_t i = 1; i < events; ++i) Add(Term::Iri(g_.events[i]), Term::Iri(kExample + "mentions"), Term::Iri(hub_event));
    const size_t met = std::min(persons - 2, std::max<size_t>(1100, hub / 8));
    for (size_t i = 2; i < 2 + met; ++i) Meet(g_.persons[1], g_.persons[i]);
    for (size_t i = 2; i < persons; ++i) {
      if (Chance(0.7)) Add(Term::Iri(g_.persons[i]), V("memberOf"), Term::Iri(g_.organizations[0]));
    }
    // A second hub subject of a vocabulary the first does not use.
    for (size_t i = 0; i < std::min(hub, persons); ++i) {
      Add(Term::Iri(g_.organizations[1]), Term::Iri(kExample + "mentions"), Term::Iri(g_.persons[i]));
    }

    if (options_.documents) AddDocumentFacts();

    g_.predicates = {
        {"attended", graph::vocab::VocabIri("attended"), ValueKind::kPerson, ValueKind::kEvent, false},
        {"met", graph::vocab::VocabIri("met"), ValueKind::kPerson, ValueKind::kPerson, true},
        {"spouseOf", graph::vocab::VocabIri("spouseOf"), ValueKind::kPerson, ValueKind::kPerson, true},
        {"title", graph::vocab::VocabIri("title"), ValueKind::kPerson, ValueKind::kString, false},
        {"memberOf", graph::vocab::VocabIri("memberOf"), ValueKind::kPerson, ValueKind::kOrganization, false},
        {"date", graph::vocab::VocabIri("date"), ValueKind::kEvent, ValueKind::kDate, false},
        {"location", graph::vocab::VocabIri("location"), ValueKind::kEvent, ValueKind::kPlace, false},
        {"knows", graph::vocab::VocabIri("knows"), ValueKind::kPerson, ValueKind::kPerson, false},
        {"", kExample + "knows", ValueKind::kPerson, ValueKind::kPerson, false},
        {"score", kExample + "score", ValueKind::kPerson, ValueKind::kNumber, false},
        {"mentions", kExample + "mentions", ValueKind::kAnyEntity, ValueKind::kAnyEntity, false},
        {"label", std::string(graph::vocab::kLabel), ValueKind::kAnyEntity, ValueKind::kString, false},
    };
    g_.frequent = MostFrequentEntities(g_.facts, 8);
    return std::move(g_);
  }

 private:
  static constexpr const char* kTitles[] = {"Defense Minister", "Mayor", "Envoy", "Senator", "Chief Judge",
                                            "Governor", "Trade Minister", "Spokesperson"};
  static constexpr const char* kEventWords[] = {"Forum", "Summit", "Talks", "Parade", "Briefing", "Gala", "Rally"};
  static constexpr const char* kOrgWords[] = {"Council", "Party", "Union", "Agency", "League"};

  Term Type() const { return Term::Iri(std::string(graph::vocab::kRdfType)); }
  std::string Entity(const char* kind, size_t i) const {
    return std::string(graph::vocab::kEntityPrefix) + kind + "-" + std::to_string(options_.seed % 1000) + "-" +
           std::to_string(i);
  }
  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  template <size_t N>
  const char* Pick(const char* const (&a)[N]) {
    return a[Uniform(0, static_cast<int>(N) - 1)];
  }
  const std::string& PickOf(const std::vector<std::string>& v) { return v[Uniform(0, static_cast<int>(v.size()) - 1)]; }

  std::string Syllables(int n) {
    static const char* kSyl[] = {"al", "bor", "ka", "vin", "mo", "ra", "tes", "lu", "dan", "ek", "si", "zo", "ne", "ur"};
    std::string s;
    for (int i = 0; i < n; ++i) s += Pick(kSyl);
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
  }
  // Some names repeat (the pool is small) so a quoted name can match several entities.
  std::string PersonName() {
    std::string first = Syllables(Uniform(1, 2)), last = Syllables(2);
    if (Chance(0.1)) last = "Van-" + last;  // hyphens and case are ignored by name keys
    return first + " " + last;
  }
  std::string RandomDate() {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", Uniform(2019, 2026), Uniform(1, 12), Uniform(1, 28));
    return buf;
  }
  void Name(const std::string& entity, const std::string& name) {
    Add(Term::Iri(entity), Term::Iri(std::string(graph::vocab::kLabel)), Term::String(name));
    g_.names.push_back(name);
    if (Chance(0.1)) {
      std::string alias = Syllables(2) + " " + Syllables(1);
      Add(Term::Iri(entity), Term::Iri(std::string(graph::vocab::kAlias)), Term::String(alias));
      g_.names.push_back(alias);
    }
  }
  void Attend(const std::string& person, const std::string& event) {
    if (Chance(0.3)) Add(Term::Iri(event), Schema("attendee"), Term::Iri(person));  // the inverse form
    else Add(Term::Iri(person), V("attended"), Term::Iri(event));
  }
  void Meet(const std::string& a, const std::string& b) {
    if (Chance(0.5)) Add(Term::Iri(a), V("met"), Term::Iri(b));
    else Add(Term::Iri(b), V("met"), Term::Iri(a));
    if (Chance(0.15)) Add(Term::Iri(b), V("met"), Term::Iri(a));  // both ways
  }
  void AddDocumentFacts() {
    // A few hundred facts from "articles"; some negated or hypothetical (never
    // matched), some restating imported facts.
    const size_t n = std::max<size_t>(50, g_.persons.size() / 5);
    for (size_t i = 0; i < n; ++i) {
      WrittenFact f;
      f.s = Term::Iri(PickOf(g_.persons));
      int what = Uniform(0, 2);
      f.p = what == 0 ? V("met") : (what == 1 ? V("attended") : V("knows"));
      f.o = Term::Iri(what == 1 ? PickOf(g_.events) : PickOf(g_.persons));
      f.in_document = true;
      int m = Uniform(0, 9);
      f.modality = m < 6 ? graph::Modality::kAsserted
                         : (m < 7 ? graph::Modality::kPlanned : (m < 9 ? graph::Modality::kNegated : graph::Modality::kHypothetical));
      g_.facts.push_back(f);
    }
  }
  void Add(Term s, Term p, Term o) { g_.facts.push_back({std::move(s), std::move(p), std::move(o)}); }

  std::mt19937_64 rng_;
  GraphOptions options_;
  GeneratedGraph g_;
};

}  // namespace

bool IsEntityKind(ValueKind k) {
  return k != ValueKind::kString && k != ValueKind::kNumber && k != ValueKind::kDate;
}

GeneratedGraph GenerateGraph(const GraphOptions& options) { return Builder(options).Build(); }

std::vector<std::string> MostFrequentEntities(const std::vector<WrittenFact>& facts, size_t count) {
  std::unordered_map<std::string, size_t> degree;
  for (const auto& f : facts) {
    if (f.s.kind == graph::TermKind::kIri) ++degree[f.s.value];
    if (f.o.kind == graph::TermKind::kIri && f.p.value != graph::vocab::kRdfType) ++degree[f.o.value];
  }
  std::vector<std::pair<size_t, std::string>> by;
  for (auto& [e, n] : degree) by.emplace_back(n, e);
  std::sort(by.begin(), by.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<std::string> out;
  for (size_t i = 0; i < by.size() && i < count; ++i) out.push_back(by[i].second);
  return out;
}

std::string ToNQuads(const std::vector<WrittenFact>& facts) {
  auto term = [](const Term& t) {
    switch (t.kind) {
      case graph::TermKind::kIri: return "<" + t.value + ">";
      case graph::TermKind::kBlank: return "_:" + t.value;
      case graph::TermKind::kNumber: return "\"" + t.value + "\"^^<" + kXsd + "integer>";
      case graph::TermKind::kDate: return "\"" + t.value + "\"^^<" + kXsd + "date>";
      case graph::TermKind::kTypedLiteral: return "\"" + t.value + "\"^^<" + t.datatype + ">";
      default: {
        std::string s = "\"";
        for (char c : t.value) {
          if (c == '"' || c == '\\') s += '\\';
          s += c;
        }
        return s + "\"";
      }
    }
  };
  std::string out;
  size_t i = 0;
  for (const auto& f : facts) {
    if (f.in_document) continue;
    out += term(f.s) + " " + term(f.p) + " " + term(f.o);
    if (++i % 3 == 0) out += " <urn:kg:graph:g" + std::to_string(i % 7) + ">";
    out += " .\n";
  }
  return out;
}

}  // namespace kg::difftest
