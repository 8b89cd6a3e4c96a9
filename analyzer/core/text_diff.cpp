#include "core/text_diff.h"

#include <algorithm>
#include <vector>

namespace hoist {
namespace {

/// Lines with their terminators, so a missing final newline is a difference.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op { Keep, Remove, Add };

/// Myers' O(ND) shortest edit script over lines.
std::vector<Op> edit_script(const std::vector<std::string_view> &a,
                            const std::vector<std::string_view> &b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;
  int offset = max + 1;
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1]
                  : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y])
        ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        // Walk the trace back into a script.
        std::vector<Op> script;
        int cx = n, cy = m;
        for (int e = d; e > 0; --e) {
          const std::vector<int> &previous = trace[e];
          int ck = cx - cy;
          int pk = (ck == -e || (ck != e && previous[offset + ck - 1] <
                                                previous[offset + ck + 1]))
                       ? ck + 1
                       : ck - 1;
          int px = previous[offset + pk], py = px - pk;
          while (cx > px && cy > py)
            script.push_back(Op::Keep), --cx, --cy;
          script.push_back(cx == px ? Op::Add : Op::Remove);
          cx = px, cy = py;
        }
        while (cx > 0 && cy > 0)
          script.push_back(Op::Keep), --cx, --cy;
        std::reverse(script.begin(), script.end());
        return script;
      }
    }
  }
  return {};
}

void append_line(std::string &out, char mark, std::string_view line) {
  out += mark;
  out.append(line);
  if (line.empty() || line.back() != '\n')
    out += "\n\\ No newline at end of file\n";
}

} // namespace

std::string unified_diff(std::string_view before, std::string_view after,
                         const std::string &path) {
  if (before == after)
    return "";
  auto a = split_lines(before), b = split_lines(after);
  std::vector<Op> script = edit_script(a, b);
  constexpr std::size_t kContext = 3;
  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  // Group changes into hunks separated by more than 2 * context kept lines.
  std::size_t i = 0;
  while (i < script.size()) {
    if (script[i] == Op::Keep) {
      ++i;
      continue;
    }
    std::size_t start = i >= kContext ? i - kContext : 0, end = i;
    while (end < script.size()) {
      if (script[end] != Op::Keep) {
        ++end;
        continue;
      }
      std::size_t run = end;
      while (run < script.size() && script[run] == Op::Keep)
        ++run;
      if (run == script.size() || run - end > 2 * kContext) {
        end = std::min(run, end + kContext);
        break;
      }
      end = run;
    }
    // Line numbers where the hunk starts in each text.
    std::size_t line_a = 0, line_b = 0;
    for (std::size_t k = 0; k < start; ++k) {
      if (script[k] != Op::Add)
        ++line_a;
      if (script[k] != Op::Remove)
        ++line_b;
    }
    std::size_t count_a = 0, count_b = 0;
    std::string body;
    std::size_t ia = line_a, ib = line_b;
    for (std::size_t k = start; k < end; ++k) {
      if (script[k] == Op::Keep) {
        append_line(body, ' ', a[ia++]), ++ib, ++count_a, ++count_b;
      } else if (script[k] == Op::Remove) {
        append_line(body, '-', a[ia++]), ++count_a;
      } else {
        append_line(body, '+', b[ib++]), ++count_b;
      }
    }
    out += "@@ -" + std::to_string(count_a ? line_a + 1 : line_a) + "," +
           std::to_string(count_a) + " +" +
           std::to_string(count_b ? line_b + 1 : line_b) + "," +
           std::to_string(count_b) + " @@\n" + body;
    i = end;
  }
  return out;
}

std::size_t line_before_edit(std::string_view before, std::string_view after,
                             std::size_t after_line) {
  if (before == after)
    return after_line;
  auto a = split_lines(before), b = split_lines(after);
  std::size_t line_a = 0, line_b = 0; // lines of each text passed so far
  for (Op op : edit_script(a, b)) {
    if (op != Op::Remove && line_b + 1 == after_line)
      return line_a + 1;
    if (op != Op::Add)
      ++line_a;
    if (op != Op::Remove)
      ++line_b;
  }
  return std::max<std::size_t>(1, std::min(after_line, a.size()));
}

} // namespace hoist
