// For the unit tests: the example site built with the real generator, in English or another language (optionally
// with the pseudo-language fixture tests/fixtures/i18n-xx), in a temporary folder removed afterwards.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "build_site.h"
#include "exit_status.h"
#include "files.h"
#include "html_to_markdown.h"
#include "test_util.h"

namespace cs_test {

struct BuiltSite {
  std::filesystem::path dir;
  /// Copies content/ to a temporary folder named `name`, sets site.json "language", adds the xx words when
  /// `with_xx`, and builds it (no search index, no widget files, today 2026-11-24).
  BuiltSite(const std::string& name, const std::string& language, bool with_xx)
      : dir(std::filesystem::temp_directory_path() / name) {
    namespace fs = std::filesystem;
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(std::string(SOURCE_DIRECTORY) + "/content", dir / "content", fs::copy_options::recursive);
    if (with_xx)
      fs::copy(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/i18n-xx/templates", dir / "content/templates",
               fs::copy_options::recursive);
    std::string error;
    auto site_json = cs::ReadTextFile((dir / "content/site.json").string(), &error);
    REQUIRE(site_json);
    auto site = nlohmann::ordered_json::parse(*site_json);
    site["language"] = language;
    REQUIRE(cs::WriteTextFile((dir / "content/site.json").string(), site.dump(2), &error));
    cs::BuildOptions o;
    o.content_dir = (dir / "content").string();
    o.out_dir = (dir / "public").string();
    o.templates_dir = std::string(SOURCE_DIRECTORY) + "/templates";
    o.widget_dir = "/nonexistent-widget-dir";
    o.today = "2026-11-24";
    o.search = "off";
    std::ostringstream err;
    REQUIRE_MESSAGE(cs::BuildSite(o, err) == cs::kExitSuccess, err.str());
  }
  ~BuiltSite() { std::filesystem::remove_all(dir); }
  BuiltSite(const BuiltSite&) = delete;
  BuiltSite& operator=(const BuiltSite&) = delete;
  /// A file of the built site, e.g. "deadlines/index.html" (fails the test when it was not written).
  std::string Read(const std::string& path) const {
    auto text = ReadFile((dir / "public" / path).string());
    REQUIRE_MESSAGE(text, (path + " was not written"));
    return *text;
  }
  /// The words of a page's <main>, as a resident reads them: no tags, entities decoded, whitespace collapsed.
  std::string MainText(const std::string& path) const {
    std::string html = Read(path);
    size_t from = html.find("<main"), to = html.find("</main>");
    REQUIRE_MESSAGE((from != std::string::npos && to != std::string::npos), (path + " has no <main>"));
    return cs::HtmlToPlainText(html.substr(from, to - from));
  }
};

}  // namespace cs_test
