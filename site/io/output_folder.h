// Writing the built site into --out in place, like a careful tool: only the files whose bytes changed are written
// (each under a temporary name, then renamed over the old one), stale files are removed last, and a write error
// leaves every published page as it was (docs/generator.md "Writing --out").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "file_map.h"

namespace cs {

/// Name of the manifest every build writes at the top of --out: it marks the folder as made by `build` (so `build`
/// refuses to replace any other non-empty folder) and records what the search index was made from
/// (SearchManifest below), so an unchanged rebuild keeps the index.
extern const char* const kOutputMarker;

struct WriteReport {
  int written = 0;     ///< files new or different, written under a temporary name and renamed into place
  int unchanged = 0;   ///< files already there with the same bytes: not touched (their modification times stay)
  int removed = 0;     ///< files in --out that this build did not produce, removed after everything was written
  std::vector<std::string> removed_paths;  ///< relative paths, sorted
};

/// Makes `out_dir` hold exactly `files` (path -> bytes; the manifest kOutputMarker among them when the caller wants
/// it written). Order: every new or changed file is written beside its final place under a temporary name
/// (".NAME.cs-tmp-PID"), in parallel; only when all of them were written are they renamed into place, assets
/// before pages and the manifest last, so no published page ever links to a file not yet there; then files this
/// build did not produce are removed, and folders left empty. A failure while writing removes the temporary files
/// and leaves --out as it was (the next build writes what is missing). Refuses a non-empty folder without
/// kOutputMarker. Returns an ExitStatus (2 with `error` set: "cannot write PATH: reason — ...").
int WriteOutput(const std::string& out_dir, const FileMap& files, WriteReport* report, std::string* error);

/// The manifest's lines about the search index: the hash of what Pagefind indexed and each index file's hash.
struct SearchManifest {
  std::string input_hash;                 ///< SearchInputHash() of the build that made the index; "" when none
  std::vector<std::pair<std::string, std::string>> files;  ///< "pagefind/..." -> ContentHash of its bytes
};

/// The manifest's text for `index_input_hash` and the index files under "pagefind/" in `files`.
std::string ManifestText(const std::string& index_input_hash, const FileMap& files);

/// Reads the manifest in `out_dir`; an empty SearchManifest when there is none or it has no search lines.
SearchManifest ReadSearchManifest(const std::string& out_dir);

/// The hash of everything the search index depends on: every HTML page's path and bytes, and which Pagefind runs.
std::string SearchInputHash(const FileMap& files, const std::string& pagefind);

/// When the manifest in `out_dir` says its index was made from `input_hash` and every index file it lists is there
/// with the bytes it recorded, adds them to `files` and returns true (the index is kept, Pagefind does not run).
bool ReusePreviousSearchIndex(const std::string& out_dir, const std::string& input_hash, FileMap* files);

/// Name of the record a successful build leaves beside the manifest, so the next build with the same inputs can skip
/// generating and writing (docs/generator.md "Unchanged rebuilds"). WriteOutput removes it before writing anything,
/// so a build that fails or is interrupted never leaves a record that could be trusted.
extern const char* const kBuildRecord;

/// What a successful build printed and made, kept so an unchanged rebuild can say the same thing again.
struct BuildRecord {
  std::string input_hash;    ///< the hash of every input of the build (BuildSite computes it)
  std::string note;          ///< the lines printed before the diagnostics (Pagefind's note), "" when none
  Diagnostics diagnostics;   ///< every diagnostic printed, in order
  int pages = 0;
  long long bytes = 0;
  int files = 0;             ///< files recorded in --out (the manifest among them)
};

/// Writes the record of a build into `out_dir` (under a temporary name, then renamed): `record` and the size and
/// hash of each of `files` (what was written, the manifest among them). The record depends only on the build's
/// inputs, so two builds of the same input stay byte-identical. False when it could not be written (the next build
/// then simply builds in full).
bool WriteBuildRecord(const std::string& out_dir, const BuildRecord& record, const FileMap& files);

/// The record in `out_dir` when it was made from `input_hash`, every file it lists is still there with the same size
/// and bytes, and --out holds no other file or folder; otherwise nothing. Files and folders whose change time (ctime)
/// is older than the record are known unchanged without reading them; the rest are compared byte for byte (hash).
std::optional<BuildRecord> UnchangedBuild(const std::string& out_dir, const std::string& input_hash);

}  // namespace cs
