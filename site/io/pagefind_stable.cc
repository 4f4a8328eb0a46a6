// Sorting Pagefind's filter values so the same site gives the same index (pagefind_stable.h).
#include "pagefind_stable.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

#include "html.h"

namespace cs {

namespace {

constexpr std::string_view kSignature = "pagefind_dcd";  // what every Pagefind data file starts with, uncompressed

struct CborHead {
  int major = 0;
  std::uint64_t value = 0;  // the count, length or number of the head
  size_t end = 0;           // where the head ends
};

bool ReadHead(std::string_view d, size_t pos, CborHead* head) {
  if (pos >= d.size()) return false;
  auto initial = static_cast<unsigned char>(d[pos]);
  head->major = initial >> 5;
  int info = initial & 31;
  size_t extra = info < 24 ? 0 : info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 99;
  if (extra == 99 || pos + 1 + extra > d.size()) return false;  // indefinite lengths are not Pagefind's
  head->value = info < 24 ? static_cast<std::uint64_t>(info) : 0;
  for (size_t i = 0; i < extra; ++i) head->value = head->value << 8 | static_cast<unsigned char>(d[pos + 1 + i]);
  head->end = pos + 1 + extra;
  return true;
}

// The end of the item at `pos`, or npos when it is not well formed.
size_t SkipItem(std::string_view d, size_t pos, int depth = 0) {
  CborHead head;
  if (depth > 64 || !ReadHead(d, pos, &head)) return std::string_view::npos;
  switch (head.major) {
    case 2:
    case 3: return head.value > d.size() - head.end ? std::string_view::npos : head.end + head.value;
    case 4:
    case 5: {
      std::uint64_t items = head.major == 5 ? head.value * 2 : head.value;
      if (items > d.size()) return std::string_view::npos;
      size_t at = head.end;
      for (std::uint64_t i = 0; i < items && at != std::string_view::npos; ++i) at = SkipItem(d, at, depth + 1);
      return at;
    }
    case 6: return SkipItem(d, head.end, depth + 1);
    default: return head.end;  // integers, simple values, floats: the head is the item
  }
}

// The canonical bytes of the item d[pos, end).
std::string Canonical(std::string_view d, size_t pos, size_t end, int depth) {
  CborHead head;
  if (depth > 64 || !ReadHead(d, pos, &head) || head.major != 4 || head.value == 0) return std::string(d.substr(pos, end - pos));
  // An array: when every element is [text, value], sort the elements by the text (the keys must differ); else
  // keep the order and make each element canonical.
  std::vector<std::pair<std::string, std::string>> pairs;  // key bytes, the pair's canonical bytes
  std::string in_order(d.substr(pos, head.end - pos));
  bool all_pairs = true;
  size_t at = head.end;
  for (std::uint64_t i = 0; i < head.value; ++i) {
    size_t next = SkipItem(d, at);
    in_order += Canonical(d, at, next, depth + 1);
    CborHead pair, key;
    if (!all_pairs || !ReadHead(d, at, &pair) || pair.major != 4 || pair.value != 2 || !ReadHead(d, pair.end, &key) ||
        key.major != 3) {
      all_pairs = false;
      at = next;
      continue;
    }
    size_t key_end = SkipItem(d, pair.end);
    pairs.emplace_back(std::string(d.substr(pair.end, key_end - pair.end)),
                       std::string(d.substr(at, key_end - at)) + Canonical(d, key_end, next, depth + 1));
    at = next;
  }
  if (!all_pairs) return in_order;
  std::sort(pairs.begin(), pairs.end());
  for (size_t i = 1; i < pairs.size(); ++i)
    if (pairs[i].first == pairs[i - 1].first) return in_order;
  std::string out(d.substr(pos, head.end - pos));
  for (const auto& p : pairs) out += p.second;
  return out;
}

// "pagefind/filter/en_2cd6378.pf_filter" -> "en_2cd6378" (the part between `prefix` and `suffix`).
std::string Between(const std::string& path, const std::string& prefix, const std::string& suffix) {
  if (path.size() <= prefix.size() + suffix.size() || path.compare(0, prefix.size(), prefix) != 0 ||
      path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
    return "";
  return path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
}

// "en_2cd6378" with a new hash of `content` of the same length: "en_" + ContentHash.
std::string Renamed(const std::string& id, const std::string& content) {
  size_t underscore = id.rfind('_');
  if (underscore == std::string::npos || id.size() - underscore - 1 > 16) return "";
  return id.substr(0, underscore + 1) + ContentHash(content, static_cast<int>(id.size() - underscore - 1));
}

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text->find(from, at)) != std::string::npos; at += to.size()) text->replace(at, from.size(), to);
}

}  // namespace

std::string Gzip(const std::string& bytes) {
  z_stream s{};
  if (deflateInit2(&s, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out(deflateBound(&s, static_cast<uLong>(bytes.size())) + 32, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  s.avail_in = static_cast<uInt>(bytes.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return rc == Z_STREAM_END ? out : "";
}

bool Gunzip(const std::string& gz, std::string* bytes) {
  z_stream s{};
  if (inflateInit2(&s, 15 + 32) != Z_OK) return false;
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  s.avail_in = static_cast<uInt>(gz.size());
  bytes->clear();
  char buffer[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    s.next_out = reinterpret_cast<Bytef*>(buffer);
    s.avail_out = sizeof buffer;
    rc = inflate(&s, Z_NO_FLUSH);
    bytes->append(buffer, sizeof buffer - s.avail_out);
    if (rc == Z_BUF_ERROR && s.avail_in == 0) break;
  }
  inflateEnd(&s);
  return rc == Z_STREAM_END;
}

std::string CanonicalCborPairs(const std::string& cbor) {
  size_t end = SkipItem(cbor, 0);
  if (end != cbor.size()) return "";
  return Canonical(cbor, 0, end, 0);
}

std::string StabiliseSearchIndex(FileMap* files) {
  std::map<std::string, std::string> renamed;  // old id -> new id, for the files that name them
  FileMap rewritten;
  std::vector<std::string> removed;
  for (const auto& [path, gz] : *files) {
    std::string id = Between(path, "pagefind/filter/", ".pf_filter");
    if (id.empty()) continue;
    std::string data;
    if (!Gunzip(gz, &data) || data.compare(0, kSignature.size(), kSignature) != 0)
      return path + " is not a gzip file with Pagefind's signature";
    std::string canonical = CanonicalCborPairs(data.substr(kSignature.size()));
    if (canonical.empty()) return path + " is not the CBOR that Pagefind writes";
    std::string content = std::string(kSignature) + canonical;
    std::string new_id = Renamed(id, content);
    if (new_id.empty()) return path + ": a name this code does not know";
    renamed[id] = new_id;
    removed.push_back(path);
    rewritten["pagefind/filter/" + new_id + ".pf_filter"] = Gzip(content);
  }
  if (renamed.empty()) return "";
  std::map<std::string, std::string> meta_renamed;
  for (const auto& [path, gz] : *files) {
    std::string id = Between(path, "pagefind/pagefind.", ".pf_meta");
    if (id.empty()) continue;
    std::string data;
    if (!Gunzip(gz, &data)) return path + " is not a gzip file";
    for (const auto& [from, to] : renamed) ReplaceAll(&data, from, to);  // the same length: the CBOR stays valid
    std::string new_id = Renamed(id, data);
    if (new_id.empty()) return path + ": a name this code does not know";
    meta_renamed[id] = new_id;
    removed.push_back(path);
    rewritten["pagefind/pagefind." + new_id + ".pf_meta"] = Gzip(data);
  }
  auto entry = files->find("pagefind/pagefind-entry.json");
  if (entry == files->end()) return "pagefind/pagefind-entry.json is missing";
  std::string json = entry->second;
  for (const auto& [from, to] : meta_renamed) ReplaceAll(&json, "\"" + from + "\"", "\"" + to + "\"");
  rewritten["pagefind/pagefind-entry.json"] = std::move(json);
  for (const auto& path : removed) files->erase(path);
  for (auto& [path, bytes] : rewritten) (*files)[path] = std::move(bytes);
  return "";
}

}  // namespace cs
