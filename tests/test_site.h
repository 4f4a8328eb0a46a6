// For the unit tests of page builders: a SiteContext over the built-in templates (compiled in, as the build uses
// them), optionally with a landlord's template overrides or another language, all held in memory.
#pragma once

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "builtin_files.h"
#include "pages.h"
#include "site_config.h"
#include "templates.h"

namespace cs_test {

struct TestSite {
  cs::SiteConfig config;
  std::vector<cs::Diagnostic> diagnostics;
  std::optional<cs::Templates> templates;
  cs::SiteContext ctx;

  /// The built-in templates in `language`; `language_words` is that language's i18n file (e.g. "{}": none of
  /// its own words, so English throughout but dates in the language); `overriding` are a landlord's overrides
  /// (name without ".mustache" -> text).
  explicit TestSite(cs::SiteConfig site, const std::string& language = "en", const std::string& language_words = "",
                    const std::vector<std::pair<std::string, std::string>>& overriding = {})
      : config(std::move(site)) {
    cs::FileMap overrides;
    if (language != "en") overrides["i18n/" + language + ".json"] = language_words;
    for (const auto& [name, text] : overriding) overrides[name + ".mustache"] = text;
    templates = cs::Templates::Load(cs::BuiltinTemplates(), "templates", overrides, "content/templates", language, &diagnostics);
    REQUIRE_MESSAGE(templates, (diagnostics.empty() ? std::string("no templates") : diagnostics[0].message));
    ctx.config = &config;
    ctx.templates = &*templates;
    ctx.diagnostics = &diagnostics;
  }
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;
};

}  // namespace cs_test
