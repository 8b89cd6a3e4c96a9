#include "core/config.h"

#include <algorithm>
#include <cctype>
#include <fnmatch.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <toml++/toml.h>

#include "core/closest_name.h"
#include "core/rule_registry.h"
#include "core/source_file.h"
#include "rules/rule_ids.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

class ConfigReader {
public:
  ConfigReader(const fs::path &file, Config &config)
      : file_(file), config_(config) {}

  /// Reads `table`; returns false with `error_` set at the first problem.
  bool read(const toml::table &table) {
    static const std::vector<std::string> kKeys = {"select",
                                                   "extend-select",
                                                   "ignore",
                                                   "handler-patterns",
                                                   "handlers",
                                                   "roots",
                                                   "exclude",
                                                   "extend-exclude",
                                                   "force-exclude",
                                                   "respect-gitignore",
                                                   "per-file-ignores",
                                                   "constructors",
                                                   "harmless-calls",
                                                   "rules",
                                                   "max-file-size"};
    for (const auto &[key, node] : table) {
      std::string name(key.str());
      if (std::find(kKeys.begin(), kKeys.end(), name) == kKeys.end()) {
        std::string advice = did_you_mean(name, kKeys);
        if (advice.empty()) {
          advice = "; the keys are: ";
          for (std::size_t i = 0; i < kKeys.size(); ++i)
            advice += (i ? ", " : "") + kKeys[i];
        }
        return fail(node, "unknown key '" + name + "'" + advice);
      }
      bool ok = true;
      if (name == "select")
        ok = rule_ids(node, name, config_.select.emplace(), true);
      else if (name == "extend-select")
        ok = rule_ids(node, name, config_.extend_select, true);
      else if (name == "ignore")
        ok = rule_ids(node, name, config_.ignore, true);
      else if (name == "handler-patterns")
        ok = strings(node, name, config_.handler_patterns.emplace());
      else if (name == "handlers")
        ok = strings(node, name, config_.handlers);
      else if (name == "roots")
        ok = strings(node, name, config_.roots);
      else if (name == "exclude")
        ok = strings(node, name, config_.exclude);
      else if (name == "extend-exclude")
        ok = strings(node, name, config_.extend_exclude);
      else if (name == "force-exclude")
        ok = boolean(node, name, config_.force_exclude);
      else if (name == "respect-gitignore")
        ok = boolean(node, name, config_.respect_gitignore);
      else if (name == "per-file-ignores")
        ok = per_file_ignores(node);
      else if (name == "constructors")
        ok = constructors(node);
      else if (name == "harmless-calls")
        ok = dotted_names(node, name, config_.harmless_calls);
      else if (name == "rules")
        ok = rules(node);
      else if (name == "max-file-size") {
        auto bytes = node.value<int64_t>();
        if (!node.is_integer() || !bytes || *bytes <= 0)
          return fail(node,
                      "'max-file-size' must be a positive number of bytes");
        config_.max_file_size = static_cast<std::uintmax_t>(*bytes);
      }
      if (!ok)
        return false;
    }
    return true;
  }

  const std::string &error() const { return error_; }

private:
  bool fail(const toml::node &node, const std::string &message) {
    const auto &where = node.source().begin;
    error_ = file_.string() + ":" + std::to_string(where.line) + ":" +
             std::to_string(where.column) + ": " + message;
    return false;
  }

  bool strings(const toml::node &node, const std::string &key,
               std::vector<std::string> &out) {
    const toml::array *array = node.as_array();
    if (!array)
      return fail(node, "'" + key + "' must be an array of strings");
    for (const toml::node &item : *array) {
      auto value = item.value<std::string>();
      if (!item.is_string() || !value)
        return fail(item, "'" + key + "' must be an array of strings");
      out.push_back(*value);
    }
    return true;
  }

  /// `strings`, each a dotted Python name (`liblogging.logEvent`): anything
  /// else could never match a call, and would be ignored without a word.
  bool dotted_names(const toml::node &node, const std::string &key,
                    std::vector<std::string> &out) {
    std::size_t first = out.size();
    if (!strings(node, key, out))
      return false;
    // Parts of letters, digits and underscores, none empty or starting
    // with a digit.
    auto dotted = [](const std::string &name) {
      bool at_start = true;
      for (char c : name) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '.') {
          if (at_start)
            return false;
          at_start = true;
        } else if (std::isalpha(u) || c == '_' ||
                   (!at_start && std::isdigit(u))) {
          at_start = false;
        } else {
          return false;
        }
      }
      return !at_start;
    };
    const toml::array &array = *node.as_array();
    for (std::size_t i = first; i < out.size(); ++i)
      if (!dotted(out[i]))
        return fail(array[i - first], "'" + key + "' takes dotted Python names "
                                      "(`mylib`, `mylib.audit.log_event`), "
                                      "not '" + out[i] + "'");
    return true;
  }

  /// `strings`, each a rule id (or clang-tidy's name of one; "ALL" where
  /// `all_allowed`): a typo must not turn a rule off or leave it off
  /// silently, so it is an error at the string, with the id it most likely
  /// meant.
  bool rule_ids(const toml::node &node, const std::string &key,
                std::vector<std::string> &out, bool all_allowed) {
    std::size_t first = out.size();
    if (!strings(node, key, out))
      return false;
    const toml::array &array = *node.as_array();
    for (std::size_t i = first; i < out.size(); ++i)
      if (!(all_allowed && out[i] == "ALL") && !is_rule(out[i]))
        return fail(array[i - first], unknown_rule_message(out[i], ids()));
    return true;
  }

  static bool is_rule(const std::string &name) {
    std::string id = canonical_rule_id(name);
    return std::any_of(rules::kRules.begin(), rules::kRules.end(),
                       [&](const rules::RuleEntry &rule) {
                         return rule.rule == id;
                       });
  }

  /// Every rule's id (rules/<id>/rule.json), in id order.
  static std::vector<std::string> ids() {
    std::vector<std::string> ids;
    for (const rules::RuleEntry &rule : rules::kRules)
      ids.emplace_back(rule.rule);
    return ids;
  }

  bool boolean(const toml::node &node, const std::string &key, bool &out) {
    if (!node.is_boolean())
      return fail(node, "'" + key + "' must be true or false");
    out = *node.value<bool>();
    return true;
  }

  bool per_file_ignores(const toml::node &node) {
    const toml::table *table = node.as_table();
    if (!table)
      return fail(node, "'per-file-ignores' must be a table of glob = [rules]");
    for (const auto &[glob, rules] : *table) {
      std::vector<std::string> ids;
      if (!rule_ids(rules, "per-file-ignores." + std::string(glob.str()), ids,
                    false))
        return false;
      config_.per_file_ignores.emplace_back(std::string(glob.str()), ids);
    }
    return true;
  }

  bool constructors(const toml::node &node) {
    const toml::array *array = node.as_array();
    if (!array)
      return fail(node, "'constructors' must be an array of tables "
                        "([[tool.hoist.constructors]])");
    for (const toml::node &item : *array) {
      const toml::table *table = item.as_table();
      if (!table)
        return fail(item, "each constructor must be a table");
      ConstructorConfig entry;
      entry.family = "aws-sdk";
      entry.builds = "an object that is expensive to build";
      entry.fix = "unsafe";
      std::pair<const char *, std::string *> fields[] = {
          {"api", &entry.api},       {"rule", &entry.rule},
          {"builds", &entry.builds}, {"family", &entry.family},
          {"fix", &entry.fix},       {"returns", &entry.returns}};
      for (const auto &[key, value] : *table) {
        std::string name(key.str());
        std::string *target = nullptr;
        for (auto &[field, out] : fields)
          if (name == field)
            target = out;
        if (!target)
          return fail(value, "unknown constructor key '" + name +
                                 "'; the keys are: api, rule, builds, "
                                 "family, fix, returns");
        auto text = value.value<std::string>();
        if (!value.is_string() || !text)
          return fail(value, "constructor key '" + name + "' must be a string");
        *target = *text;
      }
      if (entry.api.empty() || entry.rule.empty())
        return fail(item, "a constructor needs 'api' and 'rule'");
      if (entry.fix != "safe" && entry.fix != "unsafe")
        return fail(item, "constructor 'fix' must be 'safe' or 'unsafe'");
      config_.constructors.push_back(entry);
    }
    return true;
  }

  bool rules(const toml::node &node) {
    const toml::table *table = node.as_table();
    if (!table)
      return fail(node, "'rules' must be a table of rule options");
    for (const auto &[given, options] : *table) {
      const std::string rule = canonical_rule_id(given.str());
      const toml::table *settings = options.as_table();
      if (!is_rule(rule))
        return fail(options,
                    unknown_rule_message(std::string(given.str()), ids()));
      if (!settings || option_names(rule).empty())
        return fail(options, "no options for rule '" + std::string(given.str()) +
                                 "'; " + every_option());
      for (const auto &[key, value] : *settings) {
        const std::string name(key.str());
        std::vector<std::string> names = option_names(rule);
        if (std::find(names.begin(), names.end(), name) == names.end())
          return fail(value, "unknown option '" + name + "' for " + rule +
                                 (names.size() == 1 ? "; the option is "
                                                    : "; the options are ") +
                                 joined(names));
        bool set = false;
        if (!boolean(value, name, set))
          return false;
        config_.rule_options[{rule, name}] = set;
      }
    }
    return true;
  }

  /// The options `rule` takes (rules/<rule>/rule.json).
  static std::vector<std::string> option_names(const std::string &rule) {
    std::vector<std::string> names;
    for (const rules::RuleOption &option : rules::kRuleOptions)
      if (option.rule == rule)
        names.emplace_back(option.name);
    return names;
  }

  /// Every rule's options, for an error: "only [rules.client-in-handler]
  /// report-minted-credentials exists".
  static std::string every_option() {
    std::vector<std::string> tables;
    for (const rules::RuleOption &option : rules::kRuleOptions)
      tables.push_back("[rules." + std::string(option.rule) + "] " +
                       std::string(option.name));
    if (tables.empty())
      return "no rule has options";
    return tables.size() == 1 ? "only " + tables.front() + " exists"
                              : "the options are " + joined(tables);
  }

  static std::string joined(const std::vector<std::string> &items) {
    std::string out;
    for (const std::string &item : items)
      out += (out.empty() ? "" : ", ") + item;
    return out;
  }

  fs::path file_;
  Config &config_;
  std::string error_;
};

/// `file` parsed as TOML; nullopt with `error` set when it cannot be read
/// (not a regular file, too large) or parsed. Read through read_file: a FIFO
/// or a device in its place must not hang the run.
std::optional<toml::table> parse_toml_file(const fs::path &file,
                                           std::string &error) {
  std::optional<std::string> text = read_file(file, error, kDefaultMaxFileSize);
  if (!text) {
    error = file.string() + ": " + error;
    return std::nullopt;
  }
  try {
    return toml::parse(*text, file.string());
  } catch (const toml::parse_error &parse_error) {
    const auto &where = parse_error.source().begin;
    error = file.string() + ":" + std::to_string(where.line) + ":" +
            std::to_string(where.column) + ": " +
            std::string(parse_error.description());
    return std::nullopt;
  }
}

bool has_tool_hoist(const fs::path &pyproject) {
  std::string error;
  std::optional<toml::table> document = parse_toml_file(pyproject, error);
  // One that cannot be read or parsed is taken: loading reports why.
  return !document || (*document)["tool"]["hoist"].is_table();
}

} // namespace

bool Config::rule_option(std::string_view rule, std::string_view option) const {
  auto set = rule_options.find({std::string(rule), std::string(option)});
  if (set != rule_options.end())
    return set->second;
  for (const rules::RuleOption &known : rules::kRuleOptions)
    if (known.rule == rule && known.name == option)
      return known.default_value;
  throw std::logic_error(std::string(rule) + " has no option '" +
                         std::string(option) + "'");
}

std::optional<Config> load_config(const fs::path &file, ConfigError &error) {
  Config config;
  config.file = file;
  config.directory = fs::absolute(file).parent_path();
  std::optional<toml::table> document = parse_toml_file(file, error.message);
  if (!document)
    return std::nullopt;
  const toml::table *table = &*document;
  if (file.filename() == "pyproject.toml") {
    table = (*document)["tool"]["hoist"].as_table();
    if (!table) {
      error.message = file.string() + ": has no [tool.hoist] table";
      return std::nullopt;
    }
  }
  ConfigReader reader(file, config);
  if (!reader.read(*table)) {
    error.message = reader.error();
    return std::nullopt;
  }
  return config;
}

bool is_settings_file_name(const std::string &name) {
  return name == "hoist.toml" || name == "pyproject.toml";
}

std::optional<fs::path> find_config(const fs::path &start) {
  std::error_code ignored;
  fs::path dir = fs::absolute(start, ignored).lexically_normal();
  if (!fs::is_directory(dir, ignored))
    dir = dir.parent_path();
  while (true) {
    if (fs::exists(dir / "hoist.toml", ignored))
      return dir / "hoist.toml";
    if (fs::exists(dir / "pyproject.toml", ignored) &&
        has_tool_hoist(dir / "pyproject.toml"))
      return dir / "pyproject.toml";
    if (dir == dir.parent_path())
      return std::nullopt;
    dir = dir.parent_path();
  }
}

namespace {

/// False for a serverless.yml without a top-level `service` key: a fragment
/// a service's `${file(...)}` includes (one function's configuration), not
/// a service `serverless` runs from its directory. True when unreadable.
bool is_serverless_service(const fs::path &file) {
  auto read = read_file_within(file, kDefaultMaxFileSize);
  const auto *text = std::get_if<std::string>(&read);
  if (!text)
    return true;
  std::istringstream lines(*text);
  std::string line;
  while (std::getline(lines, line)) {
    std::string_view key = line;
    if (!key.empty() && (key.front() == '"' || key.front() == '\''))
      key.remove_prefix(1);
    if (key.substr(0, 7) != "service")
      continue;
    key.remove_prefix(7);
    if (!key.empty() && (key.front() == '"' || key.front() == '\''))
      key.remove_prefix(1);
    std::size_t colon = key.find_first_not_of(" \t");
    if (colon != std::string_view::npos && key[colon] == ':')
      return true;
  }
  return false;
}

} // namespace

std::optional<fs::path> find_project_root(const fs::path &start,
                                          bool by_git) {
  // What `sam`, `serverless` and `cdk` read from the directory they run in.
  static const char *const kDeploymentRoots[] = {
      "template.yaml",   "template.yml", "template.json", "samconfig.toml",
      "serverless.yml", "serverless.yaml", "cdk.json"};
  std::error_code ignored;
  fs::path dir = fs::absolute(start, ignored).lexically_normal();
  if (!fs::is_directory(dir, ignored))
    dir = dir.parent_path();
  while (true) {
    if (fs::exists(dir / "hoist.toml", ignored) ||
        (fs::exists(dir / "pyproject.toml", ignored) &&
         has_tool_hoist(dir / "pyproject.toml")) ||
        (by_git && fs::exists(dir / ".git", ignored)) ||
        std::any_of(std::begin(kDeploymentRoots), std::end(kDeploymentRoots),
                    [&](const char *name) {
                      return fs::exists(dir / name, ignored) &&
                             (std::string_view(name).rfind("serverless.", 0) != 0 ||
                              is_serverless_service(dir / name));
                    }))
      return dir;
    if (dir == dir.parent_path())
      return std::nullopt;
    dir = dir.parent_path();
  }
}

bool matches_glob(const std::string &glob, const std::string &relative) {
  if (glob.find('/') != std::string::npos)
    return fnmatch(glob.c_str(), relative.c_str(), 0) == 0;
  std::stringstream stream(relative);
  std::string component;
  while (std::getline(stream, component, '/'))
    if (fnmatch(glob.c_str(), component.c_str(), 0) == 0)
      return true;
  return false;
}

} // namespace hoist
