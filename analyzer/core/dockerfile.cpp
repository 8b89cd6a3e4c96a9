// Container images for Lambda. A Dockerfile is read as BuildKit reads it
// (directives, continuations, heredocs, exec and shell forms, variables,
// stages); its final stage names the handler when it runs the Python runtime
// interface client: an AWS Lambda Python base image, whose entry point takes
// the handler as its only argument and imports it from LAMBDA_TASK_ROOT, or
// `awslambdaric`, which takes the next argument and imports from WORKDIR; or
// an AWS Lambda Node.js base image, whose entry point loads the handler's
// file (`.js`, `.mjs`, `.cjs`) from LAMBDA_TASK_ROOT.
#include "core/dockerfile.h"

#include <algorithm>
#include <cctype>
#include <fnmatch.h>

#include "core/message_excerpt.h"
#include "core/source_file.h"
#include "core/read_record.h"

namespace hoist {

namespace fs = std::filesystem;

std::size_t DockerInstruction::file_offset(std::size_t at) const {
  auto piece = std::upper_bound(
      pieces.begin(), pieces.end(), at,
      [](std::size_t value, const auto &entry) { return value < entry.first; });
  if (piece == pieces.begin())
    return at;
  --piece;
  return piece->second + (at - piece->first);
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string upper(std::string_view text) {
  std::string out(text);
  for (char &c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char &c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (is_blank(text.front()) || text.front() == '\r'))
    text.remove_prefix(1);
  while (!text.empty() && (is_blank(text.back()) || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

/// `# key=value` at the top of the file: the key (lower case) and value.
bool parse_directive(std::string_view line, std::string &key,
                     std::string &value) {
  line = trim(line);
  if (line.empty() || line[0] != '#')
    return false;
  std::size_t i = 1;
  while (i < line.size() && is_blank(line[i]))
    ++i;
  std::size_t start = i;
  if (i >= line.size() || !std::isalpha(static_cast<unsigned char>(line[i])))
    return false;
  while (i < line.size() && std::isalnum(static_cast<unsigned char>(line[i])))
    ++i;
  key = lower(line.substr(start, i - start));
  while (i < line.size() && is_blank(line[i]))
    ++i;
  if (i >= line.size() || line[i] != '=')
    return false;
  value = std::string(trim(line.substr(i + 1)));
  return !value.empty();
}

/// The heredoc terminators a RUN/COPY/ADD line opens (`<<EOF`, `<<-"EOF"`),
/// with whether leading tabs are stripped from the body's lines.
std::vector<std::pair<std::string, bool>> heredocs(std::string_view text) {
  std::vector<std::pair<std::string, bool>> out;
  for (std::size_t at = text.find("<<"); at != std::string_view::npos;
       at = text.find("<<", at + 2)) {
    std::size_t i = at + 2;
    if (i < text.size() && text[i] == '<')
      continue; // a here-string
    bool strip_tabs = i < text.size() && text[i] == '-';
    if (strip_tabs)
      ++i;
    if (i < text.size() && (text[i] == '"' || text[i] == '\''))
      ++i;
    std::size_t start = i;
    while (
        i < text.size() &&
        (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
      ++i;
    if (i > start && !std::isdigit(static_cast<unsigned char>(text[start])))
      out.emplace_back(std::string(text.substr(start, i - start)), strip_tabs);
  }
  return out;
}

} // namespace

ParsedDockerfile parse_dockerfile(std::string_view text) {
  ParsedDockerfile out;
  std::size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  bool directives = true;
  bool continuing = false;
  std::size_t line_number = 0;
  DockerInstruction current;
  // A line ends an instruction unless it ends in the escape character (then
  // blanks); returns the line without it.
  auto continues = [&](std::string_view &line) {
    std::string_view rest = line;
    while (!rest.empty() && (is_blank(rest.back()) || rest.back() == '\r'))
      rest.remove_suffix(1);
    if (rest.empty() || rest.back() != out.escape)
      return false;
    line = rest.substr(0, rest.size() - 1);
    return true;
  };
  auto append = [&](std::string_view piece, std::size_t file_offset) {
    current.pieces.emplace_back(current.arguments.size(), file_offset);
    current.arguments.append(piece);
  };
  std::vector<std::pair<std::string, bool>> pending_heredocs;
  auto finish = [&] {
    // Trim the joined arguments, moving the pieces' offsets along.
    std::string &args = current.arguments;
    std::size_t lead = 0;
    while (lead < args.size() && (is_blank(args[lead]) || args[lead] == '\r'))
      ++lead;
    std::size_t end = args.size();
    while (end > lead && (is_blank(args[end - 1]) || args[end - 1] == '\r'))
      --end;
    args = args.substr(lead, end - lead);
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    for (const auto &[at, file] : current.pieces) {
      if (at > lead && at - lead >= args.size() && !pieces.empty())
        break;
      if (at <= lead)
        pieces.assign(1, {0, file + (lead - at)});
      else
        pieces.emplace_back(at - lead, file);
    }
    current.pieces = std::move(pieces);
    if (current.keyword == "RUN" || current.keyword == "COPY" ||
        current.keyword == "ADD")
      pending_heredocs = heredocs(args);
    out.instructions.push_back(std::move(current));
    current = DockerInstruction();
    continuing = false;
  };
  while (i < text.size()) {
    std::size_t end = text.find('\n', i);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(i, end - i);
    std::size_t line_start = i;
    i = end + 1;
    ++line_number;
    if (!pending_heredocs.empty()) {
      std::string_view body = trim(line);
      if (pending_heredocs.front().second)
        while (!line.empty() && line.front() == '\t')
          line.remove_prefix(1);
      if (body == pending_heredocs.front().first)
        pending_heredocs.erase(pending_heredocs.begin());
      continue;
    }
    std::size_t start = line.find_first_not_of(" \t\r");
    bool blank = start == std::string_view::npos;
    bool comment = !blank && line[start] == '#';
    if (directives) {
      std::string key, value;
      if (comment && parse_directive(line, key, value)) {
        if (key == "escape" && (value == "\\" || value == "`")) {
          out.escape = value[0];
          continue;
        }
        if (key == "syntax" || key == "check")
          continue; // the frontend image and lint checks: nothing to read
      }
      directives = false; // any other line ends the directives
    }
    if (blank || comment)
      continue; // also inside a continuation, as BuildKit allows
    if (!continuing) {
      std::size_t word_end = line.find_first_of(" \t\r", start);
      if (word_end == std::string_view::npos)
        word_end = line.size();
      current.keyword = upper(line.substr(start, word_end - start));
      current.line = line_number;
      start = word_end;
    } else {
      start = 0;
    }
    std::string_view rest = line.substr(start);
    continuing = continues(rest);
    append(rest, line_start + start);
    if (!continuing)
      finish();
  }
  if (continuing)
    finish();
  return out;
}

namespace {

void append_utf8(std::string &out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

/// A JSON string starting at text[i] == '"'; i ends past its closing quote.
std::optional<std::string> json_string(std::string_view text, std::size_t &i) {
  std::string out;
  for (++i; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"') {
      ++i;
      return out;
    }
    if (c < 0x20)
      return std::nullopt;
    if (c != '\\') {
      out += static_cast<char>(c);
      continue;
    }
    if (++i >= text.size())
      return std::nullopt;
    switch (text[i]) {
    case '"':
    case '\\':
    case '/':
      out += text[i];
      break;
    case 'b':
      out += '\b';
      break;
    case 'f':
      out += '\f';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    case 't':
      out += '\t';
      break;
    case 'u': {
      if (i + 4 >= text.size())
        return std::nullopt;
      unsigned code = 0;
      for (int k = 1; k <= 4; ++k) {
        char h = text[i + k];
        if (!std::isxdigit(static_cast<unsigned char>(h)))
          return std::nullopt;
        code = code * 16 + (std::isdigit(static_cast<unsigned char>(h))
                                ? h - '0'
                                : std::tolower(h) - 'a' + 10);
      }
      i += 4;
      append_utf8(out, code);
      break;
    }
    default:
      return std::nullopt;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<std::vector<ExecWord>> exec_form(std::string_view arguments) {
  auto skip = [&](std::size_t &i) {
    while (i < arguments.size() &&
           (is_blank(arguments[i]) || arguments[i] == '\r' ||
            arguments[i] == '\n'))
      ++i;
  };
  std::size_t i = 0;
  skip(i);
  if (i >= arguments.size() || arguments[i] != '[')
    return std::nullopt;
  ++i;
  std::vector<ExecWord> words;
  skip(i);
  if (i < arguments.size() && arguments[i] == ']') {
    ++i;
  } else {
    while (true) {
      skip(i);
      if (i >= arguments.size() || arguments[i] != '"')
        return std::nullopt;
      std::size_t begin = i + 1;
      auto text = json_string(arguments, i);
      if (!text)
        return std::nullopt;
      words.push_back({std::move(*text), begin, i - 1});
      skip(i);
      if (i < arguments.size() && arguments[i] == ',') {
        ++i;
        continue;
      }
      if (i < arguments.size() && arguments[i] == ']') {
        ++i;
        break;
      }
      return std::nullopt;
    }
  }
  skip(i);
  if (i != arguments.size())
    return std::nullopt;
  return words;
}

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// The shell-like word lexer BuildKit runs on ADD, COPY, ENV, FROM, WORKDIR.
class WordExpander {
public:
  WordExpander(std::string_view text, const DockerVariables &variables,
               char escape, bool complete)
      : text_(text), variables_(variables), escape_(escape),
        complete_(complete) {}

  /// Words split at unquoted blanks; nothing when a value is unknown.
  std::optional<std::vector<std::string>> words(bool split) {
    std::vector<std::string> out;
    std::string word;
    bool has_word = false;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (split && (is_blank(c) || c == '\n' || c == '\r')) {
        if (has_word)
          out.push_back(std::move(word));
        word.clear();
        has_word = false;
        ++i_;
        continue;
      }
      has_word = true;
      if (c == escape_ && i_ + 1 < text_.size()) {
        word += text_[i_ + 1];
        i_ += 2;
      } else if (c == '\'') {
        std::size_t close = text_.find('\'', i_ + 1);
        if (close == std::string_view::npos)
          close = text_.size();
        word.append(text_.substr(i_ + 1, close - i_ - 1));
        i_ = close + 1;
      } else if (c == '"') {
        for (++i_; i_ < text_.size() && text_[i_] != '"';) {
          char d = text_[i_];
          if (d == escape_ && i_ + 1 < text_.size() &&
              (text_[i_ + 1] == '"' || text_[i_ + 1] == '$' ||
               text_[i_ + 1] == escape_)) {
            word += text_[i_ + 1];
            i_ += 2;
          } else if (d == '$') {
            if (!dollar(word))
              return std::nullopt;
          } else {
            word += d;
            ++i_;
          }
        }
        ++i_;
      } else if (c == '$') {
        if (!dollar(word))
          return std::nullopt;
      } else {
        word += c;
        ++i_;
      }
    }
    if (has_word)
      out.push_back(std::move(word));
    return out;
  }

private:
  /// A variable's value, or nothing when unknown; `set` says whether it is
  /// set at all.
  std::optional<std::string> lookup(const std::string &name, bool &set) {
    auto it = variables_.find(name);
    if (it == variables_.end()) {
      set = false;
      if (complete_)
        return std::string();
      return std::nullopt;
    }
    set = true;
    return it->second;
  }

  /// Expands the `$...` at i_ into `word`; false when its value is unknown.
  bool dollar(std::string &word) {
    ++i_;
    if (i_ >= text_.size()) {
      word += '$';
      return true;
    }
    if (text_[i_] != '{') {
      std::size_t start = i_;
      while (i_ < text_.size() && is_name_char(text_[i_]))
        ++i_;
      if (i_ == start) {
        word += '$';
        return true;
      }
      bool set = false;
      auto value = lookup(std::string(text_.substr(start, i_ - start)), set);
      if (!value)
        return false;
      word += *value;
      return true;
    }
    std::size_t start = ++i_;
    while (i_ < text_.size() && is_name_char(text_[i_]))
      ++i_;
    std::string name(text_.substr(start, i_ - start));
    if (name.empty() || i_ >= text_.size())
      return false;
    std::string modifier;
    if (text_[i_] == ':' && i_ + 1 < text_.size()) {
      modifier = text_.substr(i_, 2);
      i_ += 2;
    } else if (text_[i_] != '}') {
      modifier = text_.substr(i_, 1);
      ++i_;
    }
    // The modifier's word runs to the matching brace.
    std::size_t word_start = i_;
    for (int depth = 1; i_ < text_.size(); ++i_) {
      if (text_[i_] == escape_) {
        ++i_;
      } else if (text_[i_] == '{') {
        ++depth;
      } else if (text_[i_] == '}' && --depth == 0) {
        break;
      }
    }
    if (i_ >= text_.size())
      return false;
    std::string_view inner = text_.substr(word_start, i_ - word_start);
    ++i_;
    bool set = false;
    auto value = lookup(name, set);
    auto alternative = [&]() -> std::optional<std::string> {
      auto words =
          WordExpander(inner, variables_, escape_, complete_).words(false);
      if (!words)
        return std::nullopt;
      return words->empty() ? std::string() : words->front();
    };
    if (modifier.empty()) {
      if (!value)
        return false;
      word += *value;
      return true;
    }
    bool colon = modifier[0] == ':';
    char kind = modifier.back();
    if (kind != '-' && kind != '+' && kind != '?')
      return false; // ${VAR#pattern} and the like: not worth guessing
    if (!value) {
      // A build argument without a default: the author's default is the
      // reading when none is passed.
      if (kind != '-')
        return false;
      auto fallback = alternative();
      if (!fallback)
        return false;
      word += *fallback;
      return true;
    }
    bool present = set && !(colon && value->empty());
    std::optional<std::string> result;
    if (kind == '-')
      result = present ? value : alternative();
    else if (kind == '+')
      result = present ? alternative() : std::string();
    else if (present)
      result = value;
    if (!result)
      return false; // unknown, or ${VAR?} failing the build
    word += *result;
    return true;
  }

  std::string_view text_;
  const DockerVariables &variables_;
  char escape_;
  bool complete_;
  std::size_t i_ = 0;
};

} // namespace

std::optional<std::vector<std::string>>
expand_words(std::string_view text, const DockerVariables &variables,
             char escape, bool complete) {
  return WordExpander(text, variables, escape, complete).words(true);
}

bool is_dockerfile_name(std::string_view name) {
  auto is_base = [](std::string_view part) {
    std::string lowered = lower(part);
    return lowered == "dockerfile" || lowered == "containerfile";
  };
  std::string lowered = lower(name);
  if (lowered.size() >= 13 &&
      lowered.compare(lowered.size() - 13, 13, ".dockerignore") == 0)
    return false;
  if (is_base(name))
    return true;
  std::size_t first = name.find('.');
  std::size_t last = name.rfind('.');
  if (first != std::string_view::npos && first > 0 && first + 1 < name.size() &&
      is_base(name.substr(0, first)))
    return true; // Dockerfile.lambda
  return last != std::string_view::npos && last > 0 &&
         is_base(name.substr(last + 1)); // lambda.Dockerfile
}

namespace {

enum class ImageKind { Unknown, LambdaPython, LambdaNode, LambdaOther };

/// The kind of a `FROM` image reference, and the Python or Node.js runtime
/// it names ("python3.12", "nodejs20.x"; without its version when the tag
/// gives none).
ImageKind classify_image(std::string reference, std::string &runtime) {
  reference = lower(reference);
  if (std::size_t at = reference.find('@'); at != std::string::npos)
    reference.resize(at); // a digest
  std::string tag;
  std::size_t colon = reference.rfind(':');
  if (colon != std::string::npos &&
      reference.find('/', colon) == std::string::npos) {
    tag = reference.substr(colon + 1);
    reference.resize(colon);
  }
  std::string language;
  auto ends_with = [&](const std::string &suffix) {
    return reference.size() >= suffix.size() &&
           reference.compare(reference.size() - suffix.size(), suffix.size(),
                             suffix) == 0 &&
           (reference.size() == suffix.size() ||
            reference[reference.size() - suffix.size() - 1] == '/');
  };
  for (const char *candidate :
       {"python", "nodejs", "java", "provided", "dotnet", "ruby", "go"}) {
    if (ends_with(std::string("lambda/") + candidate) ||
        ends_with(std::string("amazon/aws-lambda-") + candidate))
      language = candidate;
  }
  if (language.empty())
    return ImageKind::Unknown;
  if (language != "python" && language != "nodejs")
    return ImageKind::LambdaOther;
  // "3.12", "3.12-arm64", "3.12.2024.10.15": the major.minor version;
  // "20", "20.2024.10.15": Node.js's major one.
  const bool node = language == "nodejs";
  std::size_t digits = 0;
  for (int part = 0; part < (node ? 1 : 2); ++part) {
    std::size_t start = digits + (part ? 1 : 0);
    std::size_t end = start;
    while (end < tag.size() &&
           std::isdigit(static_cast<unsigned char>(tag[end])))
      ++end;
    if (end == start || (part && tag[digits] != '.'))
      break;
    digits = end;
  }
  if (node) {
    runtime = "nodejs" + (digits ? tag.substr(0, digits) + ".x" : "");
    return ImageKind::LambdaNode;
  }
  runtime = "python" + tag.substr(0, digits);
  return ImageKind::LambdaPython;
}

/// A CMD or ENTRYPOINT: exec form (words) or shell form (text).
struct Command {
  bool exec = true;
  std::vector<ExecWord> words;
  std::string text;
  const DockerInstruction *at = nullptr; ///< null: from the base image
  /// An override's words in the configuration that sets it (ImageConfig).
  const std::vector<Location> *places = nullptr;
};

/// Where a COPY or ADD takes its files from.
struct Copy {
  enum class Source { Host, Stage, Opaque } source = Source::Opaque;
  std::optional<std::string> dest; ///< absolute in the image; none: unknown
  bool into = false;               ///< sources go inside `dest`
  fs::path host;                   ///< Host: absolute, normalized
  std::size_t stage = 0;           ///< Stage: which
  std::string stage_path;          ///< Stage: absolute in that stage
  std::string outside;             ///< Opaque: the source outside the context
  const DockerInstruction *at = nullptr;
};

struct Stage {
  std::string name; ///< lower case, from `AS name`
  ImageKind kind = ImageKind::Unknown;
  std::string runtime;
  bool env_complete = false; ///< the base image's variables are all known
  DockerVariables args, env;
  std::optional<std::string> workdir;
  std::optional<Command> entry_point, command;
  bool command_here = false; ///< CMD set in this stage, not inherited
  std::vector<std::string> shell = {"/bin/sh", "-c"};
  std::vector<Copy> copies;             ///< the parent stage's first
  std::vector<std::string> directories; ///< known to exist: WORKDIRs
};

/// `path` normalized as an absolute image path, without a trailing slash.
std::string image_path(const std::string &path, const std::string &base) {
  std::string joined =
      !path.empty() && path[0] == '/' ? path : base + "/" + path;
  std::string out = fs::path(joined).lexically_normal().generic_string();
  while (out.size() > 1 && out.back() == '/')
    out.pop_back();
  return out;
}

/// `path` relative to `dir` when inside it ("" for `dir` itself).
std::optional<std::string> inside(const std::string &path,
                                  const std::string &dir) {
  if (path == dir)
    return std::string();
  std::string prefix = dir == "/" ? "/" : dir + "/";
  if (path.compare(0, prefix.size(), prefix) == 0)
    return path.substr(prefix.size());
  return std::nullopt;
}

bool is_within(const fs::path &path, const fs::path &dir) {
  fs::path relative = path.lexically_relative(dir);
  return !relative.empty() && *relative.begin() != "..";
}

bool is_archive(const std::string &name) {
  for (const char *suffix : {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2",
                             ".tar.xz", ".txz", ".tar.zst"}) {
    std::string s = suffix;
    if (name.size() >= s.size() &&
        name.compare(name.size() - s.size(), s.size(), s) == 0)
      return true;
  }
  return false;
}

bool has_glob(const std::string &text) {
  return text.find_first_of("*?[") != std::string::npos;
}

/// Where an image path's file comes from.
struct Resolved {
  enum Kind { Missing, Found, Unknown } kind = Missing;
  fs::path host;
  std::vector<const Copy *> opaque; ///< the copies that made it unknown
};

class DockerfileReader {
public:
  /// `warnings` gets what it finds wrong with the image as a function.
  DockerfileReader(const SourceFilePtr &file, const DockerBuild &build,
                   DeploymentScan &out, std::vector<LoadError> &warnings)
      : file_(file), build_(build), out_(out), warnings_(warnings) {
    context_ = build.context.empty() ? fs::absolute(file->path()).parent_path()
                                     : build.context;
    context_ = context_.lexically_normal();
  }

  void read() {
    parsed_ = parse_dockerfile(file_->text());
    for (const DockerInstruction &instruction : parsed_.instructions)
      apply(instruction);
    if (!stages_.empty())
      report(stages_.back());
  }

private:
  DockerVariables variables(const Stage &stage) const {
    DockerVariables merged = stage.args;
    for (const auto &[name, value] : stage.env)
      merged[name] = value;
    return merged;
  }

  std::optional<std::vector<std::string>> expand(const Stage &stage,
                                                 std::string_view text) const {
    return expand_words(text, variables(stage), parsed_.escape,
                        stage.env_complete);
  }

  void apply(const DockerInstruction &instruction) {
    const std::string &keyword = instruction.keyword;
    if (keyword == "FROM")
      return from(instruction);
    if (keyword == "ARG") {
      if (stages_.empty())
        declare_args(instruction, global_args_, global_args_, true);
      else
        declare_args(instruction, stages_.back().args, global_args_, false);
      return;
    }
    if (stages_.empty())
      return;
    Stage &stage = stages_.back();
    if (keyword == "ENV") {
      set_env(stage, instruction.arguments);
    } else if (keyword == "WORKDIR") {
      auto words = expand(stage, instruction.arguments);
      if (words && words->size() == 1 && !words->front().empty() &&
          (stage.workdir || words->front()[0] == '/'))
        stage.workdir = image_path((*words)[0], stage.workdir.value_or("/"));
      else
        stage.workdir.reset();
      if (stage.workdir)
        stage.directories.push_back(*stage.workdir);
    } else if (keyword == "COPY" || keyword == "ADD") {
      copy(stage, instruction);
    } else if (keyword == "ENTRYPOINT") {
      stage.entry_point = command(instruction);
      if (!stage.command_here)
        stage.command.reset(); // a new entry point drops the base's CMD
    } else if (keyword == "CMD") {
      stage.command = command(instruction);
      stage.command_here = true;
    } else if (keyword == "SHELL") {
      if (auto words = exec_form(instruction.arguments)) {
        stage.shell.clear();
        for (const ExecWord &word : *words)
          stage.shell.push_back(word.text);
      }
    }
  }

  void from(const DockerInstruction &instruction) {
    auto words =
        expand_words(instruction.arguments, global_args_, parsed_.escape, true);
    std::vector<std::string> parts;
    if (words)
      for (const std::string &word : *words)
        if (word.rfind("--", 0) != 0)
          parts.push_back(word);
    Stage stage;
    if (!parts.empty()) {
      std::string image = lower(parts[0]);
      auto parent = std::find_if(
          stages_.rbegin(), stages_.rend(),
          [&](const Stage &earlier) { return earlier.name == image; });
      if (parent != stages_.rend()) {
        stage = *parent;
        stage.command_here = false;
      } else if (image == "scratch") {
        stage.env_complete = true;
        stage.workdir = "/";
      } else {
        stage.kind = classify_image(parts[0], stage.runtime);
        if (stage.kind != ImageKind::Unknown) {
          // What the AWS base images set.
          stage.env_complete = true;
          stage.env = {{"LAMBDA_TASK_ROOT", "/var/task"},
                       {"LAMBDA_RUNTIME_DIR", "/var/runtime"},
                       {"PATH", std::nullopt},
                       {"LD_LIBRARY_PATH", std::nullopt},
                       {"LANG", std::nullopt},
                       {"TZ", std::nullopt}};
          stage.workdir = "/var/task";
          stage.directories = {"/var/task"};
          Command entry;
          entry.words.push_back({"/lambda-entrypoint.sh", 0, 0});
          stage.entry_point = entry;
        }
      }
    }
    stage.name = parts.size() >= 3 && lower(parts[1]) == "as" ? lower(parts[2])
                                                              : std::string();
    stage.args.clear(); // ARGs are scoped to their stage
    stages_.push_back(std::move(stage));
  }

  /// `ARG a=1 b`: into `scope`; a name without a value takes the global
  /// one's (inside a stage) or is unknown (a build argument).
  void declare_args(const DockerInstruction &instruction,
                    DockerVariables &scope, const DockerVariables &globals,
                    bool global) {
    // Names come from the raw words: a value may be unknown.
    std::vector<std::string> raw;
    std::string_view text = instruction.arguments;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t start = text.find_first_not_of(" \t", i);
      if (start == std::string_view::npos)
        break;
      std::size_t end = text.find_first_of(" \t", start);
      if (end == std::string_view::npos)
        end = text.size();
      raw.emplace_back(text.substr(start, end - start));
      i = end;
    }
    DockerVariables context = global ? globals : variables(stages_.back());
    bool complete = global || stages_.back().env_complete;
    for (const std::string &word : raw) {
      std::size_t equals = word.find('=');
      std::string name = word.substr(0, equals);
      if (equals == std::string::npos) {
        auto it = globals.find(name);
        scope[name] =
            !global && it != globals.end() ? it->second : std::nullopt;
        continue;
      }
      auto value = expand_words(std::string_view(word).substr(equals + 1),
                                context, parsed_.escape, complete);
      scope[name] =
          value && value->size() <= 1
              ? std::optional<std::string>(value->empty() ? "" : value->front())
              : std::nullopt;
    }
  }

  void set_env(Stage &stage, std::string_view text) {
    DockerVariables before = variables(stage);
    std::size_t first_end = text.find_first_of(" \t");
    std::string_view first = text.substr(0, first_end);
    if (first.find('=') == std::string_view::npos) {
      // The old form: ENV NAME the rest of the line
      std::string name(first);
      if (first_end == std::string_view::npos)
        return;
      auto value = expand_words(trim(text.substr(first_end)), before,
                                parsed_.escape, stage.env_complete);
      if (value) {
        std::string joined;
        for (const std::string &word : *value)
          joined += (joined.empty() ? "" : " ") + word;
        stage.env[name] = joined;
      } else {
        stage.env[name] = std::nullopt;
      }
      return;
    }
    auto words = expand_words(text, before, parsed_.escape, stage.env_complete);
    if (words) {
      for (const std::string &word : *words) {
        std::size_t equals = word.find('=');
        if (equals != std::string::npos)
          stage.env[word.substr(0, equals)] = word.substr(equals + 1);
      }
      return;
    }
    // Some value is unknown: every name this line sets is.
    for (std::size_t i = 0; i < text.size();) {
      std::size_t start = text.find_first_not_of(" \t", i);
      if (start == std::string_view::npos)
        break;
      std::size_t equals = text.find('=', start);
      std::size_t blank = text.find_first_of(" \t", start);
      if (equals != std::string_view::npos && equals < blank) {
        std::string name(text.substr(start, equals - start));
        if (!name.empty() &&
            std::all_of(name.begin(), name.end(), is_name_char))
          stage.env[name] = std::nullopt;
      }
      i = blank == std::string_view::npos ? text.size() : blank;
    }
  }

  Command command(const DockerInstruction &instruction) const {
    Command out;
    out.at = &instruction;
    if (auto words = exec_form(instruction.arguments)) {
      out.words = std::move(*words);
    } else {
      out.exec = false;
      out.text = instruction.arguments;
    }
    return out;
  }

  void copy(Stage &stage, const DockerInstruction &instruction) {
    bool add = instruction.keyword == "ADD";
    std::vector<std::string> words;
    std::optional<std::string> from;
    // Flags lead: --from=build, --chown=..., --link.
    std::string_view rest = instruction.arguments;
    while (rest.compare(0, 2, "--") == 0) {
      std::size_t end = rest.find_first_of(" \t");
      std::string_view flag = rest.substr(0, end);
      if (flag.compare(0, 7, "--from=") == 0) {
        auto value = expand(stage, flag.substr(7));
        from = value && value->size() == 1 ? value->front() : std::string();
      }
      rest = end == std::string_view::npos ? std::string_view()
                                           : trim(rest.substr(end));
    }
    bool known = true;
    if (auto exec = exec_form(rest)) {
      for (const ExecWord &word : *exec) {
        auto expanded = expand(stage, word.text);
        known = known && expanded && expanded->size() == 1;
        words.push_back(known ? expanded->front() : "");
      }
    } else if (auto expanded = expand(stage, rest)) {
      words = std::move(*expanded);
    } else {
      known = false;
    }
    if (!known || words.size() < 2 || words.back().empty()) {
      Copy unknown; // could be anything, anywhere
      unknown.at = &instruction;
      stage.copies.push_back(unknown);
      return;
    }
    std::string dest_text = words.back();
    words.pop_back();
    Copy base;
    base.at = &instruction;
    if (dest_text[0] == '/' || stage.workdir)
      base.dest = image_path(dest_text, stage.workdir.value_or("/"));
    base.into = dest_text.back() == '/' || words.size() > 1 ||
                (base.dest &&
                 std::find(stage.directories.begin(), stage.directories.end(),
                           *base.dest) != stage.directories.end());
    for (const std::string &source : words) {
      Copy entry = base;
      if (from) {
        auto stage_index = stage_named(*from);
        if (stage_index) {
          entry.source = Copy::Source::Stage;
          entry.stage = *stage_index;
          entry.stage_path = image_path(source, "/");
        }
      } else if (source.rfind("<<", 0) == 0 ||
                 source.find("://") != std::string::npos ||
                 source.rfind("git@", 0) == 0 || (add && is_archive(source))) {
        // A heredoc, a URL, an archive ADD unpacks: not the host's files.
      } else {
        fs::path host = (context_ / source).lexically_normal();
        std::error_code error;
        fs::path real = fs::weakly_canonical(host, error);
        fs::path real_context = fs::weakly_canonical(context_, error);
        if (!is_within(host, context_) && host != context_) {
          entry.outside = source;
        } else if (!error && real != real_context &&
                   !is_within(real, real_context)) {
          entry.outside = source; // a symlink out of the context
        } else {
          entry.source = Copy::Source::Host;
          entry.host = host;
        }
      }
      stage.copies.push_back(std::move(entry));
    }
  }

  /// The stage `COPY --from=` names: by name, or by index.
  std::optional<std::size_t> stage_named(const std::string &name) const {
    std::string lowered = lower(name);
    for (std::size_t i = stages_.size() - 1; i-- > 0;)
      if (stages_[i].name == lowered)
        return i;
    if (!lowered.empty() &&
        std::all_of(lowered.begin(), lowered.end(), ::isdigit)) {
      std::size_t index = std::stoul(lowered);
      if (index + 1 < stages_.size())
        return index;
    }
    return std::nullopt; // another image
  }

  /// Where `path` (absolute, normalized) in stage `index` comes from.
  Resolved resolve(std::size_t index, const std::string &path) const {
    const Stage &stage = stages_[index];
    Resolved unknown;
    unknown.kind = Resolved::Unknown;
    for (auto it = stage.copies.rbegin(); it != stage.copies.rend(); ++it) {
      const Copy &copy = *it;
      if (!copy.dest) {
        unknown.opaque.push_back(&copy);
        return unknown;
      }
      auto rel = inside(path, *copy.dest);
      if (!rel)
        continue;
      switch (copy.source) {
      case Copy::Source::Opaque:
        unknown.opaque.push_back(&copy);
        return unknown;
      case Copy::Source::Host: {
        if (auto found = from_host(copy, *rel))
          return {Resolved::Found, *found, {}};
        break;
      }
      case Copy::Source::Stage: {
        // The source is a directory (its contents land in dest) or, copied
        // into dest, a file or directory under its own name.
        std::vector<std::string> candidates = {
            rel->empty() ? copy.stage_path : copy.stage_path + "/" + *rel};
        std::string name = fs::path(copy.stage_path).filename().string();
        if (copy.into && !rel->empty() &&
            (*rel == name || rel->rfind(name + "/", 0) == 0))
          candidates.push_back(image_path(
              *rel, fs::path(copy.stage_path).parent_path().generic_string()));
        for (const std::string &candidate : candidates) {
          Resolved inner = resolve(copy.stage, image_path(candidate, "/"));
          if (inner.kind != Resolved::Missing)
            return inner;
        }
        break;
      }
      }
    }
    return {};
  }

  /// The host file or directory a host copy puts at `rel` under its dest.
  std::optional<fs::path> from_host(const Copy &copy,
                                    const std::string &rel) const {
    std::error_code error;
    std::string name = copy.host.filename().string();
    if (has_glob(name)) {
      // Only file names match: `COPY app/*.py ./`.
      if (rel.empty() || rel.find('/') != std::string::npos ||
          fnmatch(name.c_str(), rel.c_str(), FNM_PERIOD) != 0)
        return std::nullopt;
      fs::path match = copy.host.parent_path() / rel;
      if (is_file_recorded(match))
        return match;
      return std::nullopt;
    }
    record_input(copy.host);
    if (fs::is_directory(copy.host, error)) {
      fs::path target = rel.empty() ? copy.host : copy.host / rel;
      record_input(target);
      if (fs::exists(target, error))
        return target;
      return std::nullopt;
    }
    if (!is_file_recorded(copy.host))
      return std::nullopt;
    if ((copy.into && rel == name) || (!copy.into && rel.empty()))
      return copy.host;
    return std::nullopt;
  }

  /// A warning at the arguments of `at` (the file's start when it comes
  /// from the base image).
  void warn(const DockerInstruction *at, const std::string &message) {
    TextRange range;
    if (at)
      range = {at->file_offset(0), at->file_offset(at->arguments.size())};
    warnings_.push_back({file_->path(), message, true, Location{file_, range}});
  }

  void warn_outside(const Resolved &resolved) {
    for (const Copy *copy : resolved.opaque)
      if (!copy->outside.empty())
        warn(copy->at, "COPY source '" + message_excerpt(copy->outside) +
                           "' is outside the build context; hoist does not "
                           "read it");
  }

  /// The handler the final stage runs, and where its code is.
  void report(const Stage &stage) {
    std::optional<Command> entry = stage.entry_point;
    std::optional<Command> command = stage.command;
    if (build_.entry_point) {
      entry = Command();
      for (const std::string &word : *build_.entry_point)
        entry->words.push_back({word, 0, 0});
      entry->places = &build_.entry_point_places;
      command.reset();
    }
    if (build_.command) {
      command = Command();
      for (const std::string &word : *build_.command)
        command->words.push_back({word, 0, 0});
      command->places = &build_.command_places;
    }
    // The process's arguments, each with the command it came from.
    struct Argument {
      std::string text;
      const Command *from;
      const ExecWord *word; ///< exec form only
    };
    std::vector<Argument> argv;
    auto add = [&](const Command &part) {
      if (part.exec) {
        for (const ExecWord &word : part.words)
          argv.push_back({word.text, &part, &word});
      } else {
        for (const std::string &word : stage.shell)
          argv.push_back({word, &part, nullptr});
        argv.push_back({part.text, &part, nullptr});
      }
    };
    if (entry)
      add(*entry);
    if (command && (!entry || entry->exec))
      add(*command);
    std::string root;
    std::optional<std::size_t> handler_index;
    for (std::size_t i = 0; i < argv.size(); ++i) {
      const std::string &word = argv[i].text;
      if (word == "awslambdaric" ||
          (word.size() > 13 &&
           word.compare(word.size() - 13, 13, "/awslambdaric") == 0)) {
        handler_index = i + 1;
        if (!stage.workdir)
          return; // imports from a directory hoist cannot tell
        root = *stage.workdir;
        break;
      }
      // The shell form run as the process itself: `python -m awslambdaric
      // $HANDLER` after `/bin/sh -c`.
      if (i == stage.shell.size() && !argv[i].word && argv[i].from &&
          !argv[i].from->exec &&
          argv[i].text.find("awslambdaric") != std::string::npos)
        return shell_awslambdaric(stage, *argv[i].from);
    }
    bool lambda_entry = false;
    if (!handler_index) {
      if ((stage.kind != ImageKind::LambdaPython &&
           stage.kind != ImageKind::LambdaNode) ||
          !entry || !entry->exec ||
          entry->words.size() != 1 ||
          entry->words[0].text != "/lambda-entrypoint.sh")
        return; // not a runtime hoist checks, or an entry point it cannot read
      lambda_entry = true;
      handler_index = 1;
      auto task_root = stage.env.find("LAMBDA_TASK_ROOT");
      if (task_root == stage.env.end() || !task_root->second)
        return;
      root = image_path(*task_root->second, "/");
    }
    if (*handler_index >= argv.size())
      return; // no CMD: the function's configuration must name the handler
    const Argument &handler = argv[*handler_index];
    const DockerInstruction *at = handler.from ? handler.from->at : nullptr;
    if (!handler.word) {
      warn(at, "CMD in shell form runs '" +
                   message_excerpt(stage.shell.empty() ? handler.text
                                                       : stage.shell[0]) +
                   " ...', not the handler: the Lambda runtime is given '" +
                   message_excerpt(handler.text) +
                   "' as its handler and the function cannot start; write "
                   "the exec form, CMD [\"handler.function\"]");
      return;
    }
    if (lambda_entry && argv.size() != 2) {
      warn(at, "CMD gives the Lambda entry point " +
                   std::to_string(argv.size() - 1) +
                   " arguments; it takes the handler as its only one and "
                   "exits otherwise, so the function cannot start");
      return;
    }
    if (handler.text.find('$') != std::string::npos) {
      std::string message =
          "'" + message_excerpt(handler.text) +
          "' is given to the runtime as it is: Docker expands no variables "
          "in the exec form of CMD or ENTRYPOINT";
      auto expanded = expand_words(handler.text, variables(stage),
                                   parsed_.escape, stage.env_complete);
      if (expanded && expanded->size() == 1 && !expanded->front().empty())
        message += "; write '" + message_excerpt(expanded->front()) + "'";
      warn(at, message);
      return;
    }
    emit(stage, root, handler.text, at, place(handler.from, handler.word));
  }

  /// Where `word` of `command` is written: in the Dockerfile, or in the
  /// configuration that overrides its command.
  Location place(const Command *command, const ExecWord *word) const {
    if (command && command->places) {
      std::size_t index = static_cast<std::size_t>(word - command->words.data());
      if (index < command->places->size())
        return (*command->places)[index];
    }
    const DockerInstruction *at = command ? command->at : nullptr;
    return {file_, at ? TextRange{at->file_offset(word->begin),
                                  at->file_offset(word->end)}
                      : TextRange{}};
  }

  /// `ENTRYPOINT python -m awslambdaric $HANDLER`: the shell expands the
  /// handler word from the image's environment (ARGs are gone by then).
  void shell_awslambdaric(const Stage &stage, const Command &command) {
    auto words = expand_words(command.text, stage.env, parsed_.escape,
                              stage.env_complete);
    if (!words || !stage.workdir)
      return;
    for (std::size_t i = 0; i + 1 < words->size(); ++i) {
      const std::string &word = (*words)[i];
      if (word == "awslambdaric" ||
          (word.size() > 13 &&
           word.compare(word.size() - 13, 13, "/awslambdaric") == 0)) {
        const std::string &handler = (*words)[i + 1];
        std::size_t at = command.text.find(handler);
        TextRange range;
        if (at != std::string::npos && command.at)
          range = {command.at->file_offset(at),
                   command.at->file_offset(at + handler.size())};
        else if (command.at)
          range = {command.at->file_offset(0),
                   command.at->file_offset(command.text.size())};
        emit(stage, *stage.workdir, handler, command.at, {file_, range});
        return;
      }
    }
  }

  /// A handler whose module `root` holds, when hoist can tell where the
  /// module comes from.
  void emit(const Stage &stage, const std::string &root,
            const std::string &handler, const DockerInstruction *at,
            Location where) {
    // Python's module path is dotted; Node.js's is a file's, dots kept.
    const bool node = stage.kind == ImageKind::LambdaNode;
    std::size_t dot = handler.rfind('.');
    std::vector<std::string> components;
    if (dot != std::string::npos && dot > 0) {
      std::string module = handler.substr(0, dot);
      std::size_t start = 0;
      for (std::size_t i = 0; i <= module.size(); ++i)
        if (i == module.size() || module[i] == '/' ||
            (!node && module[i] == '.')) {
          components.push_back(module.substr(start, i - start));
          start = i + 1;
        }
    }
    std::optional<fs::path> code_root;
    Resolved unknown;
    bool valid = !components.empty() &&
                 std::none_of(components.begin(), components.end(),
                              [](const std::string &c) {
                                return c.empty() || c == "." || c == "..";
                              });
    std::size_t index = stages_.size() - 1;
    if (valid) {
      std::string module_path = root;
      for (const std::string &component : components)
        module_path += "/" + component;
      static const std::vector<const char *> kPython = {".py", "/__init__.py"};
      static const std::vector<const char *> kNode = {".js", ".mjs", ".cjs"};
      for (const char *suffix : node ? kNode : kPython) {
        std::string image = image_path(module_path + suffix, "/");
        Resolved resolved = resolve(index, image);
        if (resolved.kind == Resolved::Found) {
          // The code root is where the module's path starts on the host.
          fs::path host = resolved.host;
          std::string tail = image.substr(root == "/" ? 1 : root.size() + 1);
          std::string text = host.generic_string();
          if (text.size() > tail.size() &&
              text.compare(text.size() - tail.size(), tail.size(), tail) == 0 &&
              text[text.size() - tail.size() - 1] == '/')
            code_root = fs::path(text.substr(0, text.size() - tail.size() - 1));
          else
            return; // renamed on the way in: hoist cannot map it back
          break;
        }
        if (resolved.kind == Resolved::Unknown)
          unknown = resolved;
      }
    }
    if (!code_root) {
      if (unknown.kind == Resolved::Unknown)
        return warn_outside(unknown);
      // Nowhere: report it against the directory copied to the root.
      Resolved dir = resolve(index, root);
      if (dir.kind == Resolved::Unknown)
        return warn_outside(dir);
      std::error_code error;
      if (dir.kind == Resolved::Found && fs::is_directory(dir.host, error))
        code_root = dir.host;
      else if (auto file_root = copied_file_parent(stage, root))
        code_root = *file_root;
      else if (valid)
        return; // nothing copied there: the module comes from elsewhere
      else
        code_root = context_;
    }
    out_.handlers.push_back({handler, code_root->lexically_normal(),
                             stage.runtime, std::move(where),
                             at ? "the " + at->keyword + " of " + file_->path()
                                : "the image built from " + file_->path(),
                             node ? HandlerLanguage::JavaScript
                                  : HandlerLanguage::Python});
  }

  /// The directory of the last host file copied into `root` itself.
  std::optional<fs::path> copied_file_parent(const Stage &stage,
                                             const std::string &root) const {
    for (auto it = stage.copies.rbegin(); it != stage.copies.rend(); ++it)
      if (it->source == Copy::Source::Host && it->dest && it->into &&
          *it->dest == root)
        return it->host.parent_path();
    return std::nullopt;
  }

  SourceFilePtr file_;
  const DockerBuild &build_;
  DeploymentScan &out_;
  std::vector<LoadError> &warnings_;
  fs::path context_;
  ParsedDockerfile parsed_;
  DockerVariables global_args_;
  std::vector<Stage> stages_;
};

} // namespace

void read_dockerfile(const SourceFilePtr &file, const DockerBuild &build,
                     DeploymentScan &out) {
  DockerfileReader(file, build, out, out.errors).read();
}

BuiltImage read_built_image(const std::filesystem::path &dockerfile,
                            const DockerBuild &build,
                            const std::string &display,
                            const DeploymentContext &context,
                            DeploymentScan &out, std::size_t &first) {
  out.dockerfiles_built_elsewhere.push_back(dockerfile.string());
  first = out.handlers.size();
  if (!is_inside_trees(build.context, context.checked_trees) ||
      !is_inside_trees(dockerfile, context.checked_trees))
    return BuiltImage::Outside;
  auto read = read_file_within(dockerfile, context.max_file_size);
  auto *text = std::get_if<std::string>(&read);
  if (!text)
    return BuiltImage::Missing;
  read_dockerfile(std::make_shared<const SourceFile>(display, std::move(*text)),
                  build, out);
  for (std::size_t i = first; i < out.handlers.size(); ++i)
    out.handlers[i].built_by_template = true;
  return BuiltImage::Read;
}

// On its own, a Dockerfile may build no function (a layer built in a
// container): what it finds wrong waits for the project to show an image
// function (engine/deployment_reading.cpp).
void read_dockerfile(const SourceFilePtr &file, DeploymentScan &out) {
  DockerBuild build;
  DockerfileReader(file, build, out, out.image_warnings).read();
}

} // namespace hoist
