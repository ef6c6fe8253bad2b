#include "query/engine.h"

#include <chrono>

#include "query/binder/binder.h"
#include "query/error_format.h"
#include "query/exec/deadline.h"
#include "query/exec/exec_context.h"
#include "query/exec/type_members.h"
#include "query/parser/parser.h"
#include "query/parser/script_splitter.h"
#include "query/parser/statement_cache.h"
#include "query/planner/planner.h"
#include "query/query_error.h"
#include "query/result/row_builder.h"

namespace kg::query {

struct Engine::Impl {
  const graph::Store* store;
  std::unique_ptr<binder::Catalog> catalog;  // loaded on first use
  bool only_plain_facts = false;             // no documents: imports only, nothing to filter by modality
  parser::StatementCache statements;         // parses by shape (differing only in strings)
  std::unique_ptr<exec::TypeMembers> types;  // type lists, for a store that cannot change
  // Parses (through the statement cache), binds and plans `text`, within
  // `deadline` (may be null).
  planner::Plan Prepare(std::string_view text, const RunOptions& options, binder::BoundStatement* bound,
                        exec::Deadline* deadline) {
    bool cached = false;
    ast::Statement ast = statements.Parse(text, options.first_line, options.first_column, &cached);
    if (deadline != nullptr) deadline->CheckNow();
    *bound = binder::Binder(store, Catalog()).Bind(ast);
    if (deadline != nullptr) deadline->CheckNow();
    planner::Planner planner(store, Catalog(), only_plain_facts);
    planner.set_deadline(deadline);
    planner::Plan plan = planner.PlanStatement(*bound);
    if (deadline != nullptr) deadline->CheckNow();
    return plan;
  }
  const binder::Catalog* Catalog() {
    if (!catalog) {
      catalog = std::make_unique<binder::Catalog>(store);
      only_plain_facts = ReadOrThrow(store->Counts()).documents == 0;
    }
    return catalog.get();
  }
};

Engine::Engine(const graph::Store* store) : impl_(std::make_unique<Impl>()) { impl_->store = store; }
Engine::~Engine() = default;

Status Engine::Run(std::string_view text, const RunOptions& options, ResultSink& sink) {
  auto started = std::chrono::steady_clock::now();
  try {
    // The clock runs from here: parsing, binding and planning count (exec/deadline.h).
    exec::Deadline deadline(options.timeout_seconds, started, options.cancel);
    binder::BoundStatement bound;
    planner::Plan plan = impl_->Prepare(text, options, &bound, &deadline);
    if (bound.explain) {
      std::string explained = plan.Explain();
      deadline.CheckNow();
      return EmitExplain(explained, bound.warnings, started, sink);
    }
    exec::ExecContext ctx(impl_->store, &deadline, plan.num_slots, impl_->Catalog()->rdf_type(),
                          impl_->Catalog()->label(), impl_->Catalog()->alias(), !impl_->only_plain_facts);
    ctx.set_memory_limit(options.max_memory_bytes);
    if (impl_->store->snapshot()) {
      if (!impl_->types) impl_->types = std::make_unique<exec::TypeMembers>(impl_->store, impl_->Catalog()->rdf_type());
      ctx.set_type_members(impl_->types.get());
    }
    RowBuilder builder(&ctx, &plan.columns, plan.cite, sink.NeedsTypes(), plan.cite_all);
    std::vector<std::string> names;
    for (const auto& c : plan.columns) names.push_back(c.name);
    sink.Begin(names, plan.cite);
    ResultSummary summary;
    summary.warnings = bound.warnings;
    plan.root->Open(&ctx);
    for (exec::ExecRow row; plan.root->Next(&row);) {
      if (options.max_rows && summary.rows >= options.max_rows) {
        sink.End(summary);  // show what fits, then say why it stopped
        return MaxRowsStatus(options.max_rows);
      }
      ++summary.rows;
      if (!sink.Row(builder.Build(row))) break;
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    sink.End(summary);
    return Status::Ok();
  } catch (const QueryError& e) {
    return ErrorStatus(e, text, options);
  } catch (const std::exception& e) {  // e.g. bad_alloc: never let it cross the library boundary
    return Status::IOError(std::string("query failed: ") + e.what());
  }
}

Result<std::string> Engine::Explain(std::string_view text, const RunOptions& options) {
  try {
    binder::BoundStatement bound;
    exec::Deadline deadline(options.timeout_seconds, std::chrono::steady_clock::now(), options.cancel);
    return impl_->Prepare(text, options, &bound, &deadline).Explain();
  } catch (const QueryError& e) {
    return ErrorStatus(e, text, options);
  }
}

std::vector<ScriptStatement> Engine::SplitScript(std::string_view script) { return parser::SplitScript(script); }

bool Engine::IsComplete(std::string_view text) { return parser::IsComplete(text); }

}  // namespace kg::query
