// The build's static files: the stylesheet with the landlord's brand colour, the logo, the widget, hashed names.
#include <cstdio>
#include <filesystem>

#include "build_steps.h"
#include "files.h"
#include "html.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

std::string Hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

Rgb Darken(Rgb c, double by) {
  return {static_cast<int>(c.r * (1 - by)), static_cast<int>(c.g * (1 - by)), static_cast<int>(c.b * (1 - by))};
}

std::string HashedName(const std::string& stem, const std::string& bytes, const std::string& ext) {
  return "assets/" + stem + "." + ContentHash(bytes) + ext;
}

}  // namespace

std::string BrandCss(const SiteConfig& config, const std::string& site_file, std::vector<Diagnostic>* diagnostics) {
  const Rgb white{255, 255, 255}, ink{27, 27, 31};
  auto brand = ParseHexColour(config.brand_colour);
  if (!brand) {
    diagnostics->push_back({Severity::Warning, "site.brand_colour.invalid", site_file, 0, 0,
                            "\"brand_colour\" \"" + config.brand_colour + "\" is not a #rrggbb colour, so the default is used",
                            "write it like \"#1d5b79\"", ""});
    brand = ParseHexColour("#1d5b79");
  }
  double on_white = ContrastRatio(*brand, white);
  std::string css = ":root { --brand: " + Hex(*brand) + "; --brand-dark: " + Hex(Darken(*brand, 0.35)) + "; ";
  if (on_white >= 4.5) {
    css += "--on-brand: #ffffff; --link: " + Hex(*brand) + "; }\n";
  } else {
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%.2f", on_white);
    diagnostics->push_back({Severity::Warning, "site.brand_colour.contrast", site_file, 0, 0,
                            "white text on the brand colour " + Hex(*brand) + " has a contrast of " + ratio +
                                ":1, below the 4.5:1 WCAG 2.2 needs (1.4.3); the header uses dark text and links keep the default colour",
                            "choose a darker brand colour", ""});
    css += "--on-brand: " + Hex(ink) + "; }\n";
  }
  return css;
}

bool BuildAssets(const SiteContext& ctx, const BuildOptions& options, const LoadedContent& content,
                 std::vector<GeneratedFile>* files, std::string* css_path,
                 std::map<std::string, std::string>* widget_assets, std::vector<Diagnostic>* diagnostics) {
  std::string templates_dir = options.templates_dir.empty() ? std::string(CS_SOURCE_DIR) + "/templates" : options.templates_dir;
  std::string error;
  std::string css_file = options.content_dir + "/templates/assets/site.css";
  std::error_code ec;
  if (!fs::is_regular_file(css_file, ec)) css_file = templates_dir + "/assets/site.css";
  auto css = ReadTextFile(css_file, &error);
  if (!css) {
    diagnostics->push_back({Severity::Error, "build.css.unreadable", css_file, 0, 0, error, "restore templates/assets/site.css", ""});
    return false;
  }
  std::string full = BrandCss(*ctx.config, content.site_file, diagnostics) + *css;
  *css_path = HashedName("site", full, ".css");
  files->push_back({*css_path, full});

  // The logo: a file inside content/, never a path that leaves it.
  const std::string& logo = ctx.config->logo;
  if (!logo.empty()) {
    fs::path root = fs::weakly_canonical(options.content_dir, ec);
    fs::path target = fs::weakly_canonical(fs::path(options.content_dir) / logo, ec);
    std::string ext = fs::path(logo).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto rel = target.lexically_relative(root);
    bool inside = !fs::path(logo).is_absolute() && !rel.empty() && *rel.begin() != ".." && rel.native()[0] != '/';
    if (!inside) {
      diagnostics->push_back({Severity::Error, "site.logo.outside_content", content.site_file, 0, 0,
                              "\"logo\" \"" + logo + "\" points outside the content folder",
                              "put the logo file inside content/ and give its path from there, e.g. \"logo.svg\"", ""});
      return false;
    }
    if (ext != ".svg" && ext != ".png" && ext != ".jpg" && ext != ".jpeg" && ext != ".webp" && ext != ".gif") {
      diagnostics->push_back({Severity::Error, "site.logo.type", content.site_file, 0, 0,
                              "\"logo\" must be an SVG, PNG, JPEG, WebP or GIF image", "convert the logo", ""});
      return false;
    }
    auto bytes = ReadTextFile(target.string(), &error);
    if (!bytes) {
      diagnostics->push_back({Severity::Error, "site.logo.unreadable", content.site_file, 0, 0, error,
                              "check the \"logo\" path", ""});
      return false;
    }
    std::string path = HashedName("logo", *bytes, ext);
    files->push_back({path, *bytes});
    (*widget_assets)["logo"] = path;
  }

  return true;
}

}  // namespace cs
