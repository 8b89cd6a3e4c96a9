#include "treesitter/bounded_parse.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace hoist::treesitter {
namespace {

/// Runs of at least this many comment lines are parsed as blank lines.
constexpr std::size_t kLongCommentRun = 16;

/// Where the comment filling the line [first, end) of `code` ends (before a
/// CR), or nothing when the line holds something else too.
std::optional<std::size_t> whole_line_comment(std::string_view code,
                                              std::size_t first,
                                              std::size_t end,
                                              const CommentSyntax &syntax) {
  std::size_t stop = end > first && code[end - 1] == '\r' ? end - 1 : end;
  std::string_view line = code.substr(first, stop - first);
  if (line.substr(0, syntax.line.size()) == syntax.line) {
    // A C or C++ line comment ending in a backslash goes on to the next
    // line; leave it as it is.
    if (syntax.line == "//" && !line.empty() && line.back() == '\\')
      return std::nullopt;
    return stop;
  }
  if (syntax.block && line.size() >= 4 && line.substr(0, 2) == "/*" &&
      line.find("*/") == line.size() - 2)
    return stop;
  return std::nullopt;
}

/// `code` with the comment lines of long runs (lines holding only a
/// comment, with blank lines between them) turned into spaces, byte offsets
/// unchanged, and the offset of the first blanked comment of each run;
/// nothing when there is no such run. A comment and spaces read alike, so
/// the tree differs only in lacking those comments. A line that only looks
/// like a comment (in a multi-line string) is caught after the parse.
std::optional<std::pair<std::string, std::vector<std::size_t>>>
blank_long_comment_runs(std::string_view code, const CommentSyntax &syntax) {
  std::optional<std::pair<std::string, std::vector<std::size_t>>> out;
  // The current run's comment lines: start and end.
  std::vector<std::pair<std::size_t, std::size_t>> run;
  auto close_run = [&] {
    if (run.size() >= kLongCommentRun) {
      if (!out)
        out.emplace(std::string(code), std::vector<std::size_t>{});
      bool first = true;
      for (auto [start, end] : run) {
        std::string_view comment = code.substr(start, end - start);
        if (std::any_of(syntax.kept.begin(), syntax.kept.end(),
                        [&](std::string_view word) {
                          return comment.find(word) != std::string_view::npos;
                        }))
          continue;
        if (first)
          out->second.push_back(start);
        first = false;
        std::fill(out->first.begin() + static_cast<std::ptrdiff_t>(start),
                  out->first.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      }
    }
    run.clear();
  };
  for (std::size_t at = 0; at < code.size();) {
    std::size_t end = std::min(code.find('\n', at), code.size());
    std::size_t first = code.find_first_not_of(" \t\f", at);
    if (first >= end || code[first] == '\r') {
      // blank: part of any run
    } else if (auto stop = whole_line_comment(code, first, end, syntax)) {
      run.emplace_back(first, *stop);
    } else {
      close_run();
    }
    at = end + 1;
  }
  close_run();
  return out;
}

/// What the lexer reads of the text, a chunk at a time, counting the bytes
/// it reads (again when it goes back) against a limit.
struct MeteredInput {
  std::string_view code;
  std::uint64_t read = 0;
  std::uint64_t limit = 0;
};

const char *read_chunk(void *payload, uint32_t byte, TSPoint,
                       uint32_t *bytes_read) {
  constexpr uint32_t kChunk = 4096;
  auto &input = *static_cast<MeteredInput *>(payload);
  // Past the limit the rest reads as the end of the text, so the parser
  // stops lexing before it next asks whether to go on.
  if (byte >= input.code.size() || input.read > input.limit) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = std::min<uint32_t>(
      kChunk, static_cast<uint32_t>(input.code.size() - byte));
  input.read += *bytes_read;
  return input.code.data() + byte;
}

bool over_limit(TSParseState *state) {
  auto &input = *static_cast<MeteredInput *>(state->payload);
  return input.read > input.limit;
}

/// The tree of `code`, or null when the parse needed more than its limit.
TSTree *metered_parse(TSParser *parser, std::string_view code) {
  MeteredInput input{code, 0, parse_work_limit(code.size())};
  TSTree *tree = ts_parser_parse_with_options(
      parser, nullptr,
      TSInput{&input, read_chunk, TSInputEncodingUTF8, nullptr},
      TSParseOptions{&input, over_limit});
  if (!tree)
    ts_parser_reset(parser); // else the next parse would resume this one
  return tree;
}

/// True when byte `offset` lies inside a node of one of `kinds` in `tree`.
bool inside(TSTree *tree, std::size_t offset,
            const std::vector<std::string_view> &kinds) {
  for (TSNode node = ts_node_descendant_for_byte_range(
           ts_tree_root_node(tree), static_cast<uint32_t>(offset),
           static_cast<uint32_t>(offset + 1));
       !ts_node_is_null(node); node = ts_node_parent(node))
    if (std::find(kinds.begin(), kinds.end(), ts_node_type(node)) !=
        kinds.end())
      return true;
  return false;
}

} // namespace

TSTree *bounded_parse(TSParser *parser, std::string_view code,
                      const CommentSyntax &syntax) {
  if (auto blanked = blank_long_comment_runs(code, syntax)) {
    auto &[text, run_starts] = *blanked;
    TSTree *tree = metered_parse(parser, text);
    // A run that starts inside a string (a line of a multi-line string that
    // begins like a comment) or a block comment leaves it open in the
    // blanked text too, since all before it is as in the file: that, or any
    // syntax error, and the file is parsed as it is.
    std::vector<std::string_view> open = syntax.not_code;
    if (syntax.block)
      open.push_back("comment");
    if (tree && !ts_node_has_error(ts_tree_root_node(tree)) &&
        std::none_of(run_starts.begin(), run_starts.end(),
                     [&](std::size_t at) { return inside(tree, at, open); }))
      return tree;
    if (tree)
      ts_tree_delete(tree);
  }
  return metered_parse(parser, code);
}

std::uint64_t parse_work_limit(std::size_t size) {
  static const char *set = std::getenv("HOIST_PARSE_WORK_LIMIT");
  if (set && *set)
    return std::strtoull(set, nullptr, 10);
  return 16 * static_cast<std::uint64_t>(size) + (16u << 20);
}

} // namespace hoist::treesitter
