// Tests for site/svg_chart: accessible, deterministic SVG with the same numbers in a table.
#include <doctest/doctest.h>

#include <regex>

#include "svg_chart.h"

namespace {

cs::ChartData Sample() {
  cs::ChartData d;
  d.id = "by-category";
  d.title = "Complaints by category";
  d.description = "Repairs had the most complaints: 40 at stage 1 and 6 at stage 2.";
  d.category_heading = "Category";
  d.categories = {"Repairs", "Damp and mould", "Anti-social behaviour"};
  d.series = {{"Stage 1", {40, 17, 3}}, {"Stage 2", {6, 0, 1}}};
  return d;
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("svg chart: bars are accessible and repeat their numbers in a table") {
  std::string html = cs::BarChartHtml(Sample());
  CHECK(html.find("role=\"img\"") != std::string::npos);
  CHECK(html.find("aria-labelledby=\"by-category-title by-category-desc\"") != std::string::npos);
  CHECK(html.find("<title id=\"by-category-title\">Complaints by category</title>") != std::string::npos);
  CHECK(html.find("<desc id=\"by-category-desc\">Repairs had the most") != std::string::npos);
  CHECK(html.find("viewBox=\"0 0 320 ") != std::string::npos);
  CHECK(html.find("<caption>Complaints by category</caption>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Damp and mould</th><td class=\"numeric\">17</td><td class=\"numeric\">0</td></tr>") !=
        std::string::npos);
  // Each bar is labelled with its series and value, so colour is never the only cue.
  CHECK(html.find(">Stage 1: 40</text>") != std::string::npos);
  CHECK(html.find(">Stage 2: 1</text>") != std::string::npos);
  CHECK(Count(html, "<rect ") == 6);  // one per bar; no legend, each bar is labelled
  // The table comes right after the figure.
  CHECK(html.find("</div>\n<table class=\"chart-table\"") != std::string::npos);
  // The longest bar is the largest value and uses the whole bar space (320 - 8 - 115 = 197).
  CHECK(html.find("width=\"197\"") != std::string::npos);
  // Long category names are shortened in the drawing only; the table has them in full.
  cs::ChartData long_names = Sample();
  long_names.categories[0] = "Repairs to communal heating and hot water systems";
  std::string clipped = cs::BarChartHtml(long_names);
  CHECK(clipped.find(">Repairs to communal heating a…</text>") != std::string::npos);
  CHECK(clipped.find("<th scope=\"row\">Repairs to communal heating and hot water systems</th>") != std::string::npos);
  CHECK(html.find("style=") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("svg chart: output is deterministic and escapes every text") {
  CHECK(cs::BarChartHtml(Sample()) == cs::BarChartHtml(Sample()));
  CHECK(cs::LineChartHtml(Sample()) == cs::LineChartHtml(Sample()));
  cs::ChartData d = Sample();
  d.title = "<script>alert(1)</script>";
  d.description = "\" onmouseover=\"x";
  d.categories[0] = "<img src=x onerror=alert(1)>";
  d.series[0].label = "S&1";
  d.id = "a\"b";
  for (const std::string& html : {cs::BarChartHtml(d), cs::LineChartHtml(d)}) {
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("\" onmouseover") == std::string::npos);
    CHECK(html.find("S&amp;1") != std::string::npos);
  }
}

TEST_CASE("svg chart: a line over months with round gridlines") {
  cs::ChartData d;
  d.id = "monthly";
  d.title = "Complaints received each month";
  d.description = "Stage 1 complaints peaked in January.";
  d.category_heading = "Month";
  const char* months[] = {"April 2025", "May 2025", "June 2025", "July 2025", "August 2025", "September 2025", "October 2025",
                          "November 2025", "December 2025", "January 2026", "February 2026", "March 2026"};
  const char* short_months[] = {"Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"};
  for (int i = 0; i < 12; ++i) {
    d.categories.push_back(months[i]);
    d.short_labels.push_back(short_months[i]);
  }
  d.series = {{"Stage 1", {20, 22, 25, 19, 18, 24, 27, 30, 21, 33, 26, 23}}, {"Stage 2", {3, 2, 4, 3, 1, 5, 4, 6, 2, 5, 4, 3}}};
  std::string html = cs::LineChartHtml(d);
  CHECK(Count(html, "<polyline ") == 2);
  CHECK(Count(html, "<circle ") == 12);
  CHECK(html.find("stroke-dasharray=\"6 4\"") != std::string::npos);  // stage 2 is dashed
  // Max 33 -> step 10 -> gridlines 0, 10, 20, 30, 40.
  for (const char* t : {">0</text>", ">10</text>", ">20</text>", ">30</text>", ">40</text>"}) CHECK(html.find(t) != std::string::npos);
  CHECK(html.find(">50</text>") == std::string::npos);
  // Every second month on the axis; all twelve in the table.
  CHECK(html.find(">Apr</text>") != std::string::npos);
  CHECK(html.find(">May</text>") == std::string::npos);
  CHECK(html.find("<th scope=\"row\">May 2025</th><td class=\"numeric\">22</td><td class=\"numeric\">2</td>") != std::string::npos);
  // Legend on one line (24 high) -> plot from y 36 to 206. First point: x = 40, y = 206 - 170 * 20 / 40 = 121.
  CHECK(html.find("points=\"40,121 ") != std::string::npos);
  std::regex number_attr("(x|y|width|height|cx|cy)=\"-?[0-9]+(\\.[0-9])?\"");
  CHECK(std::regex_search(html, number_attr));
  CHECK(html.find("nan") == std::string::npos);
}

TEST_CASE("svg chart: empty data still makes a valid chart") {
  cs::ChartData d = Sample();
  d.categories.clear();
  for (auto& s : d.series) s.values.clear();
  CHECK(cs::BarChartHtml(d).find("</svg>") != std::string::npos);
  CHECK(cs::LineChartHtml(d).find("</svg>") != std::string::npos);
}
