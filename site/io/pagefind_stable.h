// Pagefind's index made byte-identical from run to run. Pagefind 1.5.2 writes each filter's values in the order of a
// Rust HashMap, which is seeded afresh in every process, so the filter file (and the names of it and of the meta
// file that names it) change on every build although nothing else does (Pagefind issue #638: the fragments were made
// stable in 1.3.0, "other files will still change, such as the filter/metadata indexes"). Threads and the order of
// the pages given to it do not matter; sorting the values afterwards does.
#pragma once

#include <string>

#include "file_map.h"

namespace cs {

/// Rewrites the index under "pagefind/" in `files` so it depends only on its content: each filter file's values
/// (and filters) in byte order, the file renamed after a hash of that content, and the meta file and
/// pagefind-entry.json that name it updated to match (the meta file renamed after its own new hash). Pagefind reads
/// the result as it reads its own. Returns "" when done (or when there is no filter file), else why the index was
/// left as Pagefind wrote it (a format this code does not know: the index still works, but is not stable).
std::string StabiliseSearchIndex(FileMap* files);

/// gzip and gunzip (zlib) of whole buffers; gzip output depends only on `bytes` (no time stamp, no name).
std::string Gzip(const std::string& bytes);
bool Gunzip(const std::string& gz, std::string* bytes);

/// The CBOR item `cbor` with every array of [text, value] pairs (Pagefind's serialised maps) sorted by the text, and
/// the values so sorted in turn. "" when `cbor` is not one well-formed item of definite length.
std::string CanonicalCborPairs(const std::string& cbor);

}  // namespace cs
