// Bar and line charts as inline SVG plus a data table, with fixed layout arithmetic so output is deterministic.
//
// Sizes are in viewBox user units. The viewBox is 320 wide and the SVG is width="100%", so on a 320 px phone
// (about 290 px of content) one unit is about 0.9 px and the 16-17 unit text renders at about 14.5-15.5 px,
// close to the body text; on wider screens everything scales up together (the stylesheet may cap the width). Only presentation attributes are used (no style attributes), so the
// charts work under Content-Security-Policy: default-src 'self'.
#include "svg_chart.h"

#include <algorithm>
#include <cstdio>

#include "html.h"

namespace cs {

namespace {

constexpr int kWidth = 320;
constexpr int kFont = 17;
constexpr int kSmallFont = 16;
constexpr size_t kMaxLabel = 30;  // characters of a category name drawn in the SVG; the table has it in full
const char* const kFills[] = {"#1d5b79", "#8a4b08", "#3d6b21", "#5b3f8c"};  // all >= 4.5:1 on white
const char* const kDashes[] = {"", "6 4", "2 3", "8 3 2 3"};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

int MaxValue(const ChartData& d) {
  int m = 0;
  for (const auto& s : d.series)
    for (int v : s.values) m = std::max(m, v);
  return m;
}

int ValueAt(const ChartSeries& s, size_t i) { return i < s.values.size() ? s.values[i] : 0; }

/// A round step giving at most 5 gridlines above zero: 1, 2, 5, 10, 20, 50 ...
int NiceStep(int max) {
  int step = 1;
  for (int scale = 1;; scale *= 10) {
    for (int m : {1, 2, 5}) {
      step = m * scale;
      if (max <= step * 5) return step;
    }
  }
}

std::string Open(const ChartData& d, int height, const char* kind) {
  std::string id = EscapeHtml(d.id);
  // A <div>, not a <figure>: browsers give figures 40 px side margins, which would shrink the chart on a phone.
  std::string s = "<div class=\"chart chart--" + std::string(kind) + "\" id=\"" + id + "\">\n";
  s += "<svg class=\"chart__svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
       std::to_string(height) + "\" width=\"100%\" role=\"img\" aria-labelledby=\"" + id + "-title " + id +
       "-desc\" font-family=\"inherit\" font-size=\"" + std::to_string(kFont) + "\">\n";
  s += "<title id=\"" + id + "-title\">" + EscapeHtml(d.title) + "</title>\n";
  s += "<desc id=\"" + id + "-desc\">" + EscapeHtml(d.description) + "</desc>\n";
  return s;
}

std::string Close(const ChartData& d) {
  std::string note = d.note.empty() ? "" : "<p class=\"chart__note\">" + EscapeHtml(d.note) + "</p>\n";
  return "</svg>\n" + note + "</div>\n" + ChartTableHtml(d);
}

/// Legend entries left to right, wrapping to a new line when the next would not fit. Returns the height used.
std::string Legend(const ChartData& d, int y, bool lines, int* height) {
  std::string s;
  int x = 4;
  const int first_y = y;
  for (size_t i = 0; i < d.series.size() && i < 4; ++i) {
    int w = 30 + static_cast<int>(d.series[i].label.size()) * 10 + 16;
    if (x > 4 && x + w > kWidth) {
      x = 4;
      y += 24;
    }
    if (lines) {
      s += "<line x1=\"" + std::to_string(x) + "\" y1=\"" + std::to_string(y - 5) + "\" x2=\"" + std::to_string(x + 24) +
           "\" y2=\"" + std::to_string(y - 5) + "\" stroke=\"" + kFills[i] + "\" stroke-width=\"3\"" +
           (kDashes[i][0] ? std::string(" stroke-dasharray=\"") + kDashes[i] + "\"" : "") + "/>";
    } else {
      s += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y - 12) + "\" width=\"24\" height=\"12\" fill=\"" +
           kFills[i] + "\"/>";
    }
    s += "<text x=\"" + std::to_string(x + 30) + "\" y=\"" + std::to_string(y) + "\">" + EscapeHtml(d.series[i].label) + "</text>\n";
    x += w;
  }
  *height = y - first_y + 24;
  return s;
}

std::string Clip(const std::string& label) {
  if (label.size() <= kMaxLabel) return label;
  size_t cut = kMaxLabel - 1;
  while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return label.substr(0, cut) + "…";
}

}  // namespace

std::string ChartTableHtml(const ChartData& d) {
  std::string s = "<table class=\"chart-table\" id=\"" + EscapeHtml(d.id) + "-table\">\n<caption>" + EscapeHtml(d.title) +
                  "</caption>\n<thead><tr><th scope=\"col\">" + EscapeHtml(d.category_heading) + "</th>";
  for (const auto& series : d.series) s += "<th scope=\"col\" class=\"numeric\">" + EscapeHtml(series.label) + "</th>";
  s += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < d.categories.size(); ++i) {
    s += "<tr><th scope=\"row\">" + EscapeHtml(d.categories[i]) + "</th>";
    for (const auto& series : d.series) s += "<td class=\"numeric\">" + std::to_string(ValueAt(series, i)) + "</td>";
    s += "</tr>\n";
  }
  return s + "</tbody>\n</table>\n";
}

std::string BarChartHtml(const ChartData& d) {
  const int series = static_cast<int>(std::min<size_t>(d.series.size(), 4));
  const int label_height = 24, bar_height = 20, bar_gap = 4, group_gap = 14, top = 0;
  const int group_height = label_height + series * (bar_height + bar_gap) + group_gap;
  const int height = top + static_cast<int>(d.categories.size()) * group_height + 4;
  const int max = std::max(1, MaxValue(d));
  const double bar_space = kWidth - 8 - 115;  // room on the right for "Stage 1: 123"
  std::string s = Open(d, height, "bar");  // no legend: every bar is labelled with its series
  int y = top;
  for (size_t c = 0; c < d.categories.size(); ++c) {
    s += "<g>\n<text x=\"4\" y=\"" + std::to_string(y + 16) + "\" font-weight=\"bold\">" + EscapeHtml(Clip(d.categories[c])) + "</text>\n";
    int by = y + label_height;
    for (int i = 0; i < series; ++i) {
      int v = ValueAt(d.series[static_cast<size_t>(i)], c);
      double w = bar_space * v / max;
      s += "<rect x=\"4\" y=\"" + std::to_string(by) + "\" width=\"" + Num(w) + "\" height=\"" + std::to_string(bar_height) +
           "\" fill=\"" + kFills[i] + "\"/>";
      s += "<text x=\"" + Num(4 + w + 6) + "\" y=\"" + std::to_string(by + 16) + "\" font-size=\"" + std::to_string(kSmallFont) +
           "\">" + EscapeHtml(d.series[static_cast<size_t>(i)].label) + ": " + std::to_string(v) + "</text>\n";
      by += bar_height + bar_gap;
    }
    s += "</g>\n";
    y += group_height;
  }
  return s + Close(d);
}

std::string LineChartHtml(const ChartData& d) {
  int legend_height = 0;
  std::string legend = Legend(d, 18, true, &legend_height);
  const int top = legend_height + 12, bottom = top + 170, height = bottom + 34, left = 40, right = kWidth - 12;
  const int series = static_cast<int>(std::min<size_t>(d.series.size(), 4));
  const int step = NiceStep(std::max(1, MaxValue(d)));
  int ticks = (std::max(1, MaxValue(d)) + step - 1) / step;
  const int top_value = std::max(1, ticks) * step;
  const size_t n = d.categories.size();
  auto x_at = [&](size_t i) { return n <= 1 ? (left + right) / 2.0 : left + (right - left) * static_cast<double>(i) / (n - 1); };
  auto y_at = [&](int v) { return bottom - (bottom - top) * static_cast<double>(v) / top_value; };
  std::string s = Open(d, height, "line") + legend;
  for (int t = 0; t <= top_value; t += step) {
    std::string y = Num(y_at(t));
    s += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + y + "\" x2=\"" + std::to_string(right) + "\" y2=\"" + y +
         "\" stroke=\"#b1b4b6\" stroke-width=\"1\"/><text x=\"" + std::to_string(left - 6) + "\" y=\"" + Num(y_at(t) + 5) +
         "\" text-anchor=\"end\" font-size=\"" + std::to_string(kSmallFont) + "\">" + std::to_string(t) + "</text>\n";
  }
  // Every second label so that they never collide on a phone; the table has every one.
  for (size_t i = 0; i < n; i += (n > 7 ? 2 : 1)) {
    const std::string& label = i < d.short_labels.size() ? d.short_labels[i] : d.categories[i];
    s += "<text x=\"" + Num(x_at(i)) + "\" y=\"" + std::to_string(bottom + 22) + "\" text-anchor=\"middle\" font-size=\"" +
         std::to_string(kSmallFont) + "\">" + EscapeHtml(label) + "</text>\n";
  }
  for (int k = 0; k < series; ++k) {
    const ChartSeries& sr = d.series[static_cast<size_t>(k)];
    std::string points;
    for (size_t i = 0; i < n; ++i) points += (i ? " " : "") + Num(x_at(i)) + "," + Num(y_at(ValueAt(sr, i)));
    s += "<g>\n<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + kFills[k] + "\" stroke-width=\"3\"" +
         (kDashes[k][0] ? std::string(" stroke-dasharray=\"") + kDashes[k] + "\"" : "") + "/>\n";
    for (size_t i = 0; i < n; ++i) {
      double x = x_at(i), y = y_at(ValueAt(sr, i));
      if (k % 2 == 0)
        s += "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"4\" fill=\"" + kFills[k] + "\"/>";
      else
        s += "<rect x=\"" + Num(x - 4) + "\" y=\"" + Num(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + kFills[k] + "\"/>";
    }
    s += "\n</g>\n";
  }
  return s + Close(d);
}

}  // namespace cs
