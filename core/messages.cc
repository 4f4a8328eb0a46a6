// Looks up and fills the engine's plain-English sentences.
#include "messages.h"

#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

std::string FillPlaceholders(std::string_view text, const MessageValues& values) {
  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = text.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [k, v] : values) {
          if (k == name) {
            out += v;
            found = true;
            break;
          }
        }
        if (found) {
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::string Message(std::string_view key, const MessageValues& values) {
  static const nlohmann::json kMessages = [] {
    std::string_view text = EmbeddedDataFile("next-steps.en.json");
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  }();
  if (!kMessages.is_object()) return {};
  auto it = kMessages.find(std::string(key));
  if (it == kMessages.end() || !it->is_string()) return {};
  return FillPlaceholders(it->get_ref<const std::string&>(), values);
}

}  // namespace cs
