// For the unit tests of page builders: a SiteContext over the built-in templates (templates/, words from
// templates/i18n/en.json), as the build makes one, optionally with a landlord's templates folder or another language.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

#include "files.h"
#include "pages.h"
#include "site_config.h"
#include "templates.h"

namespace cs_test {

struct TestSite {
  cs::SiteConfig config;
  std::vector<cs::Diagnostic> diagnostics;
  std::optional<cs::Templates> templates;
  cs::SiteContext ctx;
  std::filesystem::path overrides;  // a temporary content/templates folder, removed afterwards

  /// The built-in templates in `language`; `language_words` is that language's i18n file (e.g. "{}": none of
  /// its own words, so English throughout but dates in the language); `templates` are a landlord's overrides
  /// (name without ".mustache" -> text).
  explicit TestSite(cs::SiteConfig site, const std::string& language = "en", const std::string& language_words = "",
                    const std::vector<std::pair<std::string, std::string>>& overriding = {})
      : config(std::move(site)) {
    namespace fs = std::filesystem;
    static int count = 0;
    overrides = fs::temp_directory_path() / ("cs-test-site-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    fs::remove_all(overrides);
    std::string error;
    if (language != "en")
      REQUIRE(cs::WriteTextFile((overrides / "i18n" / (language + ".json")).string(), language_words, &error));
    for (const auto& [name, text] : overriding)
      REQUIRE(cs::WriteTextFile((overrides / (name + ".mustache")).string(), text, &error));
    templates = cs::Templates::Load(std::string(SOURCE_DIRECTORY) + "/templates", overrides.string(), language, &diagnostics);
    REQUIRE_MESSAGE(templates, (diagnostics.empty() ? std::string("no templates") : diagnostics[0].message));
    ctx.config = &config;
    ctx.templates = &*templates;
    ctx.diagnostics = &diagnostics;
  }
  ~TestSite() {
    std::error_code ec;
    std::filesystem::remove_all(overrides, ec);
  }
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;
};

}  // namespace cs_test
