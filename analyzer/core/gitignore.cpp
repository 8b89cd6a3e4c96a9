#include "core/gitignore.h"

#include <cctype>
#include <cstdlib>
#include <sstream>
#include <variant>

#include "core/source_file.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// `[...]` at glob[i] (just past the '['): whether `c` is in the class.
/// Sets `end` past the closing ']'; false with `end` = npos when the class
/// is not closed (then '[' is literal, as in git).
bool match_class(std::string_view glob, std::size_t i, char c,
                 std::size_t &end) {
  bool negated = i < glob.size() && (glob[i] == '!' || glob[i] == '^');
  if (negated)
    ++i;
  bool matched = false;
  bool first = true;
  auto in = [](const char *name, char ch) {
    auto u = static_cast<unsigned char>(ch);
    std::string_view n(name);
    return n == "alnum"    ? std::isalnum(u)
           : n == "alpha"  ? std::isalpha(u)
           : n == "blank"  ? (ch == ' ' || ch == '\t')
           : n == "cntrl"  ? std::iscntrl(u)
           : n == "digit"  ? std::isdigit(u)
           : n == "graph"  ? std::isgraph(u)
           : n == "lower"  ? std::islower(u)
           : n == "print"  ? std::isprint(u)
           : n == "punct"  ? std::ispunct(u)
           : n == "space"  ? std::isspace(u)
           : n == "upper"  ? std::isupper(u)
           : n == "xdigit" ? std::isxdigit(u)
                           : 0;
  };
  while (i < glob.size()) {
    char low = glob[i];
    if (low == ']' && !first) {
      end = i + 1;
      return matched != negated && c != '/';
    }
    first = false;
    if (low == '[' && i + 1 < glob.size() && glob[i + 1] == ':') {
      std::size_t close = glob.find(":]", i + 2);
      if (close != std::string_view::npos) {
        std::string name(glob.substr(i + 2, close - i - 2));
        matched = matched || in(name.c_str(), c);
        i = close + 2;
        continue;
      }
    }
    if (low == '\\' && i + 1 < glob.size())
      low = glob[++i];
    char high = low;
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      i += 2;
      high = glob[i];
      if (high == '\\' && i + 1 < glob.size())
        high = glob[++i];
    }
    matched = matched || (low <= c && c <= high);
    ++i;
  }
  end = std::string_view::npos;
  return false;
}

bool wild(std::string_view glob, std::size_t p, std::string_view text,
          std::size_t t) {
  while (p < glob.size()) {
    char c = glob[p];
    if (c == '*') {
      std::size_t stars = p;
      while (stars < glob.size() && glob[stars] == '*')
        ++stars;
      bool spans = stars - p >= 2 && (p == 0 || glob[p - 1] == '/') &&
                   (stars == glob.size() || glob[stars] == '/');
      if (spans) {
        if (stars == glob.size())
          return true; // "/**" and a lone "**": everything below
        // "**/": zero or more whole directories.
        std::size_t rest = stars + 1;
        for (std::size_t s = t;;) {
          if (wild(glob, rest, text, s))
            return true;
          std::size_t slash = text.find('/', s);
          if (slash == std::string_view::npos)
            return false;
          s = slash + 1;
        }
      }
      // Any other run of stars: anything but '/'.
      if (stars == glob.size())
        return text.find('/', t) == std::string_view::npos;
      for (std::size_t s = t; s <= text.size(); ++s) {
        if (wild(glob, stars, text, s))
          return true;
        if (s < text.size() && text[s] == '/')
          return false;
      }
      return false;
    }
    if (t == text.size())
      return false;
    if (c == '?') {
      if (text[t] == '/')
        return false;
    } else if (c == '[') {
      std::size_t end;
      bool in = match_class(glob, p + 1, text[t], end);
      if (end != std::string_view::npos) {
        if (!in)
          return false;
        p = end;
        ++t;
        continue;
      }
      if (text[t] != '[')
        return false;
    } else {
      if (c == '\\' && p + 1 < glob.size())
        c = glob[++p];
      if (text[t] != c)
        return false;
    }
    ++p;
    ++t;
  }
  return t == text.size();
}

/// The file's text; empty, as if it were missing, when it is not a regular
/// file (a FIFO would block the walk, a device never ends) or is larger than
/// git itself reads (its PATTERN_MAX_FILE_SIZE).
std::string read_text(const fs::path &path) {
  constexpr std::uintmax_t kMaxIgnoreFileSize = 100 * 1024 * 1024;
  auto read = read_file_within(path, kMaxIgnoreFileSize);
  if (auto *text = std::get_if<std::string>(&read))
    return std::move(*text);
  return {};
}

std::string lowercase(std::string text) {
  for (char &c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string trimmed(const std::string &text) {
  std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos)
    return "";
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

/// core.excludesFile from one git config file, when it sets it.
std::optional<std::string> excludes_file_setting(const fs::path &config) {
  std::istringstream in(read_text(config));
  std::string line, section;
  std::optional<std::string> value;
  while (std::getline(in, line)) {
    line = trimmed(line);
    if (line.empty() || line[0] == '#' || line[0] == ';')
      continue;
    if (line[0] == '[') {
      section = lowercase(trimmed(line.substr(1, line.find(']') - 1)));
      continue;
    }
    std::size_t equals = line.find('=');
    if (section != "core" || equals == std::string::npos ||
        lowercase(trimmed(line.substr(0, equals))) != "excludesfile")
      continue;
    std::string setting = trimmed(line.substr(equals + 1));
    if (setting.size() >= 2 && setting.front() == '"' && setting.back() == '"')
      setting = setting.substr(1, setting.size() - 2);
    value = setting;
  }
  return value;
}

fs::path home_relative(const std::string &path) {
  const char *home = std::getenv("HOME");
  if (home && path.compare(0, 2, "~/") == 0)
    return fs::path(home) / path.substr(2);
  return path;
}

/// The git directory of the work tree at `root`: `.git`, or where a `.git`
/// file points (worktrees, submodules), then its common directory.
fs::path git_directory(const fs::path &root) {
  fs::path dot_git = root / ".git";
  std::error_code error;
  if (fs::is_regular_file(dot_git, error)) {
    std::string text = trimmed(read_text(dot_git));
    if (text.compare(0, 7, "gitdir:") == 0) {
      fs::path target = trimmed(text.substr(7));
      dot_git = target.is_absolute() ? target : root / target;
    }
  }
  if (fs::is_regular_file(dot_git / "commondir", error)) {
    fs::path common = trimmed(read_text(dot_git / "commondir"));
    return common.is_absolute() ? common : dot_git / common;
  }
  return dot_git;
}

/// The global excludes file, as git finds it.
std::optional<fs::path> global_excludes_file(const fs::path &git_dir) {
  const char *xdg = std::getenv("XDG_CONFIG_HOME");
  const char *home = std::getenv("HOME");
  fs::path config_home = xdg && *xdg ? fs::path(xdg)
                         : home      ? fs::path(home) / ".config"
                                     : fs::path();
  std::optional<std::string> setting;
  std::vector<fs::path> configs;
  if (!config_home.empty())
    configs.push_back(config_home / "git" / "config");
  if (home)
    configs.push_back(fs::path(home) / ".gitconfig");
  configs.push_back(git_dir / "config");
  for (const fs::path &config : configs) // later ones win, as in git
    if (auto value = excludes_file_setting(config))
      setting = value;
  if (setting)
    return setting->empty() ? std::nullopt
                             : std::optional(home_relative(*setting));
  if (config_home.empty())
    return std::nullopt;
  return config_home / "git" / "ignore";
}

} // namespace

bool wildmatch(std::string_view glob, std::string_view text) {
  return wild(glob, 0, text, 0);
}

GitignoreFile::GitignoreFile(std::string_view text, std::string base)
    : base_(std::move(base)) {
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos)
      end = text.size();
    std::string line(text.substr(begin, end - begin));
    begin = end + 1;
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty() || line[0] == '#')
      continue;
    // Trailing spaces go unless escaped.
    while (!line.empty() && line.back() == ' ' &&
           !(line.size() >= 2 && line[line.size() - 2] == '\\'))
      line.pop_back();
    Pattern pattern;
    if (line[0] == '!') {
      pattern.negated = true;
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      pattern.directory_only = true;
      line.pop_back();
    }
    pattern.anchored = line.find('/') != std::string::npos;
    if (!line.empty() && line[0] == '/')
      line.erase(0, 1);
    if (line.empty())
      continue;
    pattern.glob = std::move(line);
    patterns_.push_back(std::move(pattern));
  }
}

std::optional<bool> GitignoreFile::match(std::string_view path,
                                         bool is_directory) const {
  std::string_view relative = path;
  if (!base_.empty()) {
    if (path.size() <= base_.size() || path.compare(0, base_.size(), base_) ||
        path[base_.size()] != '/')
      return std::nullopt;
    relative.remove_prefix(base_.size() + 1);
  }
  std::size_t slash = relative.rfind('/');
  std::string_view name = slash == std::string_view::npos
                              ? relative
                              : relative.substr(slash + 1);
  for (auto pattern = patterns_.rbegin(); pattern != patterns_.rend();
       ++pattern) {
    if (pattern->directory_only && !is_directory)
      continue;
    if (wildmatch(pattern->glob, pattern->anchored ? relative : name))
      return !pattern->negated;
  }
  return std::nullopt;
}

std::shared_ptr<const IgnoreScope>
IgnoreScope::repository(const fs::path &root) {
  auto scope = std::make_shared<IgnoreScope>();
  fs::path git_dir = git_directory(root);
  for (const std::optional<fs::path> &file :
       {std::optional(git_dir / "info" / "exclude"),
        global_excludes_file(git_dir)}) {
    if (!file)
      continue;
    GitignoreFile patterns(read_text(*file), "");
    if (!patterns.empty())
      scope->files_.push_back(std::move(patterns));
  }
  return scope;
}

std::shared_ptr<const IgnoreScope>
IgnoreScope::nested(const std::shared_ptr<const IgnoreScope> &parent,
                    const fs::path &gitignore, std::string directory) {
  GitignoreFile patterns(read_text(gitignore), std::move(directory));
  if (patterns.empty())
    return parent;
  auto scope = std::make_shared<IgnoreScope>();
  scope->parent_ = parent;
  scope->files_.push_back(std::move(patterns));
  return scope;
}

bool IgnoreScope::ignores(std::string_view path, bool is_directory) const {
  for (const IgnoreScope *scope = this; scope; scope = scope->parent_.get())
    for (const GitignoreFile &file : scope->files_)
      if (std::optional<bool> ignored = file.match(path, is_directory))
        return *ignored;
  return false;
}

std::optional<fs::path> find_repository_root(const fs::path &path) {
  std::error_code error;
  fs::path dir = fs::absolute(path, error).lexically_normal();
  if (!fs::is_directory(dir, error))
    dir = dir.parent_path();
  while (true) {
    if (fs::exists(dir / ".git", error))
      return dir;
    if (dir == dir.parent_path())
      return std::nullopt;
    dir = dir.parent_path();
  }
}

} // namespace hoist
