// Tests for site/io/pagefind_stable: Pagefind's filter values sorted, the files renamed after their content and the
// names in the meta file and pagefind-entry.json updated; gzip round trips. (tests/quality/determinism.test.sh builds
// the example twice with the real Pagefind; tests/browser/search_index.test.mjs searches the result in Chromium.)
#include "pagefind_stable.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// CBOR: a text string (short), an array head (short), a small unsigned integer.
std::string Text(const std::string& s) { return std::string(1, static_cast<char>(0x60 + s.size())) + s; }
std::string Array(int n) { return std::string(1, static_cast<char>(0x80 + n)); }
std::string Uint(int n) { return std::string(1, static_cast<char>(n)); }

// A filter file's content as Pagefind writes it: ["provision", [[value, [pages]]...]] with `values` in that order.
std::string Filter(const std::vector<std::string>& values) {
  std::string out = "pagefind_dcd" + Array(2) + Text("provision") + Array(static_cast<int>(values.size()));
  for (const auto& v : values) out += Array(2) + Text(v) + Array(2) + Uint(v.size()) + Uint(7);
  return out;
}

}  // namespace

TEST_CASE("pagefind stable: gzip round trip, and the same bytes give the same gzip") {
  std::string text = "pagefind_dcd" + std::string(3000, 'x') + "end";
  std::string gz = cs::Gzip(text);
  CHECK(gz.size() < text.size());
  CHECK(gz == cs::Gzip(text));
  std::string back;
  REQUIRE(cs::Gunzip(gz, &back));
  CHECK(back == text);
  CHECK_FALSE(cs::Gunzip("not gzip", &back));
}

TEST_CASE("pagefind stable: pairs are sorted by their text, other arrays keep their order") {
  std::string a = Filter({"6.3", "1.2", "10.1"}).substr(12), b = Filter({"10.1", "6.3", "1.2"}).substr(12);
  CHECK(a != b);
  CHECK(cs::CanonicalCborPairs(a) == cs::CanonicalCborPairs(b));
  CHECK(cs::CanonicalCborPairs(a).size() == a.size());
  // Keys sort by their CBOR bytes: shorter texts first, then byte order.
  CHECK(cs::CanonicalCborPairs(a) == Filter({"1.2", "6.3", "10.1"}).substr(12));
  std::string numbers = Array(3) + Uint(3) + Uint(1) + Uint(2);
  CHECK(cs::CanonicalCborPairs(numbers) == numbers);
  std::string repeated = Array(2) + Array(2) + Text("b") + Uint(1) + Array(2) + Text("b") + Uint(0);
  CHECK(cs::CanonicalCborPairs(repeated) == repeated);  // not a map: left alone
  CHECK(cs::CanonicalCborPairs(Array(2) + Uint(1)).empty());  // truncated
}

TEST_CASE("pagefind stable: the index is renamed after its content and every name of it follows") {
  auto index = [](const std::vector<std::string>& values, const std::string& filter_id, const std::string& meta_id) {
    cs::FileMap files;
    files["pagefind/filter/" + filter_id + ".pf_filter"] = cs::Gzip(Filter(values));
    files["pagefind/pagefind." + meta_id + ".pf_meta"] =
        cs::Gzip("pagefind_dcd" + Array(2) + Text("provision") + Text(filter_id));
    files["pagefind/pagefind-entry.json"] = "{\"languages\":{\"en\":{\"hash\":\"" + meta_id + "\"}}}";
    files["pagefind/fragment/en_1234567.pf_fragment"] = "unchanged";
    return files;
  };
  cs::FileMap first = index({"6.3", "1.2", "10.1"}, "en_aaaaaaa", "en_bbbbbbbbbb");
  cs::FileMap second = index({"10.1", "6.3", "1.2"}, "en_ccccccc", "en_dddddddddd");
  REQUIRE(cs::StabiliseSearchIndex(&first) == "");
  REQUIRE(cs::StabiliseSearchIndex(&second) == "");
  CHECK(first == second);
  REQUIRE(first.size() == 4);
  CHECK(first.at("pagefind/fragment/en_1234567.pf_fragment") == "unchanged");
  std::string filter, meta;
  for (const auto& entry : first) {
    const std::string& path = entry.first;
    if (path.rfind("pagefind/filter/", 0) == 0) filter = path.substr(16, path.size() - 16 - 10);
    if (path.rfind("pagefind/pagefind.", 0) == 0 && path.size() > 26) meta = path.substr(18, path.size() - 18 - 8);
  }
  CHECK(filter.size() == 10);
  CHECK(filter != "en_aaaaaaa");
  CHECK(meta.size() == 13);
  std::string meta_text;
  REQUIRE(cs::Gunzip(first.at("pagefind/pagefind." + meta + ".pf_meta"), &meta_text));
  CHECK(meta_text.find(filter) != std::string::npos);
  CHECK(first.at("pagefind/pagefind-entry.json").find("\"" + meta + "\"") != std::string::npos);

  cs::FileMap broken;
  broken["pagefind/filter/en_aaaaaaa.pf_filter"] = "not gzip";
  CHECK(cs::StabiliseSearchIndex(&broken).find("not a gzip file") != std::string::npos);
  CHECK(broken.at("pagefind/filter/en_aaaaaaa.pf_filter") == "not gzip");
}
