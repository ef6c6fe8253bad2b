// What kg merge, rename, reject and curations share: opening an existing
// store for writing (a missing one is an error, never created), the
// curation's author, and the exit code of a curate/ error.
#pragma once

#include <boost/program_options.hpp>
#include <memory>
#include <string>

#include "curate/curation.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::cli {

// Adds --by NAME (who made the curation; default $USER, else "user").
void AddCuratorOption(boost::program_options::options_description& desc);
std::string CuratorFrom(const boost::program_options::variables_map& vm);

// The store at --db, writable; a missing store is "no store at P".
Result<std::unique_ptr<graph::Store>> OpenStoreForCuration(const boost::program_options::variables_map& vm);

// 2 for a malformed argument (InvalidArgument), else 1; prints the error line.
int FailCuration(const Status& status);

// Stores `c` and prints "c<N>: <what it did>".
int AddAndReport(graph::Store& store, curate::Curation c);

}  // namespace kg::cli
