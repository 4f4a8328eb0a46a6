// Tests for site/io/output_folder.cc through `complaints-site build` (BuildSite): an unchanged rebuild writes no file,
// a changed page rewrites only its file, a removed page's file goes, a write error midway leaves every published page
// as it was and the next build repairs it, and the search index is kept when no page's text changed.
#include "output_folder.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "build_site.h"
#include "exit_status.h"
#include "pagefind.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

using cs_test::TempDir;

cs::BuildOptions Options(const fs::path& content, const fs::path& out, const std::string& search = "off") {
  cs::BuildOptions o;
  o.content_dir = content.string();
  o.out_dir = out.string();
  o.templates_dir = std::string(SOURCE_DIRECTORY) + "/templates";
  o.widget_dir = "/nonexistent-widget-dir";
  o.today = "2026-11-24";
  o.search = search;
  return o;
}

int Build(const cs::BuildOptions& o, std::string* err_text = nullptr, cs::BuildReport* report = nullptr) {
  std::ostringstream err;
  int status = cs::BuildSite(o, err, report);
  if (err_text) *err_text = err.str();
  return status;
}

// Every file under `root`: its bytes, and its inode and modification time (a rename or a write changes them).
struct Seen {
  std::string bytes;
  ino_t inode = 0;
  long long mtime_ns = 0;
  bool operator==(const Seen& o) const { return bytes == o.bytes && inode == o.inode && mtime_ns == o.mtime_ns; }
};
std::map<std::string, Seen> Look(const fs::path& root) {
  std::map<std::string, Seen> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().filename() == cs::kBuildRecord) continue;  // the build's own notes
    struct stat st;
    REQUIRE(::stat(e.path().c_str(), &st) == 0);
    files[fs::relative(e.path(), root).generic_string()] = {
        *cs_test::ReadFile(e.path().string()), st.st_ino, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  return files;
}

std::map<std::string, std::string> Bytes(const std::map<std::string, Seen>& seen) {
  std::map<std::string, std::string> out;
  for (const auto& [path, s] : seen) out[path] = s.bytes;
  return out;
}

// The paths whose file is new, was rewritten or has gone between `before` and `after`.
std::set<std::string> Touched(const std::map<std::string, Seen>& before, const std::map<std::string, Seen>& after) {
  std::set<std::string> touched;
  for (const auto& [path, s] : after)
    if (!before.count(path) || !(before.at(path) == s)) touched.insert(path);
  for (const auto& [path, s] : before)
    if (!after.count(path)) touched.insert(path);
  return touched;
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

void Replace(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = *cs_test::ReadFile(path.string());
  size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  Write(path, text);
}

struct Site {
  TempDir tmp;
  fs::path content = tmp.path / "content";
  fs::path out = tmp.path / "public";
  Site() { fs::copy(std::string(SOURCE_DIRECTORY) + "/content", content, fs::copy_options::recursive); }
};

}  // namespace

TEST_CASE("output: an unchanged rebuild writes no file") {
  Site site;
  cs::BuildReport first, second;
  REQUIRE(Build(Options(site.content, site.out), nullptr, &first) == 0);
  CHECK(first.write.written > 40);
  CHECK(first.write.unchanged == 0);
  auto before = Look(site.out);
  REQUIRE(before.count("policy/index.html"));
  REQUIRE(before.count(cs::kOutputMarker));
  std::string err;
  REQUIRE(Build(Options(site.content, site.out), &err, &second) == 0);
  CHECK(second.write.written == 0);
  CHECK(second.write.removed == 0);
  CHECK(second.write.unchanged == first.write.written);
  CHECK(Touched(before, Look(site.out)).empty());
  CHECK(err.find("(0 written, " + std::to_string(first.write.written) + " unchanged, 0 removed)") != std::string::npos);
  CHECK(second.skipped);
  CHECK_FALSE(first.skipped);
}

TEST_CASE("output: a changed page rewrites only its file; a removed page's file is removed") {
  Site site;
  Write(site.content / "pages/zz-extra.md", "---\ntitle: An extra page\n---\n\nExtra words.\n");
  REQUIRE(Build(Options(site.content, site.out)) == 0);
  auto before = Look(site.out);

  SUBCASE("changed page") {
    Replace(site.content / "pages/how-we-learn.md", "This page explains", "This page (changed) explains");
    cs::BuildReport report;
    REQUIRE(Build(Options(site.content, site.out), nullptr, &report) == 0);
    // The page and its CMS fragment (cms/<page>.html), nothing else.
    CHECK(Touched(before, Look(site.out)) == std::set<std::string>{"cms/how-we-learn.html", "how-we-learn/index.html"});
    CHECK(report.write.written == 2);
    CHECK(cs_test::ReadFile((site.out / "how-we-learn/index.html").string())->find("This page (changed) explains") !=
          std::string::npos);
  }
  SUBCASE("removed page, and a file put in --out by hand") {
    REQUIRE(fs::exists(site.out / "zz-extra/index.html"));
    fs::remove(site.content / "pages/zz-extra.md");
    Write(site.out / "notes/by-hand.txt", "not made by the build");
    cs::BuildReport report;
    REQUIRE(Build(Options(site.content, site.out), nullptr, &report) == 0);
    CHECK_FALSE(fs::exists(site.out / "zz-extra"));  // the file and the folder it leaves empty
    CHECK_FALSE(fs::exists(site.out / "notes"));
    CHECK(report.write.removed_paths ==
          std::vector<std::string>{"cms/zz-extra.html", "notes/by-hand.txt", "zz-extra/index.html"});
    // What remains is exactly what a build into an empty folder gives.
    fs::path fresh = site.tmp.path / "fresh";
    REQUIRE(Build(Options(site.content, fresh)) == 0);
    CHECK(Bytes(Look(site.out)) == Bytes(Look(fresh)));
  }
}

TEST_CASE("output: a write error midway publishes nothing, says so, and the next build repairs it") {
  Site site;
  REQUIRE(Build(Options(site.content, site.out)) == 0);
  auto before = Look(site.out);
  // A changed page, and a new page whose folder cannot be made: a file of that name is in the way.
  Replace(site.content / "policy.md", "complaints", "complaints (changed)");
  Write(site.content / "pages/zz-new.md", "---\ntitle: A new page\n---\n\nNew words.\n");
  Write(site.out / "zz-new", "in the way");
  auto published = Look(site.out);

  std::string err;
  CHECK(Build(Options(site.content, site.out), &err) == cs::kExitUsage);
  CHECK(err.find("error: cannot create the folder " + site.out.string() + "/zz-new") != std::string::npos);
  CHECK(err.find("nothing was published") != std::string::npos);
  CHECK(err.find("[build.output]") != std::string::npos);
  // Every published page is as it was (same file, same bytes), and no temporary file is left.
  CHECK(Touched(published, Look(site.out)).empty());
  for (const auto& entry : Look(site.out)) CHECK_MESSAGE(entry.first.find(".cs-tmp-") == std::string::npos, entry.first);

  fs::remove(site.out / "zz-new");
  REQUIRE(Build(Options(site.content, site.out), &err) == 0);
  fs::path fresh = site.tmp.path / "fresh";
  REQUIRE(Build(Options(site.content, fresh)) == 0);
  CHECK(Bytes(Look(site.out)) == Bytes(Look(fresh)));
  CHECK(Look(site.out).at("policy/index.html").bytes.find("complaints (changed)") != std::string::npos);
  CHECK(Look(site.out).count("zz-new/index.html") == 1);
}

TEST_CASE("output: a symbolic link where a page's folder goes is refused, and nothing is written through it") {
  Site site;
  REQUIRE(Build(Options(site.content, site.out)) == 0);
  fs::path elsewhere = site.tmp.path / "elsewhere";
  fs::create_directories(elsewhere);
  fs::remove_all(site.out / "how-we-learn");
  fs::create_directory_symlink(elsewhere, site.out / "how-we-learn");
  std::string err;
  CHECK(Build(Options(site.content, site.out), &err) == cs::kExitUsage);
  CHECK(err.find("how-we-learn is a symbolic link") != std::string::npos);
  CHECK(fs::is_empty(elsewhere));
}

TEST_CASE("output: content errors leave every file of --out untouched") {
  Site site;
  REQUIRE(Build(Options(site.content, site.out)) == 0);
  auto before = Look(site.out);
  Write(site.content / "site.json", "{ \"landlord_name\": ");
  std::string err;
  CHECK(Build(Options(site.content, site.out), &err) == cs::kExitContentError);
  CHECK(err.find("was not changed") != std::string::npos);
  CHECK(Touched(before, Look(site.out)).empty());
}

TEST_CASE("output: the search index is kept when no page's text changed, and remade when one did") {
  std::string real = cs::FindPagefind();
  if (real.empty()) {
    MESSAGE("skipped: Pagefind is not installed (npm install pagefind)");
    return;
  }
  Site site;
  // A Pagefind that counts its runs, then runs the real one.
  fs::path counter = site.tmp.path / "runs";
  fs::path wrapper = site.tmp.path / "pagefind";
  Write(wrapper, "#!/bin/sh\necho run >> '" + counter.string() + "'\nexec '" + real + "' \"$@\"\n");
  fs::permissions(wrapper, fs::perms::owner_all);
  const char* old = std::getenv("PAGEFIND");
  std::string saved = old ? old : "";
  ::setenv("PAGEFIND", wrapper.c_str(), 1);
  auto runs = [&] {
    auto text = cs_test::ReadFile(counter.string());
    return text ? static_cast<int>(std::count(text->begin(), text->end(), '\n')) : 0;
  };

  REQUIRE(Build(Options(site.content, site.out, "on")) == 0);
  CHECK(runs() == 1);
  auto before = Look(site.out);
  REQUIRE(before.count("pagefind/pagefind.js"));
  CHECK(before.at(cs::kOutputMarker).bytes.find("search-file ") != std::string::npos);

  cs::BuildReport report;
  REQUIRE(Build(Options(site.content, site.out, "on"), nullptr, &report) == 0);
  CHECK(runs() == 1);  // Pagefind did not run
  CHECK(report.write.written == 0);
  CHECK(Touched(before, Look(site.out)).empty());

  SUBCASE("a page's text changed: indexed again") {
    Replace(site.content / "pages/how-we-learn.md", "This page explains", "This page (changed) explains");
    REQUIRE(Build(Options(site.content, site.out, "on")) == 0);
    CHECK(runs() == 2);
  }
  SUBCASE("an index file damaged in --out: indexed again") {
    Write(site.out / "pagefind/pagefind.js", "damaged");
    REQUIRE(Build(Options(site.content, site.out, "on")) == 0);
    CHECK(runs() == 2);
    CHECK(Look(site.out).at("pagefind/pagefind.js").bytes == before.at("pagefind/pagefind.js").bytes);
  }
  SUBCASE("--search off: the index goes, and the next --search on makes it again") {
    REQUIRE(Build(Options(site.content, site.out, "off")) == 0);
    CHECK_FALSE(fs::exists(site.out / "pagefind"));
    REQUIRE(Build(Options(site.content, site.out, "on")) == 0);
    CHECK(runs() == 2);
  }
  if (saved.empty()) ::unsetenv("PAGEFIND");
  else ::setenv("PAGEFIND", saved.c_str(), 1);
}

namespace {

// The lines of a build's stderr without the last (the summary, which names the time taken).
std::string WithoutSummary(const std::string& err) {
  size_t end = err.rfind('\n', err.size() >= 2 ? err.size() - 2 : 0);
  return end == std::string::npos ? "" : err.substr(0, end + 1);
}

}  // namespace

TEST_CASE("output: an unchanged rebuild does not generate again; any change to an input or to --out builds in full") {
  Site site;
  // The built-in-widget warning (no --widget-dir files) is a diagnostic every build prints.
  cs::BuildOptions options = Options(site.content, site.out);
  std::string first_err, err;
  cs::BuildReport first, report;
  REQUIRE(Build(options, &first_err, &first) == 0);
  CHECK_FALSE(first.skipped);
  REQUIRE(first.warnings >= 1);
  REQUIRE(fs::exists(site.out / cs::kBuildRecord));
  auto before = Look(site.out);

  REQUIRE(Build(options, &err, &report) == 0);
  CHECK(report.skipped);
  CHECK(err.find("inputs unchanged: not regenerated") != std::string::npos);
  CHECK(WithoutSummary(err) == WithoutSummary(first_err));  // the same warnings, word for word
  CHECK(report.warnings == first.warnings);
  CHECK(report.pages == first.pages);
  CHECK(report.bytes == first.bytes);
  CHECK(report.diagnostics.size() == first.diagnostics.size());
  CHECK(Touched(before, Look(site.out)).empty());

  auto rebuilt_equals_fresh = [&](const cs::BuildOptions& o) {
    cs::BuildReport changed;
    REQUIRE(Build(o, nullptr, &changed) == 0);
    CHECK_FALSE(changed.skipped);
    fs::path fresh = site.tmp.path / "fresh";
    cs::BuildOptions fresh_options = o;
    fresh_options.out_dir = fresh.string();
    REQUIRE(Build(fresh_options) == 0);
    CHECK(Bytes(Look(site.out)) == Bytes(Look(fresh)));
    cs::BuildReport again;  // and the build after that, with nothing changed, skips again
    REQUIRE(Build(o, nullptr, &again) == 0);
    CHECK(again.skipped);
  };

  SUBCASE("one byte of the content") {
    Replace(site.content / "pages/how-we-learn.md", "This page explains", "This page explains:");
    rebuilt_equals_fresh(options);
  }
  SUBCASE("a new content file") {
    Write(site.content / "pages/zz-new.md", "---\ntitle: A new page\n---\n\nNew words.\n");
    rebuilt_equals_fresh(options);
  }
  SUBCASE("--today") {
    options.today = "2026-11-25";
    rebuilt_equals_fresh(options);
  }
  SUBCASE("--base-url") {
    options.base_url = "https://complaints.example.org/";
    rebuilt_equals_fresh(options);
  }
  SUBCASE("a template given with --templates") {
    fs::path templates = site.tmp.path / "templates";
    fs::copy(options.templates_dir, templates, fs::copy_options::recursive);
    options.templates_dir = templates.string();
    rebuilt_equals_fresh(options);  // the same bytes from another folder: its name is in diagnostics, so build
    Replace(templates / "site-footer.mustache", "<footer", "<footer data-changed");
    rebuilt_equals_fresh(options);
  }
  SUBCASE("an output file removed") {
    fs::remove(site.out / "policy/index.html");
    rebuilt_equals_fresh(options);
  }
  SUBCASE("an output file edited, its size and modification time kept") {
    fs::path page = site.out / "policy/index.html";
    struct stat st;
    REQUIRE(::stat(page.c_str(), &st) == 0);
    std::string text = *cs_test::ReadFile(page.string());
    text[text.size() / 2] = text[text.size() / 2] == 'x' ? 'y' : 'x';
    Write(page, text);
    struct timespec times[2] = {st.st_atim, st.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, page.c_str(), times, 0) == 0);
    rebuilt_equals_fresh(options);
  }
  SUBCASE("a file put in --out by hand") {
    Write(site.out / "notes/by-hand.txt", "not made by the build");
    rebuilt_equals_fresh(options);
    CHECK_FALSE(fs::exists(site.out / "notes"));
  }
  SUBCASE("a file put by hand in a page's folder") {  // the folder's change time, not a walk of every folder
    Write(site.out / "policy/by-hand.txt", "not made by the build");
    rebuilt_equals_fresh(options);
    CHECK_FALSE(fs::exists(site.out / "policy/by-hand.txt"));
  }
  SUBCASE("an empty folder put in --out by hand") {
    fs::create_directories(site.out / "empty");
    rebuilt_equals_fresh(options);
    CHECK_FALSE(fs::exists(site.out / "empty"));
  }
  SUBCASE("a build with content errors is never skipped") {
    Write(site.content / "pages/zz-broken.md", "---\ntitle: Broken\n---\n\n[a link](/nowhere/)\n");
    cs::BuildReport failed, again;
    CHECK(Build(options, nullptr, &failed) == cs::kExitContentError);
    CHECK_FALSE(failed.skipped);
    CHECK(Build(options, nullptr, &again) == cs::kExitContentError);
    CHECK_FALSE(again.skipped);
    CHECK(Touched(before, Look(site.out)).empty());
  }
}
