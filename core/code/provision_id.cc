// Parsing and ordering provision ids.
#include "provision_id.h"

namespace cs {

namespace {

bool ParseNumber(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  if (s.size() > 1 && s[0] == '0') return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

}  // namespace

std::optional<std::pair<int, int>> ParseProvisionId(std::string_view id) {
  size_t dot = id.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  int major = 0, minor = 0;
  if (!ParseNumber(id.substr(0, dot), &major) || !ParseNumber(id.substr(dot + 1), &minor)) return std::nullopt;
  return std::make_pair(major, minor);
}

bool ProvisionIdLess(std::string_view a, std::string_view b) {
  auto pa = ParseProvisionId(a), pb = ParseProvisionId(b);
  if (pa && pb) return *pa < *pb;
  if (pa || pb) return bool(pa);
  return a < b;
}

}  // namespace cs
