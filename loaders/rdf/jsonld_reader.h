// JsonLdToNQuads: JSON-LD in, N-Quads text out, for `kg import`. Covers what
// `kg export --format jsonld` writes and the common shapes of hand-written or
// published JSON-LD: an inline @context (@vocab, @language, prefixes, term
// definitions with @id, @type (@id, @vocab or a datatype), @reverse,
// @language, and keyword aliases such as "id": "@id"), schema.org's context
// by URL (no network: it is known to mean @vocab https://schema.org/),
// contexts in arrays, @graph (top level and named graphs), @id, @type,
// @reverse, nested node objects (blank nodes when they have no @id), value
// objects (@value with @type or @language), native numbers and booleans
// (xsd:integer / xsd:double / xsd:boolean, as JSON-LD's toRdf writes them),
// and @set. Relative IRIs resolve against `base`. Anything else (@list,
// remote contexts other than schema.org's, @container maps) is an error
// naming it, so nothing is half-read.
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kg::loaders::rdf {

// The quads of `json`, one N-Quads line each. Errors: InvalidArgument with
// the reason; for malformed JSON *error_line (optional) gets the 1-based line.
Result<std::string> JsonLdToNQuads(std::string_view json, const std::string& base, uint64_t* error_line = nullptr);

// True for a path that names JSON-LD (.jsonld, .json) or content that starts
// (after white space) with '{' or '['.
bool LooksLikeJsonLd(std::string_view path, std::string_view head);

}  // namespace kg::loaders::rdf
