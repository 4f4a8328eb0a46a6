// The floor for build speed: cmark-gfm alone renders every Markdown file and writes it inside a fixed page.
// usage: cmark_floor_bench MARKDOWN_DIR OUT_DIR   (prints "floor: N pages in T ms (P pages/s)")
// Benchmark-only code: the product reaches cmark-gfm only through site/render/markdown.cc.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string RenderGfm(const std::string& markdown) {
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "autolink", "strikethrough", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
  std::string out(html);
  std::free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cmark_floor_bench MARKDOWN_DIR OUT_DIR\n";
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  auto start = std::chrono::steady_clock::now();
  size_t bytes = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string name = file.stem().string();
    std::string page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + name +
                       "</title>\n<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n<main id=\"main\">\n<h1>" +
                       name + "</h1>\n" + RenderGfm(buffer.str()) + "</main>\n</body>\n</html>\n";
    fs::path dir = fs::path(argv[2]) / "pages" / name;
    fs::create_directories(dir);
    std::ofstream(dir / "index.html", std::ios::binary) << page;
    bytes += page.size();
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("floor: %zu pages in %.1f ms (%.0f pages/s, %zu bytes)\n", files.size(), ms, files.size() / (ms / 1000.0), bytes);
  return 0;
}
