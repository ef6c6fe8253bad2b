#include "extract/entity_resolver.h"

#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::extract {

std::string PersonKey(std::string_view name) {
  std::string folded = text::Fold(name);
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (word.size() > 3 && word.compare(word.size() - 2, 2, "ey") == 0) word.replace(word.size() - 2, 2, "ei");
    if (word.size() > 3 && word.compare(word.size() - 2, 2, "iy") == 0) word.replace(word.size() - 2, 2, "i");
    if (!out.empty()) out += ' ';
    out += word;
    word.clear();
  };
  // NameKey per word strips accents and punctuation; hyphens and spaces split words.
  for (size_t i = 0; i <= folded.size(); ++i) {
    char c = i < folded.size() ? folded[i] : ' ';
    if (c == ' ' || c == '-' || c == '\t') {
      word = text::NameKey(word);
      flush();
    } else {
      word += c;
    }
  }
  return out;
}

std::string EventLabel(const Context& ctx, const Entity& e) {
  if (e.named_event) return e.name;
  std::string label = !e.event_phrase.empty() ? e.event_phrase
                      : e.event_noun.empty()  ? "event"
                                              : e.event_noun;
  if (!e.event_target.empty()) {
    label += (e.event_kind == "Visit" ? " to " : " of ") + e.event_target;
  } else if (e.event_kind == "Meeting") {
    // Who met says which meeting it is: "talks between A and B".
    std::vector<std::string> people;
    const int index = static_cast<int>(&e - ctx.entities.data());
    for (int a : ctx.Attendees(index)) {
      if (ctx.entities[a].type == EntityType::kPerson) people.push_back(ctx.entities[a].name);
    }
    if (people.size() == 2) {
      label += " between " + people[0] + " and " + people[1];
    } else if (people.size() == 3) {
      label += " between " + people[0] + ", " + people[1] + " and " + people[2];
    }
  }
  if (e.location >= 0 && ctx.entities[e.location].name != e.event_target) {
    label += " in " + ctx.entities[e.location].name;
  }
  if (!e.date.empty()) label += ", " + e.date;
  return label;
}

std::string ResolveIri(const Context& ctx, const Entity& e) {
  using graph::vocab::EntityIri;
  switch (e.type) {
    case EntityType::kPerson:
      return EntityIri(PersonKey(e.name));
    case EntityType::kEvent: {
      if (e.named_event) return EntityIri(e.name);
      // Same kind, date and place (or target) across documents = the same event.
      if (!e.date.empty()) {
        std::string where = e.location >= 0 ? ctx.entities[e.location].name : e.event_target;
        return EntityIri("event " + e.event_kind + " " + e.date + " " + where);
      }
      // Undated events stay local to their document.
      return EntityIri("event " + e.event_kind + " " + ctx.record().id.substr(0, 12) + " " +
                       std::to_string(e.first_token));
    }
    default:
      return EntityIri(e.name);
  }
}

}  // namespace kg::extract
