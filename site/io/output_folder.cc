// Writing the built site in place: changed files only, each under a temporary name then renamed; stale files last.
#include "output_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "exit_status.h"
#include "files.h"
#include "html.h"
#include "parallel.h"

namespace cs {

namespace fs = std::filesystem;

const char* const kOutputMarker = ".complaints-site-build";
const char* const kBuildRecord = ".complaints-site-record";

namespace {

constexpr const char* kManifestHeader =
    "This folder is written by `complaints-site build`: it keeps it identical to the site it builds, so files put "
    "here by hand are removed.\n";

// The file's bytes when `path` is a regular file, else nothing.
std::optional<std::string> ReadIfFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return std::nullopt;
  }
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  if (done != bytes.size()) return std::nullopt;
  return bytes;
}

// Whether `path` holds exactly `bytes` (compares the size first, then the bytes).
bool SameBytes(const std::string& path, const std::string& bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<size_t>(st.st_size) != bytes.size())
    return false;
  auto old = ReadIfFile(path);
  return old && *old == bytes;
}

bool WriteNew(const std::string& path, const std::string& bytes, std::string* why) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *why = std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *why = n < 0 ? std::strerror(errno) : "no space written";
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    *why = std::strerror(errno);
    return false;
  }
  return true;
}

bool IsHtml(const std::string& path) {
  return path.size() >= 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

}  // namespace

int WriteOutput(const std::string& out_dir, const FileMap& files, WriteReport* report, std::string* error) {
  WriteReport r;
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.has_filename() == false) out = out.parent_path();
  if (out.empty() || out == out.root_path() || out.filename().empty() || out.filename() == "." || out.filename() == "..") {
    *error = "\"" + out_dir + "\" cannot be used as the output folder";
    return kExitUsage;
  }
  fs::path cwd = fs::current_path(ec);
  if (!ec && (cwd == out || fs::path(cwd.string() + "/").string().rfind(out.string() + "/", 0) == 0)) {
    *error = "the output folder \"" + out_dir + "\" contains the current folder; choose a folder such as public/";
    return kExitUsage;
  }
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      *error = out_dir + " exists and is not a folder";
      return kExitUsage;
    }
    if (!fs::is_empty(out, ec) && !fs::exists(out / kOutputMarker, ec)) {
      *error = "refusing to replace " + out_dir + ": it is not empty and was not made by complaints-site build (no " +
               kOutputMarker + " file) — choose another --out folder or empty this one";
      return kExitUsage;
    }
  }
  // A record of the previous build no longer says what --out holds once this build starts writing.
  if (::unlink((out / kBuildRecord).c_str()) != 0 && errno != ENOENT) {
    *error = "cannot remove " + (fs::path(out_dir) / kBuildRecord).generic_string() + ": " + std::strerror(errno);
    return kExitUsage;
  }
  for (const auto& [path, bytes] : files) {
    fs::path rel(path);
    if (path.empty() || rel.is_absolute() || path.find("..") != std::string::npos) {
      *error = "internal error: refusing to write outside the output folder: " + path;
      return kExitUsage;
    }
  }
  fs::create_directories(out, ec);
  if (ec && !fs::is_directory(out)) {
    *error = "cannot create " + out_dir + ": " + ec.message();
    return kExitUsage;
  }

  // What is there now: files (and links) this build may replace or remove, and folders it may find empty. A symbolic
  // link where the build needs a folder would make it write outside --out: refuse before writing anything.
  std::vector<std::string> existing;
  std::vector<fs::path> dirs;
  for (auto it = fs::recursive_directory_iterator(out, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code type_ec;
    bool link = it->is_symlink(type_ec);
    if (!link && it->is_directory(type_ec)) {
      dirs.push_back(it->path());
      continue;
    }
    std::string rel = it->path().lexically_relative(out).generic_string();
    auto under = files.lower_bound(rel + "/");
    if (link && under != files.end() && under->first.rfind(rel + "/", 0) == 0) {
      *error = "cannot write " + (fs::path(out_dir) / under->first).generic_string() + ": " +
               (fs::path(out_dir) / rel).generic_string() +
               " is a symbolic link, and the build writes only inside --out — remove the link and build again; "
               "nothing was published";
      return kExitUsage;
    }
    existing.push_back(std::move(rel));
  }
  if (ec) {
    *error = "cannot read " + out_dir + ": " + ec.message();
    return kExitUsage;
  }

  // The folders the files need that are not there yet, each made once, parents first (a sorted set puts "a" before
  // "a/b"), instead of every file asking for its folder again.
  {
    std::unordered_set<std::string> have;
    for (const auto& dir : dirs) have.insert(dir.lexically_relative(out).generic_string());
    std::set<std::string> needed;
    for (const auto& entry : files)
      for (fs::path dir = fs::path(entry.first).parent_path(); !dir.empty(); dir = dir.parent_path())
        if (!have.count(dir.generic_string()) && !needed.insert(dir.generic_string()).second) break;
    for (const auto& dir : needed) {
      if (::mkdir((out / dir).c_str(), 0755) == 0 || (errno == EEXIST && fs::is_directory(out / dir, ec))) continue;
      *error = "cannot create the folder " + (fs::path(out_dir) / dir).generic_string() +
               " (a file of that name is in the way, or the folder above cannot be written) — nothing was published; "
               "the site in " + out_dir + " is as it was";
      return kExitUsage;
    }
  }
  // Only a file that is there can be unchanged: a new one is not looked for.
  const std::unordered_set<std::string> present(existing.begin(), existing.end());

  // 1. Compare each file with what is there; write the changed ones under a temporary name beside their place.
  std::vector<const std::pair<const std::string, std::string>*> all;
  all.reserve(files.size());
  for (const auto& entry : files) all.push_back(&entry);
  const std::string tmp_suffix = ".cs-tmp-" + std::to_string(::getpid());
  auto temp_of = [&](const std::string& path) {
    fs::path final_path = out / path;
    return (final_path.parent_path() / ("." + final_path.filename().string() + tmp_suffix)).string();
  };
  enum State : char { kUnchanged, kChanged, kTempWritten };
  std::vector<State> state(all.size(), kUnchanged);
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  std::string first_error;
  // The files are shared out folder by folder, biggest folder first: the kernel lets one thread at a time add names to
  // a folder, so two threads writing into the same big folder (cms/) wait on each other, while one thread per folder
  // does not (measured on ext4: "Performance" in docs/quality.md).
  std::vector<std::vector<size_t>> folders;
  {
    std::unordered_map<std::string, size_t> folder_of;
    for (size_t i = 0; i < all.size(); ++i) {
      const std::string& path = all[i]->first;
      size_t slash = path.rfind('/');
      auto [it, added] = folder_of.emplace(slash == std::string::npos ? std::string() : path.substr(0, slash), folders.size());
      if (added) folders.emplace_back();
      folders[it->second].push_back(i);
    }
    std::stable_sort(folders.begin(), folders.end(),
                     [](const std::vector<size_t>& a, const std::vector<size_t>& b) { return a.size() > b.size(); });
  }
  auto write_one = [&](size_t i) {
    if (failed) return;
    const auto& [path, bytes] = *all[i];
    if (present.count(path) && SameBytes((out / path).string(), bytes)) return;
    state[i] = kChanged;
    std::string why;
    if (WriteNew(temp_of(path), bytes, &why)) {
      state[i] = kTempWritten;
      return;
    }
    why = "cannot write " + (fs::path(out_dir) / path).generic_string() + ": " + why;
    failed = true;
    std::lock_guard<std::mutex> lock(error_mutex);
    if (first_error.empty()) first_error = why;
  };
  ForEachIndex(
      folders.size(), [&](size_t f) { for (size_t i : folders[f]) write_one(i); },
      all.size() < 64 ? folders.size() + 1 : 1, /*io_bound=*/true);  // a small site is written on one thread
  auto remove_temps = [&] {
    for (size_t i = 0; i < all.size(); ++i)
      if (state[i] == kTempWritten) ::unlink(temp_of(all[i]->first).c_str());
  };
  if (failed) {
    remove_temps();
    *error = first_error + " — nothing was published; the site in " + out_dir + " is as it was";
    return kExitUsage;
  }

  // 2. Rename into place: assets and other files first, then the pages, then the manifest.
  auto rank = [](const std::string& path) { return path == kOutputMarker ? 2 : IsHtml(path) ? 1 : 0; };
  // Within a pass the folders are shared between threads as above.
  for (int pass = 0; pass < 3; ++pass) {
    ForEachIndex(
        folders.size(),
        [&](size_t f) {
          for (size_t i : folders[f]) {
            if (failed) return;
            if (state[i] != kTempWritten || rank(all[i]->first) != pass) continue;
            const std::string& path = all[i]->first;
            if (::rename(temp_of(path).c_str(), (out / path).c_str()) != 0) {
              std::string why = "cannot move the new " + (fs::path(out_dir) / path).generic_string() +
                                " into place: " + std::strerror(errno);
              failed = true;
              std::lock_guard<std::mutex> lock(error_mutex);
              if (first_error.empty()) first_error = why;
              return;
            }
            state[i] = kChanged;
          }
        },
        all.size() < 64 ? folders.size() + 1 : 1, /*io_bound=*/true);
    if (failed) {
      remove_temps();
      *error = first_error +
               " — the pages already there link only to files that are there; build again once this is fixed";
      return kExitUsage;
    }
  }
  for (size_t i = 0; i < all.size(); ++i) r.written += state[i] == kChanged;
  r.unchanged = static_cast<int>(std::count(state.begin(), state.end(), kUnchanged));

  // 3. Remove what this build did not produce, then folders left empty (deepest first).
  for (const auto& rel : existing) {
    if (files.count(rel)) continue;
    std::error_code rm_ec;
    if (fs::remove(out / rel, rm_ec)) r.removed_paths.push_back(rel);
  }
  std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
  for (const auto& dir : dirs) {
    std::error_code rm_ec;
    if (fs::is_empty(dir, rm_ec)) fs::remove(dir, rm_ec);
  }
  std::sort(r.removed_paths.begin(), r.removed_paths.end());
  r.removed = static_cast<int>(r.removed_paths.size());
  if (report) *report = std::move(r);
  return kExitSuccess;
}

std::string ManifestText(const std::string& index_input_hash, const FileMap& files) {
  std::string text = kManifestHeader;
  if (index_input_hash.empty()) return text;
  text += "search-input " + index_input_hash + "\n";
  for (auto it = files.lower_bound("pagefind/"); it != files.end() && it->first.rfind("pagefind/", 0) == 0; ++it)
    text += "search-file " + ContentHash(it->second, 16) + " " + it->first + "\n";
  return text;
}

SearchManifest ReadSearchManifest(const std::string& out_dir) {
  SearchManifest m;
  auto text = ReadIfFile((fs::path(out_dir) / kOutputMarker).string());
  if (!text) return m;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("search-input ", 0) == 0) {
      m.input_hash = line.substr(13);
    } else if (line.rfind("search-file ", 0) == 0) {
      size_t space = line.find(' ', 12);
      if (space != std::string::npos) m.files.emplace_back(line.substr(space + 1), line.substr(12, space - 12));
    }
  }
  return m;
}

std::string SearchInputHash(const FileMap& files, const std::string& pagefind) {
  std::string all = "pagefind " + pagefind + "\n";
  for (const auto& [path, bytes] : files)
    if (IsHtml(path)) all += path + "\n" + ContentHash(bytes, 16) + "\n";
  return ContentHash(all, 16);
}

bool ReusePreviousSearchIndex(const std::string& out_dir, const std::string& input_hash, FileMap* files) {
  SearchManifest m = ReadSearchManifest(out_dir);
  if (m.input_hash.empty() || m.input_hash != input_hash || m.files.empty()) return false;
  FileMap index;
  for (const auto& [path, hash] : m.files) {
    if (path.rfind("pagefind/", 0) != 0 || path.find("..") != std::string::npos) return false;
    auto bytes = ReadIfFile((fs::path(out_dir) / path).string());
    if (!bytes || ContentHash(*bytes, 16) != hash) return false;
    index[path] = std::move(*bytes);
  }
  files->merge(index);
  return true;
}

namespace {

constexpr const char* kRecordHeader = "complaints-site build record 1";

std::string RecordEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out;
}

std::string RecordUnescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char c = text[++i];
    out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
  }
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return parts;
    start = tab + 1;
  }
}

// "size hash" of a regular file (not followed through a link), or "" when it is not one.
std::string FileStamp(const std::string& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  auto bytes = ReadIfFile(path);
  if (!bytes) return "";
  return std::to_string(bytes->size()) + " " + ContentHash(*bytes, 16);
}

}  // namespace

bool WriteBuildRecord(const std::string& out_dir, const BuildRecord& record, const FileMap& files) {
  std::string text = std::string(kRecordHeader) + "\n";
  text += "input\t" + record.input_hash + "\n";
  text += "pages\t" + std::to_string(record.pages) + "\n";
  text += "bytes\t" + std::to_string(record.bytes) + "\n";
  if (!record.note.empty()) text += "note\t" + RecordEscape(record.note) + "\n";
  for (const auto& d : record.diagnostics) {
    text += "diag\t" + std::to_string(static_cast<int>(d.severity));
    for (const std::string* field : {&d.code, &d.file}) text += "\t" + RecordEscape(*field);
    text += "\t" + std::to_string(d.line) + "\t" + std::to_string(d.column);
    for (const std::string* field : {&d.message, &d.fix, &d.provision, &d.field}) text += "\t" + RecordEscape(*field);
    text += "\n";
  }
  for (const auto& [path, bytes] : files)
    text += "file\t" + std::to_string(bytes.size()) + " " + ContentHash(bytes, 16) + "\t" + RecordEscape(path) + "\n";
  std::string final_path = (fs::path(out_dir) / kBuildRecord).string();
  std::string temp = (fs::path(out_dir) / ("." + std::string(kBuildRecord) + ".cs-tmp-" + std::to_string(::getpid()))).string();
  std::string why;
  if (!WriteNew(temp, text, &why)) {
    ::unlink(temp.c_str());
    return false;
  }
  if (::rename(temp.c_str(), final_path.c_str()) != 0) {
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

std::optional<BuildRecord> UnchangedBuild(const std::string& out_dir, const std::string& input_hash) {
  fs::path out(out_dir);
  auto text = ReadIfFile((out / kBuildRecord).string());
  if (!text || input_hash.empty()) return std::nullopt;
  std::istringstream in(*text);
  std::string line;
  if (!std::getline(in, line) || line != kRecordHeader) return std::nullopt;
  BuildRecord record;
  std::set<std::string> files;
  std::set<std::string> folders;
  std::vector<std::pair<std::string, std::string>> stamps;  // path -> "size hash" as recorded
  try {
    while (std::getline(in, line)) {
      std::vector<std::string> parts = SplitTabs(line);
      const std::string& kind = parts[0];
      if (kind == "input" && parts.size() == 2) {
        record.input_hash = parts[1];
      } else if (kind == "pages" && parts.size() == 2) {
        record.pages = std::stoi(parts[1]);
      } else if (kind == "bytes" && parts.size() == 2) {
        record.bytes = std::stoll(parts[1]);
      } else if (kind == "note" && parts.size() == 2) {
        record.note = RecordUnescape(parts[1]);
      } else if (kind == "diag" && parts.size() == 10) {
        Diagnostic d;
        d.severity = parts[1] == "0" ? Severity::Error : Severity::Warning;
        d.code = RecordUnescape(parts[2]);
        d.file = RecordUnescape(parts[3]);
        d.line = std::stoi(parts[4]);
        d.column = std::stoi(parts[5]);
        d.message = RecordUnescape(parts[6]);
        d.fix = RecordUnescape(parts[7]);
        d.provision = RecordUnescape(parts[8]);
        d.field = RecordUnescape(parts[9]);
        record.diagnostics.push_back(std::move(d));
      } else if (kind == "file" && parts.size() == 3) {
        std::string path = RecordUnescape(parts[2]);
        if (path.empty() || path.find("..") != std::string::npos || path[0] == '/') return std::nullopt;
        stamps.emplace_back(path, parts[1]);
        files.insert(path);
        for (fs::path dir = fs::path(path).parent_path(); !dir.empty(); dir = dir.parent_path())
          folders.insert(dir.generic_string());
      } else {
        return std::nullopt;
      }
    }
  } catch (const std::exception&) {  // a number that does not parse: not a record this build wrote
    return std::nullopt;
  }
  if (record.input_hash != input_hash || files.empty()) return std::nullopt;
  // Proved from the file system's own times, without reading the files back: whatever changes a file or a folder's
  // entries sets its change time (ctime) to now, and no tool can set it back. So a file or folder whose ctime is
  // older than the record was not touched after the record was written; for anything else (written in the same
  // clock tick as the record, or touched since), the file's bytes are compared and the folder's entries listed.
  struct stat record_stat;
  if (::lstat((out / kBuildRecord).c_str(), &record_stat) != 0) return std::nullopt;
  const struct timespec written = record_stat.st_mtim;
  auto before_record = [&written](const struct stat& st) {
    return st.st_ctim.tv_sec != written.tv_sec ? st.st_ctim.tv_sec < written.tv_sec
                                                : st.st_ctim.tv_nsec < written.tv_nsec;
  };
  std::atomic<bool> differs{false};
  ForEachIndex(stamps.size(), [&](size_t i) {
    if (differs) return;
    const std::string path = (out / stamps[i].first).string();
    const std::string& stamp = stamps[i].second;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
        stamp.compare(0, stamp.find(' '), std::to_string(st.st_size)) != 0)
      differs = true;
    else if (!before_record(st) && FileStamp(path) != stamp)
      differs = true;
  });
  if (differs) return std::nullopt;
  // Nothing else in --out (a file or folder put there by hand would be removed by a full build): the top folder's
  // entries, and those of any folder changed since the record.
  auto only_recorded = [&](const fs::path& folder) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::string rel = it->path().lexically_relative(out).generic_string();
      std::error_code type_ec;
      if (!it->is_symlink(type_ec) && it->is_directory(type_ec) ? !folders.count(rel)
                                                               : rel != kBuildRecord && !files.count(rel))
        return false;
    }
    return !ec;
  };
  if (!only_recorded(out)) return std::nullopt;
  for (const std::string& folder : folders) {
    struct stat st;
    if (::lstat((out / folder).c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return std::nullopt;
    if (!before_record(st) && !only_recorded(out / folder)) return std::nullopt;
  }
  record.files = static_cast<int>(files.size());
  return record;
}

}  // namespace cs
