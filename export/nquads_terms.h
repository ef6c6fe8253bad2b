// N-Quads spelling of one term (W3C RDF 1.1 N-Quads): <iri>, _:label,
// "escaped"@lang, "lexical"^^<datatype>. Datatypes and blank labels come from
// export/rdf_mapping.h so the JSON-LD writer describes the same terms.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "graph/term.h"

namespace kg::exporter {

// Appends `"..."` with \\ \" \n \r \t escaped (other bytes as is; input is UTF-8).
void AppendNQuadsString(std::string_view s, std::string* out);
// Appends <iri> (REQUIRES: iri already safe, see SanitizeIri).
void AppendNQuadsIri(std::string_view iri, std::string* out);
// A graph name: "_:label" as a blank node, anything else as an IRI.
void AppendNQuadsGraphName(std::string_view name, std::string* out);
// Appends the term in N-Quads form; IRIs are sanitized.
void AppendNQuadsTerm(const graph::Term& t, std::string* out);

}  // namespace kg::exporter
