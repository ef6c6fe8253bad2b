#include "nlp/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "nlp/dates.h"
#include "nlp/lemmatizer.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/quantities.h"
#include "nlp/sentencizer.h"
#include "nlp/tagger.h"

namespace kg::nlp {
namespace {

using Loader = Result<std::unique_ptr<Component>> (*)(const std::string& path);

template <typename T>
Result<std::unique_ptr<Component>> LoadAs(const std::string& path) {
  auto r = T::Load(path);
  if (!r.ok()) return r.status();
  return std::unique_ptr<Component>(std::move(r.value()));
}

// The model-backed components in pipeline order. New trained components
// (NER, dates) add a row here.
struct ModelComponent {
  const char* name;
  const char* file;
  bool required;
  Loader load;
};
const ModelComponent kModelComponents[] = {
    {"tagger", "tagger.bin", true, &LoadAs<Tagger>},
    {"lemmatizer", "lemmatizer.bin", true, &LoadAs<Lemmatizer>},
    {"parser", Parser::kFileName, false, &LoadAs<Parser>},
    {"ner", Ner::kFileName, false, &LoadAs<Ner>},
};

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const std::string& models_dir, const PipelineOptions& options) {
  auto disabled = [&](const std::string& n) {
    return std::find(options.disable.begin(), options.disable.end(), n) != options.disable.end();
  };
  std::vector<std::unique_ptr<Component>> components;
  if (!disabled("sentencizer")) components.push_back(std::make_unique<Sentencizer>());
  for (const ModelComponent& mc : kModelComponents) {
    if (disabled(mc.name)) continue;
    std::string path = models_dir + "/" + mc.file;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      if (mc.required) return Status::NotFound("model file " + path + " is missing (run `kg train` or set KG_MODELS)");
      continue;  // optional layer absent
    }
    auto c = mc.load(path);
    if (!c.ok()) return c.status();
    components.push_back(std::move(c.value()));
  }
  // Rule-based layers without model files; dates first so years stay dates.
  if (!disabled("dates")) components.push_back(std::make_unique<DateTagger>());
  if (!disabled("quantities")) components.push_back(std::make_unique<QuantityTagger>());
  return Create(std::move(components));
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(std::vector<std::unique_ptr<Component>> components) {
  std::set<std::string> layers = {"tokens"};
  for (const auto& c : components) {
    for (const auto& need : c->requires_layers())
      if (!layers.count(need))
        return Status::InvalidArgument("component '" + c->name() + "' needs layer '" + need +
                                       "' that no earlier component assigns");
    for (const auto& a : c->assigns()) layers.insert(a);
  }
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->components_ = std::move(components);
  return p;
}

Result<Doc> Pipeline::Process(std::string text, std::string reference_date) const {
  Doc doc = tokenizer_.MakeDoc(std::move(text));
  doc.reference_date = std::move(reference_date);
  KG_RETURN_IF_ERROR(Annotate(doc));
  return doc;
}

Status Pipeline::Annotate(Doc& doc, const std::vector<std::string>& present) const {
  for (const auto& c : components_) {
    auto as = c->assigns();
    bool all_present = !as.empty() && std::all_of(as.begin(), as.end(), [&](const std::string& l) {
      return std::find(present.begin(), present.end(), l) != present.end();
    });
    if (all_present) continue;
    KG_RETURN_IF_ERROR(c->Process(doc));
  }
  return Status::Ok();
}

std::vector<std::string> Pipeline::component_names() const {
  std::vector<std::string> out;
  for (const auto& c : components_) out.push_back(c->name());
  return out;
}

const Component* Pipeline::Find(const std::string& name) const {
  for (const auto& c : components_)
    if (c->name() == name) return c.get();
  return nullptr;
}

bool Pipeline::HasLayer(const std::string& layer) const {
  for (const auto& c : components_) {
    auto as = c->assigns();
    if (std::find(as.begin(), as.end(), layer) != as.end()) return true;
  }
  return false;
}

}  // namespace kg::nlp
