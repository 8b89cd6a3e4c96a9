// HCL native syntax, as far as deployment configuration needs it:
// https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
// Structure (attributes, blocks with labels) is read whole; an expression
// is read only when it is a literal, a list or object of such, a reference,
// a string whose interpolations are, or a conversion of such (`toset`,
// `tolist`, `tomap`, `merge` of literals: for_each's instances are often
// written so),
// and skipped otherwise, with the
// brackets, strings, heredocs and comments inside it, so that what follows
// it is read right.
#include "core/hcl.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace hoist {

const HclValue *HclValue::member(std::string_view name) const {
  for (const auto &[key, value] : members)
    if (key == name)
      return &value;
  return nullptr;
}

const HclValue *HclBody::attribute(std::string_view name) const {
  for (auto it = attributes.rbegin(); it != attributes.rend(); ++it)
    if (it->name == name)
      return &it->value;
  return nullptr;
}

const HclBlock *HclBody::block(std::string_view type) const {
  for (const HclBlock &block : blocks)
    if (block.type == type)
      return &block;
  return nullptr;
}

namespace {

/// Deeper nesting (of blocks, or of expressions) is not read: hostile
/// input must not exhaust the stack.
constexpr std::size_t kMaxDepth = 100;

bool is_identifier_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_identifier_char(char c) {
  return is_identifier_start(c) || c == '-' ||
         std::isdigit(static_cast<unsigned char>(c));
}

/// Where an expression is written, which says what ends it.
enum class Context {
  Line,          ///< an attribute's or an object member's value: a newline,
                 ///< ',' or '}' ends it
  List,          ///< a list item: ',' or ']'
  Argument,      ///< a function call's argument: ',' or ')'
  Interpolation, ///< `${...}`: '}' (or `~}`)
};

class Parser {
public:
  explicit Parser(std::string_view text) : text_(text) {}

  /// The quoted string or template that starts at `at`.
  HclValue string_at(std::size_t at) {
    pos_ = at;
    return quoted(0);
  }

  HclFile parse() {
    HclFile file;
    parse_body(file.body, false, 0);
    file.error = std::move(error_);
    file.error_at = error_at_;
    return file;
  }

private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool looking_at(std::string_view word) const {
    return text_.substr(pos_, word.size()) == word;
  }

  void fail(std::string message) {
    if (error_.empty()) {
      error_ = std::move(message);
      error_at_ = std::min(pos_, text_.size());
    }
  }
  bool failed() const { return !error_.empty(); }

  /// Skips a comment at pos_, if one starts there; a line comment's newline
  /// is left.
  bool skip_comment() {
    if (peek() == '#' || looking_at("//")) {
      std::size_t newline = text_.find('\n', pos_);
      pos_ = newline == std::string_view::npos ? text_.size() : newline;
      return true;
    }
    if (looking_at("/*")) {
      std::size_t close = text_.find("*/", pos_ + 2);
      pos_ = close == std::string_view::npos ? text_.size() : close + 2;
      return true;
    }
    return false;
  }

  /// Skips blanks and comments, and newlines when `newlines`.
  void skip_space(bool newlines) {
    while (!at_end()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n'))
        ++pos_;
      else if (!skip_comment())
        return;
    }
  }

  std::string identifier() {
    std::size_t start = pos_;
    if (!is_identifier_start(peek()))
      return "";
    while (!at_end() && is_identifier_char(peek()))
      ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  void parse_body(HclBody &body, bool nested, std::size_t depth) {
    while (!failed()) {
      skip_space(true);
      if (at_end()) {
        if (nested)
          fail("a block is not closed");
        return;
      }
      if (peek() == '}') {
        if (!nested)
          fail("'}' closes no block");
        ++pos_;
        return;
      }
      std::size_t start = pos_;
      std::string name = identifier();
      if (name.empty())
        return fail("expected an attribute or a block");
      skip_space(false);
      if (peek() == '=' && peek(1) != '=') {
        ++pos_;
        HclValue value = expression(Context::Line, depth);
        skip_space(false);
        if (!at_end() && peek() != '\n' && peek() != '}')
          return fail("expected a newline after attribute '" + name + "'");
        body.attributes.push_back({std::move(name), std::move(value)});
        continue;
      }
      HclBlock block;
      block.type = std::move(name);
      block.range = {start, pos_};
      while (!failed() && peek() != '{') {
        if (peek() == '"') {
          HclValue label = quoted(depth);
          if (label.kind != HclValue::Kind::String)
            return fail("a block label must be a literal string");
          block.labels.push_back(std::move(label.text));
        } else {
          std::string label = identifier();
          if (label.empty())
            return fail("expected a block label or '{'");
          block.labels.push_back(std::move(label));
        }
        skip_space(false);
      }
      if (failed())
        return;
      if (depth >= kMaxDepth)
        return fail("blocks are nested too deeply");
      ++pos_;
      parse_body(block.body, true, depth + 1);
      body.blocks.push_back(std::move(block));
    }
  }

  /// True when `c`, outside any bracket, ends an expression in `context`.
  static bool ends(char c, Context context) {
    switch (context) {
    case Context::Line:
      return c == '\n' || c == ',' || c == '}';
    case Context::List:
      return c == ',' || c == ']';
    case Context::Argument:
      return c == ',' || c == ')';
    case Context::Interpolation:
      return c == '}' || c == '~';
    }
    return false;
  }

  /// Skips what is left of an expression in `context`, brackets, strings,
  /// heredocs and comments within it whole. `open` holds what is already
  /// open (a string's '"'); then it stops when they close. Iterative: any
  /// nesting is skipped in bounded stack.
  void skip_rest(Context context, std::string open = "") {
    const bool until_closed = !open.empty();
    std::string &stack = open; // '(' '[' '{' '"', and '$' for `${` in a string
    while (!at_end()) {
      char c = peek();
      if (!stack.empty() && stack.back() == '"') {
        if (c == '\\') {
          pos_ += 2;
        } else if (c == '"' || c == '\n') {
          stack.pop_back();
          ++pos_;
        } else if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
          pos_ += 3; // an escaped `$${`
        } else if ((c == '$' || c == '%') && peek(1) == '{') {
          stack.push_back('$');
          pos_ += 2;
        } else {
          ++pos_;
        }
        if (until_closed && stack.empty())
          return;
        continue;
      }
      if (stack.empty() && ends(c, context))
        return;
      if (skip_comment())
        continue;
      if (looking_at("<<") && skip_heredoc())
        continue;
      if (c == '"' || c == '(' || c == '[' || c == '{') {
        stack.push_back(c);
      } else if (c == ')' || c == ']' || c == '}') {
        if (stack.empty())
          return; // a closer of the context's own
        stack.pop_back();
      }
      ++pos_;
      if (until_closed && stack.empty())
        return;
    }
  }

  /// Skips a heredoc starting at pos_ (`<<EOF` or `<<-EOF`), or returns
  /// false when `<<` starts none.
  bool skip_heredoc() {
    std::size_t start = pos_;
    std::string_view body;
    if (!heredoc(body)) {
      pos_ = start;
      return false;
    }
    return true;
  }

  /// Reads the heredoc at pos_: its text (indentation not yet stripped),
  /// with pos_ after its closing marker. False when `<<` starts none.
  bool heredoc(std::string_view &body) {
    std::size_t start = pos_;
    pos_ += 2;
    if (peek() == '-')
      ++pos_;
    std::string marker = identifier();
    if (marker.empty() || (peek() != '\n' && !looking_at("\r\n"))) {
      pos_ = start;
      return false;
    }
    pos_ = text_.find('\n', pos_) + 1;
    std::size_t content = pos_;
    while (!at_end()) {
      std::size_t newline = text_.find('\n', pos_);
      std::size_t end = newline == std::string_view::npos ? text_.size()
                                                          : newline;
      std::string_view line = text_.substr(pos_, end - pos_);
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      std::size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos && line.substr(first) == marker) {
        body = text_.substr(content, pos_ - content);
        pos_ = end;
        return true;
      }
      pos_ = newline == std::string_view::npos ? text_.size() : newline + 1;
    }
    body = text_.substr(content);
    return true; // not closed: the rest of the file
  }

  HclValue unread(std::size_t start, std::string why, Context context) {
    skip_rest(context);
    HclValue value;
    value.why = std::move(why);
    std::size_t end = pos_;
    while (end > start && std::isspace(static_cast<unsigned char>(
                              text_[end - 1])))
      --end;
    value.range = {start, end};
    value.text = std::string(text_.substr(start, end - start));
    return value;
  }

  HclValue expression(Context context, std::size_t depth) {
    skip_space(context != Context::Line);
    std::size_t start = pos_;
    if (depth >= kMaxDepth)
      return unread(start, "nested too deeply", context);
    HclValue value = primary(context, depth);
    std::size_t end = pos_;
    skip_space(context != Context::Line);
    if (at_end() || ends(peek(), context)) {
      if (value.kind != HclValue::Kind::Unread)
        value.range = {start, end};
      return value;
    }
    // More follows: an operator, a conditional, an index of what is not a
    // name.
    if (value.kind == HclValue::Kind::Unread)
      return unread(start, value.why, context);
    return unread(start,
                  peek() == '?' ? "a conditional" : "an expression with operators",
                  context);
  }

  HclValue primary(Context context, std::size_t depth) {
    std::size_t start = pos_;
    char c = peek();
    if (c == '"')
      return quoted(depth);
    if (looking_at("<<")) {
      std::string_view body;
      if (heredoc(body))
        return heredoc_value(body, start);
    }
    if (c == '[')
      return list(depth);
    if (c == '{')
      return object(depth);
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '-' && std::isdigit(static_cast<unsigned char>(peek(1)))))
      return number();
    if (is_identifier_start(c))
      return reference(context, depth);
    return unread(start, "an expression", context);
  }

  HclValue number() {
    std::size_t start = pos_;
    if (peek() == '-')
      ++pos_;
    auto digits = [&] {
      while (std::isdigit(static_cast<unsigned char>(peek())))
        ++pos_;
    };
    digits();
    if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      ++pos_;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-')
        ++pos_;
      digits();
    }
    HclValue value;
    value.kind = HclValue::Kind::Number;
    value.text = std::string(text_.substr(start, pos_ - start));
    return value;
  }

  /// A name and what follows it: a keyword literal, a function call, or a
  /// traversal (`data.archive_file.lambda.output_path`, `var.x["a"]`).
  HclValue reference(Context context, std::size_t depth) {
    std::size_t start = pos_;
    std::string name = identifier();
    HclValue value;
    if (name == "true" || name == "false") {
      value.kind = HclValue::Kind::Bool;
      value.text = name;
      return value;
    }
    if (name == "null") {
      value.kind = HclValue::Kind::Null;
      return value;
    }
    std::size_t after = pos_;
    skip_space(false);
    if (peek() == '(') {
      if (std::optional<HclValue> converted = conversion(name, start, depth))
        return std::move(*converted);
      pos_ = after;
      return unread(start, "a function call", context);
    }
    pos_ = after;
    while (true) {
      if (peek() == '.' && is_identifier_start(peek(1))) {
        ++pos_;
        identifier();
      } else if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
        ++pos_;
        while (std::isdigit(static_cast<unsigned char>(peek())))
          ++pos_;
      } else if (looking_at(".*") || looking_at("[*]")) {
        return unread(start, "a splat expression", context);
      } else if (peek() == '[') {
        const std::size_t bracket = pos_++;
        bool literal = false;
        if (peek() == '"') {
          literal = quoted(kMaxDepth).kind == HclValue::Kind::String;
        } else {
          while (std::isdigit(static_cast<unsigned char>(peek())))
            ++pos_;
          literal = pos_ > bracket + 1;
        }
        if (!literal || peek() != ']') {
          pos_ = bracket; // skipped from its bracket, whole
          return unread(start, "an index hoist does not evaluate", context);
        }
        ++pos_;
      } else {
        break;
      }
    }
    value.kind = HclValue::Kind::Reference;
    value.text = std::string(text_.substr(start, pos_ - start));
    return value;
  }

  /// `toset`, `tolist` or `tomap` of a literal or a reference, or `merge`
  /// of literal objects (a later key winning), at pos_ (its '('): the value
  /// they make, as for_each and locals write literal instances. Nothing,
  /// pos_ unchanged, for another call or other arguments.
  std::optional<HclValue> conversion(const std::string &name,
                                     std::size_t start, std::size_t depth) {
    const bool set = name == "toset", list = set || name == "tolist",
               merge = name == "merge";
    if (!list && !merge && name != "tomap")
      return std::nullopt;
    const std::size_t open = pos_++;
    std::vector<HclValue> arguments;
    while (true) {
      skip_space(true);
      if (peek() == ')' && (merge || arguments.size() == 1))
        break;
      if (at_end() || (!merge && !arguments.empty())) {
        pos_ = open;
        return std::nullopt;
      }
      arguments.push_back(expression(Context::Argument, depth + 1));
      const HclValue::Kind kind = arguments.back().kind;
      skip_space(true);
      // A conversion of a reference is what it names (`toset(local.names)`).
      if ((kind != HclValue::Kind::List || !list) &&
          (kind != HclValue::Kind::Object || list) &&
          (kind != HclValue::Kind::Reference || merge)) {
        pos_ = open;
        return std::nullopt;
      }
      if (peek() == ',')
        ++pos_;
    }
    ++pos_; // the ')'
    if (arguments.empty()) { // merge()
      pos_ = open;
      return std::nullopt;
    }
    HclValue value = std::move(arguments.front());
    for (std::size_t i = 1; i < arguments.size(); ++i)
      for (auto &[key, member] : arguments[i].members) {
        auto same = std::find_if(
            value.members.begin(), value.members.end(),
            [&](const auto &known) { return known.first == key; });
        if (same != value.members.end())
          same->second = std::move(member);
        else
          value.members.emplace_back(key, std::move(member));
      }
    if (set) {
      // A set holds each literal once.
      auto literal = [](const HclValue &item) {
        return item.kind == HclValue::Kind::String ||
               item.kind == HclValue::Kind::Number ||
               item.kind == HclValue::Kind::Bool;
      };
      std::vector<HclValue> unique;
      for (HclValue &item : value.items)
        if (!literal(item) ||
            std::none_of(unique.begin(), unique.end(), [&](const HclValue &u) {
              return u.kind == item.kind && u.text == item.text;
            }))
          unique.push_back(std::move(item));
      value.items = std::move(unique);
    }
    value.range = {start, pos_};
    return value;
  }

  /// A quoted string or template, from its opening '"'.
  HclValue quoted(std::size_t depth) {
    std::size_t start = pos_++;
    HclValue value;
    value.kind = HclValue::Kind::Template;
    std::string literal;
    std::size_t literal_start = pos_;
    auto flush = [&] {
      if (!literal.empty()) {
        HclValue part;
        part.kind = HclValue::Kind::String;
        part.text = std::move(literal);
        part.range = {literal_start, pos_};
        value.parts.push_back(std::move(part));
        literal.clear();
      }
    };
    auto give_up = [&](std::string why) {
      // Skips to the string's end from where it started.
      pos_ = start + 1;
      skip_rest(Context::Line, "\"");
      HclValue skipped;
      skipped.why = std::move(why);
      skipped.range = {start, pos_};
      skipped.text = std::string(text_.substr(start, pos_ - start));
      return skipped;
    };
    while (true) {
      if (at_end() || peek() == '\n')
        return give_up("a string that is not closed");
      char c = peek();
      if (c == '"') {
        flush();
        ++pos_;
        break;
      }
      if (c == '\\') {
        char escaped = peek(1);
        pos_ += 2;
        switch (escaped) {
        case 'n':
          literal += '\n';
          break;
        case 't':
          literal += '\t';
          break;
        case 'r':
          literal += '\r';
          break;
        case '"':
        case '\\':
          literal += escaped;
          break;
        default:
          return give_up("a string with an escape hoist does not read");
        }
        continue;
      }
      if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
        literal += c;
        literal += '{';
        pos_ += 3;
        continue;
      }
      if (c == '%' && peek(1) == '{')
        return give_up("a template directive");
      if (c == '$' && peek(1) == '{') {
        flush();
        pos_ += 2;
        if (peek() == '~')
          ++pos_;
        if (depth >= kMaxDepth)
          return give_up("nested too deeply");
        HclValue part = expression(Context::Interpolation, depth + 1);
        if (peek() == '~')
          ++pos_;
        if (peek() != '}')
          return give_up("an interpolation hoist does not read");
        ++pos_;
        value.parts.push_back(std::move(part));
        literal_start = pos_;
        continue;
      }
      literal += c;
      ++pos_;
    }
    value.range = {start, pos_};
    if (value.parts.empty()) {
      value.kind = HclValue::Kind::String;
    } else if (value.parts.size() == 1) {
      // `"${x}"` is x itself; `"abc"` a string.
      HclValue only = std::move(value.parts.front());
      only.range = value.range;
      return only;
    }
    return value;
  }

  /// A heredoc's text, as a string when it interpolates nothing; `<<-`
  /// strips the indentation its lines share.
  HclValue heredoc_value(std::string_view body, std::size_t start) {
    HclValue value;
    value.range = {start, pos_};
    std::string_view written = text_.substr(start, pos_ - start);
    for (std::size_t at = 0; (at = body.find_first_of("$%", at)) !=
                             std::string_view::npos;
         ++at)
      if (at + 1 < body.size() && body[at + 1] == '{' &&
          (at == 0 || body[at - 1] != body[at])) {
        value.why = "a heredoc with interpolations";
        value.text = std::string(written);
        return value;
      }
    value.kind = HclValue::Kind::String;
    bool strip = written.substr(2, 1) == "-";
    std::vector<std::string_view> lines; // each with its newline
    for (std::size_t at = 0; at < body.size();) {
      std::size_t next = std::min(body.find('\n', at), body.size() - 1) + 1;
      lines.push_back(body.substr(at, next - at));
      at = next;
    }
    std::size_t indent = std::string_view::npos;
    if (strip)
      for (std::string_view line : lines)
        if (std::size_t first = line.find_first_not_of(" \t\r\n");
            first != std::string_view::npos)
          indent = std::min(indent, first);
    for (std::string_view line : lines)
      value.text += strip && indent != std::string_view::npos
                        ? line.substr(std::min(indent, line.size()))
                        : line;
    return value;
  }

  HclValue list(std::size_t depth) {
    std::size_t start = pos_++;
    skip_space(true);
    if (looking_at("for") && !is_identifier_char(peek(3)))
      return skip_comprehension(start);
    HclValue value;
    value.kind = HclValue::Kind::List;
    while (true) {
      skip_space(true);
      if (peek() == ']') {
        ++pos_;
        break;
      }
      if (at_end())
        return unclosed(start);
      value.items.push_back(expression(Context::List, depth + 1));
      skip_space(true);
      if (peek() == ',')
        ++pos_;
      else if (peek() != ']')
        return unclosed(start);
    }
    value.range = {start, pos_};
    return value;
  }

  HclValue object(std::size_t depth) {
    std::size_t start = pos_++;
    skip_space(true);
    if (looking_at("for") && !is_identifier_char(peek(3)))
      return skip_comprehension(start);
    HclValue value;
    value.kind = HclValue::Kind::Object;
    while (true) {
      skip_space(true);
      if (peek() == '}') {
        ++pos_;
        break;
      }
      if (at_end())
        return unclosed(start);
      // A key is a name or a literal string; any other (`(var.x)`) is not
      // read, nor is its value kept.
      std::string key;
      bool known = true;
      if (peek() == '"') {
        HclValue written = quoted(depth + 1);
        known = written.kind == HclValue::Kind::String;
        key = written.text;
      } else if (is_identifier_start(peek())) {
        key = identifier();
      } else {
        known = false;
        skip_rest(Context::Line);
        skip_space(false);
        if (peek() != '=' && peek() != ':')
          return unclosed(start);
      }
      skip_space(false);
      if (peek() != '=' && peek() != ':')
        return unclosed(start);
      ++pos_;
      HclValue member = expression(Context::Line, depth + 1);
      if (known)
        value.members.emplace_back(std::move(key), std::move(member));
      skip_space(false);
      if (peek() == ',')
        ++pos_;
      else if (peek() != '\n' && peek() != '}')
        return unclosed(start);
    }
    value.range = {start, pos_};
    return value;
  }

  /// A `[for ...]` or `{for ...}` from its bracket at `start`.
  HclValue skip_comprehension(std::size_t start) {
    return skip_bracketed(start, "a for expression");
  }

  /// A list or object that does not end where it should.
  HclValue unclosed(std::size_t start) {
    return skip_bracketed(start, "an expression hoist does not read");
  }

  /// Unread from the bracket at `start` to the one that closes it.
  HclValue skip_bracketed(std::size_t start, std::string why) {
    pos_ = start + 1;
    skip_rest(Context::Line, std::string(1, text_[start]));
    HclValue value;
    value.why = std::move(why);
    value.range = {start, pos_};
    value.text = std::string(text_.substr(start, pos_ - start));
    return value;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
  std::size_t error_at_ = 0;
};

} // namespace

HclFile parse_hcl(std::string_view text) { return Parser(text).parse(); }

HclValue parse_hcl_string(std::string_view text, std::size_t at) {
  return Parser(text).string_at(at);
}

} // namespace hoist
