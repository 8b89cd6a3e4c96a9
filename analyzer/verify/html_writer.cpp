#include "verify/writers.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace hoist::verify {
namespace {

std::string escape(const std::string &text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '&':
      out += "&amp;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string number(double value, const char *format = "%.2f") {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

constexpr const char *kStyle = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #1d2330; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.8em; }
.verdict { padding: .8em 1em; border-radius: 6px; font-weight: 600; }
.pass { background: #e3f6e8; color: #14532d; } .fail { background: #fde8e8; color: #7f1d1d; }
.inconclusive { background: #fef3c7; color: #78350f; }
table { border-collapse: collapse; } td, th { padding: .3em .9em; border-bottom: 1px solid #e3e6ec; text-align: right; }
th:first-child, td:first-child { text-align: left; }
pre { background: #f6f8fa; padding: 1em; overflow-x: auto; font-size: 13px; }
.add { color: #116329; } .del { color: #a40e26; }
.legend span { display: inline-block; width: .9em; height: .9em; margin: 0 .3em 0 1em; vertical-align: middle; }
svg text { font: 11px system-ui, sans-serif; fill: #4b5563; }
rect.bar:hover { opacity: .7; }
)";

// Bars per invocation, original and fixed side by side, on a log scale so
// cold starts and sub-millisecond warm invokes both show.
void write_chart(std::ostream &out, const Verification &v) {
  const auto &before = v.original.invocations;
  const auto &after = v.after_fix.invocations;
  const std::size_t count = std::min(before.size(), after.size());
  const double width = 940, height = 300, left = 60, bottom = 40, top = 20;
  double highest = 1;
  for (std::size_t i = 0; i < count; ++i)
    highest = std::max({highest, before[i].duration_ms, after[i].duration_ms});
  const double low = 0.01; // 10 microseconds: the floor of the scale
  const double decades = std::ceil(std::log10(highest / low));
  auto y = [&](double ms) {
    double scaled = std::log10(std::max(ms, low) / low) / decades;
    return top + (height - top - bottom) * (1 - scaled);
  };
  const double slot = (width - left - 10) / std::max<std::size_t>(count, 1);
  const double bar = std::min(slot * 0.38, 28.0);
  out << "<svg id=\"latency-chart\" role=\"img\" aria-label=\"latency per "
         "invocation\" "
      << "width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
      << width << " " << height << "\">\n";
  for (int d = 0; d <= decades; ++d) {
    double ms = low * std::pow(10, d);
    double at = y(ms);
    out << "<line x1=\"" << left << "\" x2=\"" << width - 10 << "\" y1=\"" << at
        << "\" y2=\"" << at << "\" stroke=\"#e5e7eb\"/>"
        << "<text x=\"" << left - 6 << "\" y=\"" << at + 4
        << "\" text-anchor=\"end\">"
        << (ms < 1 ? number(ms, "%g") : number(ms, "%.0f")) << " ms</text>\n";
  }
  for (std::size_t i = 0; i < count; ++i) {
    double x = left + slot * i + slot / 2;
    for (int side = 0; side < 2; ++side) {
      const runtime::InvokeRecord &record = side == 0 ? before[i] : after[i];
      double bx = side == 0 ? x - bar - 1 : x + 1;
      double by = y(record.duration_ms);
      out << "<rect class=\"bar " << (side == 0 ? "original" : "fixed")
          << "\" x=\"" << bx << "\" y=\"" << by << "\" width=\"" << bar
          << "\" height=\"" << (height - bottom - by) << "\" fill=\""
          << (side == 0 ? "#9ca3af" : "#2563eb") << "\"><title>"
          << (side == 0 ? "original" : "fixed") << ", invocation " << i + 1
          << ": " << number(record.duration_ms) << " ms"
          << (record.cold ? " (cold start)" : "") << "</title></rect>\n";
    }
    out << "<text x=\"" << x << "\" y=\"" << height - bottom + 14
        << "\" text-anchor=\"middle\">" << i + 1 << "</text>\n";
    if (before[i].cold || after[i].cold)
      out << "<text class=\"cold\" x=\"" << x << "\" y=\""
          << height - bottom + 28
          << "\" text-anchor=\"middle\" fill=\"#b45309\">cold start</text>\n";
  }
  out << "</svg>\n";
}

void write_diff(std::ostream &out, const std::string &diff) {
  out << "<pre id=\"diff\">";
  std::istringstream lines(diff);
  std::string line;
  while (std::getline(lines, line)) {
    const char *kind = line.rfind("+++", 0) == 0 || line.rfind("---", 0) == 0
                           ? nullptr
                       : !line.empty() && line[0] == '+' ? "add"
                       : !line.empty() && line[0] == '-' ? "del"
                                                         : nullptr;
    if (kind)
      out << "<span class=\"" << kind << "\">" << escape(line) << "</span>\n";
    else
      out << escape(line) << "\n";
  }
  out << "</pre>\n";
}

} // namespace

void write_verify_html(std::ostream &out, const Verification &v) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
         "charset=\"utf-8\">\n"
      << "<title>hoist verify: " << escape(v.handler) << "</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n";
  out << "<h1>hoist verify: <code>" << escape(v.handler) << "</code></h1>\n";
  out << "<p>Task root <code>" << escape(v.root) << "</code>; "
      << v.fixes_applied << " fix" << (v.fixes_applied == 1 ? "" : "es")
      << " applied; 1 cold and "
      << (v.original.invocations.empty() ? 0
                                         : v.original.invocations.size() - 1)
      << " warm invocations per run.</p>\n";
  std::vector<std::string> environment = environment_lines(v.environment);
  if (!environment.empty()) {
    out << "<ul id=\"environment\">\n";
    for (const std::string &line : environment)
      out << "<li>" << escape(line) << "</li>\n";
    out << "</ul>\n";
  }
  const Verdict verdict = v.verdict();
  const char *style = verdict == Verdict::Verified      ? "pass"
                      : verdict == Verdict::NotVerified ? "fail"
                                                        : "inconclusive";
  std::string name = verdict_name(verdict);
  name[0] = static_cast<char>(std::toupper(name[0]));
  out << "<p id=\"verdict\" class=\"verdict " << style << "\">" << name << ": "
      << escape(verdict_reason(v)) << ".";
  out << "</p>\n";

  out << "<h2>Latency per invocation</h2>\n<p class=\"legend\"><span "
         "style=\"background:#9ca3af\">"
      << "</span>original<span style=\"background:#2563eb\"></span>fixed "
      << "(log scale; hover a bar for its value)</p>\n";
  write_chart(out, v);

  out << "<h2>Constructions and latency</h2>\n<table id=\"summary\">\n"
      << "<tr><th></th><th>original</th><th>fixed</th></tr>\n";
  for (const SummaryRow &row : summary_rows(v))
    out << "<tr><td>" << row.label << "</td><td>" << row.original << "</td><td>"
        << row.fixed << "</td></tr>\n";
  out << "</table>\n";

  if (!v.fixed.empty() || !v.remaining.empty()) {
    out << "<h2>Findings</h2>\n<ul>\n";
    for (const FindingSite &site : v.fixed)
      out << "<li>fixed: <code>" << escape(site.file) << ":" << site.line
          << "</code> " << escape(site.rule) << "</li>\n";
    for (const FindingSite &site : v.remaining)
      out << "<li>not fixed: <code>" << escape(site.file) << ":" << site.line
          << "</code> " << escape(site.rule) << "</li>\n";
    out << "</ul>\n";
  }
  out << "<h2>The verified change</h2>\n";
  write_diff(out, v.diff.empty() ? "(no change)" : v.diff);
  // Marks the page as rendered; a script error before this line leaves the
  // mark off, which the report's test checks.
  out << "<script>document.documentElement.dataset.rendered = "
         "document.querySelectorAll('#latency-chart "
         "rect.bar').length;</script>\n";
  out << "</body>\n</html>\n";
}

} // namespace hoist::verify
