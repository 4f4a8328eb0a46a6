// The site's static files: the stylesheet with the landlord's brand colour and the logo, with hashed names, and
// favicon.ico in the brand colour.
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

// A 16×16 icon in the brand colour with a white frame, as a Windows icon file (one 32-bit bitmap): every browser
// asks for /favicon.ico when a page names none, and a missing one is a 404 in every page's log.
std::string FaviconIco(Rgb brand) {
  const int size = 16;
  std::string ico;
  auto u16 = [&](int v) { ico += static_cast<char>(v & 0xff); ico += static_cast<char>((v >> 8) & 0xff); };
  auto u32 = [&](int v) { u16(v & 0xffff); u16((v >> 16) & 0xffff); };
  const int pixels = size * size * 4, mask = size * 4, image = 40 + pixels + mask;
  u16(0); u16(1); u16(1);                                   // icon directory: one image
  ico += static_cast<char>(size); ico += static_cast<char>(size); ico += '\0'; ico += '\0';
  u16(1); u16(32); u32(image); u32(22);                     // planes, bits, size, offset
  u32(40); u32(size); u32(size * 2); u16(1); u16(32);       // BITMAPINFOHEADER (height counts the mask)
  u32(0); u32(pixels + mask); u32(0); u32(0); u32(0); u32(0);
  for (int y = 0; y < size; ++y)                            // rows bottom up, BGRA
    for (int x = 0; x < size; ++x) {
      bool frame = x == 2 || x == size - 3 || y == 2 || y == size - 3;
      bool inside = x >= 2 && x <= size - 3 && y >= 2 && y <= size - 3;
      Rgb c = frame && inside ? Rgb{255, 255, 255} : brand;
      ico += static_cast<char>(c.b); ico += static_cast<char>(c.g); ico += static_cast<char>(c.r); ico += '\xff';
    }
  ico.append(static_cast<size_t>(mask), '\0');              // AND mask: every pixel shown
  return ico;
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

  assets.files.push_back({"favicon.ico", FaviconIco(ParseHexColour(ctx.config->brand_colour).value_or(Rgb{29, 91, 121}))});

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
    // Every page loads the logo: a large file is slow and costs data on a resident's phone (a warning; the site is
    // still built).
    if (content.logo->size() > kLogoLargeBytes)
      diagnostics->push_back({Severity::Warning, "site.logo.large", content.site_file, ctx.config->logo_line,
                              ctx.config->logo_column,
                              "the logo \"" + logo + "\" is " + std::to_string((content.logo->size() + 1023) / 1024) +
                                  " KB and every page loads it, which is slow and costs data on a phone",
                              "make it smaller than " + std::to_string(kLogoLargeBytes / 1024) +
                                  " KB: save it as an SVG, or as a PNG about 400 pixels wide",
                              ""});
    assets.logo_path = HashedName("logo", *content.logo, ext);
    assets.files.push_back({assets.logo_path, *content.logo});
  }
  return assets;
}

}  // namespace cs
