// The site's static files: the stylesheet with the landlord's brand colour and the logo, with hashed names.
#include <cstdio>
#include <cctype>

#include "build_steps.h"
#include "html.h"

namespace cs {

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

std::optional<SiteAssets> BuildAssets(const SiteContext& ctx, const Content& content, const FileMap& templates,
                                      const std::string& templates_name, std::vector<Diagnostic>* diagnostics) {
  SiteAssets assets;
  auto css = content.templates.find("assets/site.css");
  if (css == content.templates.end()) {
    css = templates.find("assets/site.css");
    if (css == templates.end()) {
      diagnostics->push_back({Severity::Error, "build.css.unreadable", templates_name + "/assets/site.css", 0, 0,
                              "there is no stylesheet", "restore templates/assets/site.css", ""});
      return std::nullopt;
    }
  }
  std::string full = BrandCss(*ctx.config, content.site_file, diagnostics) + css->second;
  assets.css_path = HashedName("site", full, ".css");
  assets.files.push_back({assets.css_path, full});

  // The logo: a file inside content/ (site.json's parser refuses any other path; LoadContent read it).
  const std::string& logo = ctx.config->logo;
  if (!logo.empty() && content.logo) {
    size_t dot = logo.rfind('.'), slash = logo.rfind('/');
    std::string ext = dot == std::string::npos || (slash != std::string::npos && dot < slash) ? "" : logo.substr(dot);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".svg" && ext != ".png" && ext != ".jpg" && ext != ".jpeg" && ext != ".webp" && ext != ".gif") {
      diagnostics->push_back({Severity::Error, "site.logo.type", content.site_file, 0, 0,
                              "\"logo\" must be an SVG, PNG, JPEG, WebP or GIF image", "convert the logo", ""});
      return std::nullopt;
    }
    assets.logo_path = HashedName("logo", *content.logo, ext);
    assets.files.push_back({assets.logo_path, *content.logo});
  }
  return assets;
}

}  // namespace cs
