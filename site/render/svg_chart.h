// Accessible inline SVG charts made at build time (no JavaScript, no charting library in the browser).
#pragma once

#include <string>
#include <vector>

namespace cs {

/// One set of values, one per category (e.g. "Stage 1": complaints per category).
struct ChartSeries {
  std::string label;
  std::vector<int> values;
};

/// The data of a chart. Every string is plain text (escaped on output).
struct ChartData {
  std::string id;           ///< unique on the page; used for element ids ("<id>-title", "<id>-desc")
  std::string title;        ///< the chart's <title> and the table's caption
  std::string description;  ///< the chart's <desc>: what it shows, in a sentence or two, with the key numbers
  std::string category_heading;          ///< the table's first column heading, e.g. "Category" or "Month"
  std::vector<std::string> categories;   ///< bar groups or x-axis points, in order
  std::vector<std::string> short_labels; ///< optional x-axis labels for a line chart ("Apr"); defaults to categories
  std::vector<ChartSeries> series;       ///< at most 4; each must have one value per category
  std::string note;  ///< a sentence under the chart pointing to the table of the same figures; none when empty
};

/// A horizontal bar chart: one group per category, one bar per series, each bar labelled with its series and
/// value so colour is never the only cue. Returns a <div class="chart"> holding the SVG (role="img", aria-labelledby its
/// <title> and <desc>, a viewBox so it scales to the screen) followed by a table of the same numbers.
/// Deterministic: the same data always gives the same bytes.
std::string BarChartHtml(const ChartData& data);

/// A line chart over the categories (e.g. months), one line per series, different markers and dash patterns
/// per series, y-axis gridlines at round numbers; the same chart-then-table output as BarChartHtml.
std::string LineChartHtml(const ChartData& data);

/// The table alone: <table class="chart-table"> with a caption, header scopes and one row per category.
std::string ChartTableHtml(const ChartData& data);

}  // namespace cs
