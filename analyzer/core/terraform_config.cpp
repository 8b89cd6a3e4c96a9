// Terraform: `resource "aws_lambda_function"` (its code an `archive_file`'s
// source, or what a plain build script zips) and the registry's lambda
// module (terraform-aws-modules/lambda/aws, its code `source_path`), in the
// module read and the local modules it calls. A Terraform module is a
// directory: its other .tf and .tf.json files give the locals, variables and
// archives a function refers to. Values are read when they are literals,
// `path.module`, `path.root`, `path.cwd`, `local.x`, `var.x` set by the
// calling module block (else with a default, or set by the directory's
// terraform.tfvars, *.auto.tfvars or their .json forms), `each` and `count`
// of literal instances (`toset`, `tomap` and `merge` of literals among them),
// and the members they pick; anything else leaves what depends on it unread,
// and -v says why.
#include <algorithm>
#include <deque>
#include <map>

#include "core/deployment.h"
#include "core/function_not_read.h"
#include "core/hcl.h"
#include "core/message_excerpt.h"
#include "core/read_record.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// A module's directory holds few .tf files; more are not read, so that a
/// directory of thousands stays cheap.
constexpr std::size_t kMaxModuleFiles = 200;
/// References followed in a row (`local.a` naming `local.b` ...), so that a
/// cycle ends.
constexpr int kMaxReferences = 16;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

/// Where Terraform reads a file setting a root module's variables in its
/// order (1 terraform.tfvars, 2 terraform.tfvars.json, 3 the
/// *.auto.tfvars and *.auto.tfvars.json), or 0 for another file.
int settings_rank(std::string_view name) {
  if (name == "terraform.tfvars")
    return 1;
  if (name == "terraform.tfvars.json")
    return 2;
  return ends_with(name, ".auto.tfvars") || ends_with(name, ".auto.tfvars.json")
             ? 3
             : 0;
}

struct Module;
struct Instance;

/// Where a value is evaluated: a module (its variables, locals, resources
/// and directory), and for a resource or module with `for_each` or `count`,
/// the instance (`each.key`, `each.value`, `count.index`).
struct Scope {
  const Module *module = nullptr;
  const Instance *instance = nullptr;
};

/// An HCL value, the file it is written in and where it is evaluated.
struct Placed {
  const HclValue *value = nullptr;
  SourceFilePtr file;
  Scope scope;

  Location location() const { return {file, value->range}; }
};

/// How `placed` is written, whole.
std::string source_text(const Placed &placed) {
  const TextRange &range = placed.value->range;
  return std::string(
      placed.file->text().substr(range.begin, range.end - range.begin));
}

/// How `placed` is written, as a message quotes it.
std::string written(const Placed &placed) {
  return message_excerpt(source_text(placed));
}

/// A parsed .tf file of a module.
struct ModuleFile {
  SourceFilePtr file;
  HclFile hcl;
};

/// A block and the file it is written in.
struct PlacedBlock {
  const HclBlock *block;
  SourceFilePtr file;
};

/// One Terraform module as a caller uses it: its directory's files, and
/// what its names stand for there.
struct Module {
  fs::path dir;
  /// "" for the module read, "module.fn." for a child it calls.
  std::string address;
  std::vector<ModuleFile> files;
  /// The first `own_files` of `files` define its functions (the file read,
  /// for the module read: its other files have their own reading).
  std::size_t own_files = 0;
  std::map<std::string, Placed> locals;
  /// Set by the caller's arguments, else by tfvars, else their defaults.
  std::map<std::string, Placed> variables;
  /// "aws_lambda_layer_version.x", "data.archive_file.y".
  std::map<std::string, PlacedBlock> resources;
};

/// One instance of a resource or module with `for_each` or `count`.
struct Instance {
  std::optional<Placed> key, value, index;
  HclValue key_text; ///< `each.key` of a map, `count.index`
  /// Why `each` or `count` is not read, when it is not.
  std::string unread;
};

/// Instances of one resource or module are at most this many: a larger
/// literal map is not read.
constexpr std::size_t kMaxInstances = 64;
/// Child modules calling child modules, at most this deep (a cycle ends).
constexpr int kMaxModuleDepth = 8;

/// The registry's lambda module, by any of the addresses Terraform takes:
/// the registry's, or its GitHub repository's; not one of its submodules
/// (`//modules/docker-build` builds an image, `//modules/deploy` deploys).
bool is_lambda_module(const std::string &source) {
  std::string_view address = source;
  if (starts_with(address, "registry.terraform.io/"))
    address.remove_prefix(std::string_view("registry.terraform.io/").size());
  const std::string_view registry = "terraform-aws-modules/lambda/aws";
  const std::string_view github = "terraform-aws-modules/terraform-aws-lambda";
  std::size_t rest = std::string_view::npos;
  if (starts_with(address, registry))
    rest = registry.size();
  else if (std::size_t at = address.find(github); at != std::string_view::npos)
    rest = at + github.size();
  return rest != std::string_view::npos &&
         address.find("//", rest) == std::string_view::npos;
}

/// A module in a directory of the project: Terraform reads a `source`
/// starting with ./ or ../ from there, whereas any other is downloaded.
bool is_local_module(const std::string &source) {
  return starts_with(source, "./") || starts_with(source, "../");
}

/// Splits a traversal, `each.value.handler` or `local.fns["api"]`, into
/// its steps ("each", "value", "handler"; "local", "fns", "api"); a numeric
/// index stays as its digits.
std::vector<std::string> traversal_steps(std::string_view name) {
  std::vector<std::string> steps;
  std::string step;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '.' || c == '[') {
      if (!step.empty())
        steps.push_back(std::move(step));
      step.clear();
      if (c == '[' && i + 1 < name.size() && name[i + 1] == '"') {
        std::size_t close = name.find('"', i + 2);
        if (close == std::string_view::npos)
          break;
        steps.emplace_back(name.substr(i + 2, close - i - 2));
        i = close + 1; // the ']'
      }
    } else if (c != ']') {
      step += c;
    }
  }
  if (!step.empty())
    steps.push_back(std::move(step));
  return steps;
}

/// Reads the functions one .tf file defines, with its module's other files
/// and the local modules it calls.
class TerraformReader {
public:
  TerraformReader(const SourceFilePtr &file, const DeploymentContext &context,
                  DeploymentScan &out)
      : file_(file), context_(context), out_(out),
        dir_(fs::absolute(file->path()).parent_path().lexically_normal()) {}

  void read() {
    Module &root = load_module(dir_, fs::path(file_->path()).parent_path(),
                               "", file_);
    out_.terraform_module = dir_.string();
    const ModuleFile &own = root.files.front();
    if (!own.hcl.error.empty())
      out_.notices.push_back(
          {Severity::Warning,
           {file_, {own.hcl.error_at, own.hcl.error_at}},
           "not read past here: " + own.hcl.error +
               "; the functions defined after it are not checked",
           true});
    read_functions(root, 0);
    if (functions_ == 0)
      return;
    ++out_.files_read;
    ++out_.configurations_read;
    out_.functions_defined.emplace_back(file_, functions_);
  }

private:
  /// Parses the module in `dir` (shown as `shown_dir`): `first`, when
  /// given, first and alone its own file, and its tfvars (a root module's);
  /// else all its .tf files its own. Indexes its locals, variables' defaults
  /// and resources.
  Module &load_module(const fs::path &dir, const fs::path &shown_dir,
                      std::string address, const SourceFilePtr &first) {
    Module &module = modules_.emplace_back();
    module.dir = dir;
    module.address = std::move(address);
    if (first)
      module.files.push_back(
          {first, parse_terraform_file(first->path(), first->text())});
    std::vector<fs::path> others, settings;
    std::error_code error;
    record_input(dir); // a *.tf or *.tfvars file added changes its time
    const fs::path first_path =
        first ? fs::absolute(first->path()).lexically_normal() : fs::path();
    for (fs::directory_iterator it(dir, error), end;
         !error && it != end && others.size() < kMaxModuleFiles;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      std::error_code ignored;
      if (!it->is_regular_file(ignored))
        continue;
      if (is_terraform_file_name(name) && it->path() != first_path)
        others.push_back(it->path());
      // Terraform sets a root module's variables from these on its own.
      else if (first && settings_rank(name))
        settings.push_back(it->path());
    }
    std::sort(others.begin(), others.end());
    // Terraform's order, the later winning: terraform.tfvars,
    // terraform.tfvars.json, then the *.auto.tfvars(.json) files by name.
    std::sort(settings.begin(), settings.end(),
              [](const fs::path &a, const fs::path &b) {
                const std::string first = a.filename().string(),
                                  second = b.filename().string();
                return std::pair(settings_rank(first), first) <
                       std::pair(settings_rank(second), second);
              });
    for (const fs::path &path : others)
      if (SourceFilePtr other = read_other(path, shown_dir))
        module.files.push_back(
            {other, parse_terraform_file(other->path(), other->text())});
    module.own_files = first ? 1 : module.files.size();
    std::size_t module_files = module.files.size();
    for (const fs::path &path : settings)
      if (SourceFilePtr other = read_other(path, shown_dir))
        module.files.push_back(
            {other, ends_with(other->path(), ".json")
                        ? parse_tfvars_json(other->text())
                        : parse_hcl(other->text())});
    const Scope scope{&module, nullptr};
    for (std::size_t i = 0; i < module.files.size(); ++i) {
      const ModuleFile &module_file = module.files[i];
      const HclBody &body = module_file.hcl.body;
      if (i >= module_files) {
        for (const HclBody::Attribute &setting : body.attributes)
          module.variables[setting.name] = {&setting.value, module_file.file,
                                            scope};
        continue;
      }
      for (const HclBlock &block : body.blocks) {
        if (block.type == "locals")
          for (const HclBody::Attribute &local : block.body.attributes)
            module.locals[local.name] = {&local.value, module_file.file,
                                         scope};
        else if (block.type == "variable" && block.labels.size() == 1) {
          if (const HclValue *given = block.body.attribute("default"))
            module.variables.emplace(block.labels[0],
                                     Placed{given, module_file.file, scope});
        } else if ((block.type == "resource" || block.type == "data") &&
                   block.labels.size() == 2)
          module.resources[(block.type == "data" ? "data." : "") +
                           block.labels[0] + "." + block.labels[1]] = {
              &block, module_file.file};
      }
    }
    return module;
  }

  SourceFilePtr read_other(const fs::path &path, const fs::path &shown_dir) {
    auto read = read_file_within(path, context_.max_file_size);
    auto *text = std::get_if<std::string>(&read);
    if (!text)
      return nullptr;
    return std::make_shared<const SourceFile>(
        (shown_dir / path.filename()).lexically_normal().string(),
        std::move(*text));
  }

  /// The functions `module`'s own files define, and those of the local
  /// modules they call.
  void read_functions(const Module &module, int depth) {
    const Scope scope{&module, nullptr};
    for (std::size_t i = 0; i < module.own_files; ++i) {
      const SourceFilePtr &file = module.files[i].file;
      for (const HclBlock &block : module.files[i].hcl.body.blocks) {
        const PlacedBlock placed{&block, file};
        if (block.type == "resource" && block.labels.size() == 2 &&
            block.labels[0] == "aws_lambda_function") {
          for_instances(placed, scope,
                        module.address + "aws_lambda_function." +
                            block.labels[1],
                        [&](const std::string &name, Scope instance) {
                          read_function(placed, instance, name);
                        });
          continue;
        }
        if (block.type != "module" || block.labels.size() != 1)
          continue;
        const HclValue *source = block.body.attribute("source");
        if (!source || source->kind != HclValue::Kind::String)
          continue;
        const std::string name = module.address + "module." + block.labels[0];
        if (is_lambda_module(source->text))
          for_instances(placed, scope, name,
                        [&](const std::string &instance_name, Scope instance) {
                          read_module_function(placed, instance,
                                               instance_name);
                        });
        else if (is_local_module(source->text) && depth < kMaxModuleDepth)
          read_child(placed, scope, name, module_directory(module, *source),
                     depth);
      }
    }
  }

  /// The directory a local module's `source` names, as the module read
  /// on its own has it (no trailing '/').
  static fs::path module_directory(const Module &caller,
                                   const HclValue &source) {
    fs::path dir = (caller.dir / source.text).lexically_normal();
    return dir.has_filename() ? dir : dir.parent_path();
  }

  /// True when `dir` is a module the reading is inside of: a module that
  /// calls itself, or one that calls it, makes no function of its own.
  bool is_calling(const fs::path &dir) const {
    return std::any_of(
        calling_.begin(), calling_.end(),
        [&](const fs::path &caller) { return caller == dir; });
  }

  /// The functions of the local module `block` calls (at `dir`), each
  /// instance with its variables set by the block's arguments.
  void read_child(const PlacedBlock &block, Scope scope,
                  const std::string &name, const fs::path &dir, int depth) {
    std::error_code ignored;
    if (!fs::is_directory(dir, ignored) || dir == dir_ || is_calling(dir))
      return;
    out_.terraform_modules_called.push_back(dir.string());
    calling_.push_back(dir);
    const fs::path shown_dir =
        (fs::path(file_->path()).parent_path() / dir.lexically_relative(dir_))
            .lexically_normal();
    for_instances(block, scope, name, [&](const std::string &instance_name,
                                          Scope caller) {
      Module &child =
          load_module(dir, shown_dir, instance_name + ".", nullptr);
      for (const ModuleFile &module_file : child.files)
        for (const HclBlock &variable : module_file.hcl.body.blocks)
          if (variable.type == "variable" && variable.labels.size() == 1)
            if (const HclValue *given =
                    block.block->body.attribute(variable.labels[0]))
              child.variables[variable.labels[0]] = {given, block.file,
                                                     caller};
      read_functions(child, depth + 1);
    });
    calling_.pop_back();
  }

  /// Calls `read` for each instance of `block` (`for_each`, `count`), named
  /// `name["key"]` or `name[0]`: those of a literal map, list or number.
  /// When they are not read, `read` gets the block once, its `each` and
  /// `count` unread: what does not depend on them is every instance's.
  template <typename Read>
  void for_instances(const PlacedBlock &block, Scope scope,
                     const std::string &name, Read read) {
    const HclValue *each = block.block->body.attribute("for_each");
    const HclValue *count = block.block->body.attribute("count");
    if (!each && !count)
      return read(name, scope);
    std::string why;
    if (count) {
      std::optional<std::string> given =
          text({count, block.file, scope}, why);
      if (given && !given->empty() &&
          given->find_first_not_of("0123456789") == std::string::npos &&
          given->size() < 4 && std::stoul(*given) <= kMaxInstances) {
        for (std::size_t i = 0, n = std::stoul(*given); i < n; ++i) {
          Instance &instance = instances_.emplace_back();
          instance.key_text.kind = HclValue::Kind::Number;
          instance.key_text.text = std::to_string(i);
          instance.key_text.range = count->range;
          instance.index = Placed{&instance.key_text, block.file, scope};
          read(name + "[" + std::to_string(i) + "]",
               {scope.module, &instance});
        }
        return;
      }
      if (given)
        why = "it is " + written({count, block.file, scope});
    } else {
      std::optional<Placed> map = follow({each, block.file, scope}, why);
      if (map && map->value->kind == HclValue::Kind::Object &&
          map->value->members.size() <= kMaxInstances) {
        for (const auto &[key, value] : map->value->members) {
          Instance &instance = instances_.emplace_back();
          instance.key_text.kind = HclValue::Kind::String;
          instance.key_text.text = key;
          instance.key_text.range = value.range;
          instance.key = Placed{&instance.key_text, map->file, map->scope};
          instance.value = Placed{&value, map->file, map->scope};
          read(name + "[\"" + key + "\"]", {scope.module, &instance});
        }
        return;
      }
      if (map && map->value->kind == HclValue::Kind::List &&
          map->value->items.size() <= kMaxInstances) {
        std::vector<std::string> keys;
        for (const HclValue &item : map->value->items)
          if (std::optional<std::string> key =
                  text({&item, map->file, map->scope}, why))
            keys.push_back(*key);
        if (keys.size() == map->value->items.size()) {
          for (std::size_t i = 0; i < keys.size(); ++i) {
            Instance &instance = instances_.emplace_back();
            instance.key = instance.value =
                Placed{&map->value->items[i], map->file, map->scope};
            read(name + "[\"" + keys[i] + "\"]", {scope.module, &instance});
          }
          return;
        }
      }
      if (map && why.empty())
        why = "it is " + written({each, block.file, scope}) +
              ", not a map or list hoist reads";
    }
    Instance &instance = instances_.emplace_back();
    instance.unread = std::string("'") + (count ? "count" : "for_each") +
                      "' is not read (" + why + ")";
    read(name, {scope.module, &instance});
  }

  /// What `steps`, the start of a traversal, name in `scope` (a variable,
  /// a local, `each.value`, `count.index`): the value and how many steps
  /// it takes; nothing with `why` when it names none hoist reads.
  std::optional<std::pair<Placed, std::size_t>>
  named(const std::vector<std::string> &steps, const std::string &name,
        Scope scope, std::string &why) const {
    const std::string &head = steps.front();
    if ((head == "each" || head == "count") && steps.size() > 1) {
      const Instance *instance = scope.instance;
      const std::optional<Placed> *bound =
          !instance                ? nullptr
          : steps[1] == "key"      ? &instance->key
          : steps[1] == "value"    ? &instance->value
          : steps[1] == "index"    ? &instance->index
                                   : nullptr;
      if (bound && *bound)
        return std::make_pair(**bound, std::size_t(2));
      why = "'" + message_excerpt(name) + "' " +
            (instance && !instance->unread.empty()
                 ? "is known only per instance, and " + instance->unread
                 : std::string("is known only when Terraform runs, which "
                               "hoist does not read"));
      return std::nullopt;
    }
    const std::map<std::string, Placed> *table =
        head == "local" ? &scope.module->locals
        : head == "var" ? &scope.module->variables
                        : nullptr;
    if (!table || steps.size() < 2)
      return std::nullopt; // a resource's attribute: the caller's to read
    auto found = table->find(steps[1]);
    if (found == table->end()) {
      why = "'" + message_excerpt(name) + "' is " +
            (table == &scope.module->variables
                 ? "a variable without a default"
                 : "not defined in this module") +
            ", which hoist does not read";
      return std::nullopt;
    }
    return std::make_pair(found->second, std::size_t(2));
  }

  /// What a reference names, followed through locals, variables (to the
  /// caller's value, for a child module's), `each` and `count`, and the
  /// members or items it picks, to the value written; a resource's
  /// attribute stays a reference. `why` says why not when it names none
  /// hoist reads.
  std::optional<Placed> follow(Placed placed, std::string &why,
                               int hops = 0) const {
    for (; hops < kMaxReferences; ++hops) {
      const HclValue &value = *placed.value;
      if (value.kind == HclValue::Kind::Unread) {
        why = "'" + message_excerpt(value.text) + "' is " + value.why +
              ", which hoist does not evaluate";
        return std::nullopt;
      }
      if (value.kind != HclValue::Kind::Reference)
        return placed;
      std::vector<std::string> steps = traversal_steps(value.text);
      if (steps.empty())
        return placed;
      why.clear();
      auto start = named(steps, value.text, placed.scope, why);
      if (!start) {
        if (!why.empty())
          return std::nullopt;
        return placed;
      }
      Placed next = start->first;
      for (std::size_t i = start->second; i < steps.size(); ++i) {
        std::optional<Placed> whole = follow(next, why, hops + 1);
        if (!whole)
          return std::nullopt;
        const HclValue *picked = nullptr;
        if (whole->value->kind == HclValue::Kind::Object)
          picked = whole->value->member(steps[i]);
        else if (whole->value->kind == HclValue::Kind::List &&
                 steps[i].find_first_not_of("0123456789") ==
                     std::string::npos &&
                 steps[i].size() < 6 &&
                 std::stoul(steps[i]) < whole->value->items.size())
          picked = &whole->value->items[std::stoul(steps[i])];
        if (!picked) {
          why = "'" + message_excerpt(value.text) + "' names '" + steps[i] +
                "', which " + written(*whole) + " does not hold";
          return std::nullopt;
        }
        next = {picked, whole->file, whole->scope};
      }
      placed = next;
    }
    why = "'" + message_excerpt(placed.value->text) +
          "' refers to itself through other values";
    return std::nullopt;
  }

  /// `value` as a string (a template's parts joined; `path.module`,
  /// `path.root` and `path.cwd` as Terraform gives them when it runs in the
  /// directory read: the module's directory relative to it, ".", and that
  /// directory), or nothing with `why`.
  std::optional<std::string> text(Placed placed, std::string &why,
                                  int depth = 0) const {
    std::optional<Placed> value = follow(placed, why);
    if (!value)
      return std::nullopt;
    switch (value->value->kind) {
    case HclValue::Kind::Reference:
      // Relative, as Terraform's own: "../${path.module}/src" is a path
      // beside the module, not the module's absolute path appended.
      if (value->value->text == "path.module") {
        fs::path relative = value->scope.module->dir.lexically_relative(dir_);
        return relative.empty() ? std::string(".") : relative.string();
      }
      if (value->value->text == "path.root")
        return ".";
      if (value->value->text == "path.cwd")
        return dir_.string();
      why = "'" + message_excerpt(value->value->text) +
            "' is known only when Terraform runs, which hoist does not read";
      return std::nullopt;
    case HclValue::Kind::String:
    case HclValue::Kind::Number:
    case HclValue::Kind::Bool:
      return value->value->text;
    case HclValue::Kind::Template: {
      if (depth >= kMaxReferences) {
        why = written(placed) + " nests too deeply";
        return std::nullopt;
      }
      std::string joined;
      for (const HclValue &part : value->value->parts) {
        std::optional<std::string> piece =
            text({&part, value->file, value->scope}, why, depth + 1);
        if (!piece)
          return std::nullopt;
        joined += *piece;
      }
      return joined;
    }
    default:
      why = "it is not a string";
      return std::nullopt;
    }
  }

  /// `value` as a path (relative ones from the module's directory, where
  /// Terraform runs), or nothing with `why`.
  std::optional<fs::path> path(Placed placed, std::string &why) const {
    std::optional<std::string> given = text(placed, why);
    if (!given)
      return std::nullopt;
    return (dir_ / *given).lexically_normal();
  }

  /// The directory an `archive_file` (data source or resource) of `module`
  /// zips: its `source_dir`, or the directory of its `source_file` (the
  /// file lands at the archive's root).
  std::optional<fs::path> archive_source(const Module &module,
                                         const std::string &address,
                                         std::string &why) const {
    auto found = module.resources.find(address);
    if (found == module.resources.end()) {
      why = "'" + address + "' is not defined in this module";
      return std::nullopt;
    }
    const HclBody &body = found->second.block->body;
    const Placed at{nullptr, found->second.file, {&module, nullptr}};
    if (const HclValue *dir = body.attribute("source_dir"))
      return code_directory({dir, at.file, at.scope}, "source_dir", why);
    if (const HclValue *single = body.attribute("source_file"))
      return code_directory({single, at.file, at.scope}, "source_file", why);
    why = "the archive '" + address +
          "' is made of 'source' blocks, which hoist does not read";
    return std::nullopt;
  }

  /// The directory holding the code `placed` (a `source_dir`,
  /// `source_file` or `source_path`, `key`) names, when it is here to read:
  /// inside the trees checked (else a warning says so) and present.
  std::optional<fs::path> code_directory(Placed placed, const char *key,
                                         std::string &why) const {
    std::optional<fs::path> named = path(placed, why);
    if (!named)
      return std::nullopt;
    fs::path root = is_file_recorded(*named) ? named->parent_path() : *named;
    return present_directory(root, placed, key, why);
  }

  /// `root` when it is a directory inside the trees checked (else a
  /// warning at `placed`, its `key`, says so).
  std::optional<fs::path> present_directory(const fs::path &root,
                                            const Placed &placed,
                                            const char *key,
                                            std::string &why) const {
    if (!is_inside_trees(root, context_.checked_trees)) {
      out_.notices.push_back(
          {Severity::Warning, placed.location(),
           std::string("'") + key + "' points outside the checked tree (" +
               written(placed) + "); hoist does not read the code there"});
      why = "its code is outside the checked tree";
      return std::nullopt;
    }
    std::error_code ignored;
    if (!fs::is_directory(root, ignored)) {
      why = "'" + root.string() + "' is not there";
      return std::nullopt;
    }
    return root;
  }

  /// The code root of a function's `filename`: the source of the
  /// `archive_file` it names, or whose `output_path` it is; else of the
  /// build script that zips it (zipped_by); else the one directory beside
  /// the archive holding `handler`'s module (module_beside).
  std::optional<fs::path> archive_code(Placed filename, const Placed *handler,
                                       std::string &why) const {
    std::optional<Placed> given = follow(filename, why);
    if (!given)
      return std::nullopt;
    const Module &module = *given->scope.module;
    if (given->value->kind == HclValue::Kind::Reference) {
      for (const char *prefix : {"data.archive_file.", "archive_file."}) {
        std::string_view name = given->value->text;
        if (!starts_with(name, prefix) || !ends_with(name, ".output_path"))
          continue;
        name.remove_suffix(std::string_view(".output_path").size());
        return archive_source(module, std::string(name), why);
      }
    }
    std::optional<fs::path> archive = path(*given, why);
    if (!archive)
      return std::nullopt;
    for (const auto &[address, resource] : module.resources) {
      if (!starts_with(address, "data.archive_file.") &&
          !starts_with(address, "archive_file."))
        continue;
      const HclValue *output = resource.block->body.attribute("output_path");
      std::string ignored;
      if (output &&
          path({output, resource.file, {&module, nullptr}}, ignored) == archive)
        return archive_source(module, address, why);
    }
    if (std::optional<fs::path> zipped = zipped_by(*archive))
      return present_directory(*zipped, *given, "filename", why);
    if (handler)
      if (std::optional<fs::path> beside = module_beside(*archive, *handler))
        return beside;
    why = written(filename) +
          " is an archive that no archive_file here makes, nor a plain "
          "'zip' of a package.json script or Makefile beside it";
    return std::nullopt;
  }

  /// The one directory beside `archive` (its own, or one in it) holding the
  /// module `handler` names, in any runtime's form: the code an archive
  /// made elsewhere packages. Nothing when none or several do.
  std::optional<fs::path> module_beside(const fs::path &archive,
                                        const Placed &handler) const {
    std::string ignored;
    std::optional<std::string> given = text(handler, ignored);
    if (!given || given->find('.') == std::string::npos)
      return std::nullopt;
    const std::string module = given->substr(0, given->rfind('.'));
    const fs::path beside = archive.parent_path();
    std::vector<fs::path> candidates{beside};
    std::error_code error;
    record_input(beside);
    for (fs::directory_iterator it(beside, error), end; !error && it != end;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      std::error_code not_dir;
      if (it->is_directory(not_dir) && name.front() != '.' &&
          name != "node_modules")
        candidates.push_back(it->path());
    }
    std::optional<fs::path> found;
    for (const fs::path &candidate : candidates) {
      bool holds = holds_module(candidate, module);
      if (holds && found)
        return std::nullopt;
      if (holds)
        found = candidate;
    }
    if (found && !is_inside_trees(*found, context_.checked_trees))
      return std::nullopt;
    return found;
  }

  /// True when `dir` holds the module `module` (a handler string's module
  /// part) in any runtime's form; only `file` there, when given.
  bool holds_module(const fs::path &dir, const std::string &module,
                    const fs::path &file = {}) const {
    for (const HandlerModules &runtime : context_.handler_modules)
      for (const std::string &name : runtime.files(module))
        if (file.empty() ? is_file_recorded(dir / name)
                         : (dir / name).lexically_normal() == file)
          return true;
    return false;
  }

  /// The directory a package.json script or Makefile near `archive` (in
  /// its directory, one in it, or one above it in the checked tree) zips
  /// into it whole and plainly: `zip -r ../function.zip .`, after a
  /// `cd dir &&` or not.
  std::optional<fs::path> zipped_by(const fs::path &archive) const {
    const fs::path beside = archive.parent_path();
    std::vector<fs::path> dirs{beside};
    for (fs::path above = beside.parent_path();
         is_inside_trees(above, context_.checked_trees) &&
         above != above.parent_path();
         above = above.parent_path())
      dirs.push_back(above);
    std::error_code error;
    record_input(beside);
    for (fs::directory_iterator it(beside, error), end; !error && it != end;
         it.increment(error)) {
      std::error_code not_dir;
      std::string name = it->path().filename().string();
      if (it->is_directory(not_dir) && name.front() != '.' &&
          name != "node_modules")
        dirs.push_back(it->path());
    }
    for (const fs::path &dir : dirs)
      for (const char *script : {"package.json", "Makefile"}) {
        auto read = read_file_within(dir / script, context_.max_file_size);
        auto *text = std::get_if<std::string>(&read);
        if (!text)
          continue;
        if (std::optional<fs::path> zipped = plain_zip(*text, dir, archive))
          return zipped;
      }
    return std::nullopt;
  }

  /// The directory a command of `script` (a package.json's or Makefile's
  /// text, run in `dir`) zips into `archive` whole: `[cd <dir> &&] zip
  /// [-flags] <archive> .`; a command with anything else (variables,
  /// several inputs, -x) is not plain and not read.
  static std::optional<fs::path> plain_zip(std::string_view script,
                                           const fs::path &dir,
                                           const fs::path &archive) {
    std::optional<fs::path> zipped;
    std::size_t line_start = 0;
    while (line_start < script.size()) {
      std::size_t line_end = script.find('\n', line_start);
      if (line_end == std::string_view::npos)
        line_end = script.size();
      std::string_view line = script.substr(line_start, line_end - line_start);
      line_start = line_end + 1;
      // A line's commands: package.json's "name": "a && b", a recipe's.
      std::vector<std::string> words;
      std::string word;
      for (char c : line) {
        if (c == ' ' || c == '\t' || c == '"' || c == ',' || c == ';') {
          if (!word.empty())
            words.push_back(std::move(word));
          word.clear();
          if (c == '"' || c == ';')
            words.emplace_back(1, c);
        } else {
          word += c;
        }
      }
      if (!word.empty())
        words.push_back(std::move(word));
      fs::path cwd = dir;
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "cd" && i + 2 < words.size() && words[i + 2] == "&&") {
          cwd = (cwd / words[i + 1]).lexically_normal();
          i += 2;
          continue;
        }
        if (words[i] != "zip")
          continue;
        std::size_t at = i + 1;
        while (at < words.size() && words[at].size() > 1 &&
               words[at][0] == '-' &&
               words[at].find_first_not_of("-rqy9", 1) == std::string::npos)
          ++at;
        if (at + 1 >= words.size())
          break;
        const std::string &output = words[at];
        const std::string &input = words[at + 1];
        bool ends =
            at + 2 == words.size() || words[at + 2] == "&&" ||
            words[at + 2] == "\"" || words[at + 2] == ";";
        if (ends && (input == "." || input == "*" || input == "./*") &&
            output.find('$') == std::string::npos &&
            (cwd / output).lexically_normal() == archive)
          zipped = cwd;
        break;
      }
    }
    return zipped;
  }

  /// The import roots of local layers (`aws_lambda_layer_version.x.arn`
  /// whose archive's source is here: its `python/`), and how the others
  /// are written.
  void add_layers(Placed layers, ConfiguredHandler &configured) const {
    std::string why;
    std::optional<Placed> list = follow(layers, why);
    if (!list || list->value->kind != HclValue::Kind::List) {
      // Whole: a layer's ARN says what it holds (published_layers.h).
      configured.unread_layers.push_back(source_text(layers));
      return;
    }
    const Module &module = *list->scope.module;
    for (const HclValue &item : list->value->items) {
      const std::string &reference = item.text;
      if (item.kind == HclValue::Kind::Reference &&
          starts_with(reference, "aws_lambda_layer_version.") &&
          ends_with(reference, ".arn")) {
        auto layer = module.resources.find(reference.substr(
            0, reference.size() - std::string_view(".arn").size()));
        const HclValue *filename =
            layer == module.resources.end()
                ? nullptr
                : layer->second.block->body.attribute("filename");
        if (filename) {
          std::optional<fs::path> content = archive_code(
              {filename, layer->second.file, {&module, nullptr}}, nullptr,
              why);
          std::error_code ignored;
          if (content && fs::is_directory(*content / "python", ignored))
            configured.layer_roots.push_back(*content / "python");
          if (content)
            continue;
        }
      }
      std::string ignored;
      std::optional<std::string> arn =
          text({&item, list->file, list->scope}, ignored);
      configured.unread_layers.push_back(
          arn ? *arn : source_text({&item, list->file}));
    }
  }

  /// The variables of a mapping (`environment { variables = ... }`, the
  /// module's `environment_variables`).
  FunctionEnvironment environment(std::optional<Placed> variables) const {
    FunctionEnvironment environment;
    std::string why;
    std::optional<Placed> mapping =
        variables ? follow(*variables, why) : std::nullopt;
    if (!mapping || mapping->value->kind != HclValue::Kind::Object)
      return environment;
    for (const auto &[name, value] : mapping->value->members) {
      std::optional<std::string> given =
          text({&value, mapping->file, mapping->scope}, why);
      if (given)
        environment.variables.emplace_back(name, *given);
      else
        environment.unknown.push_back(name);
    }
    return environment;
  }

  /// Lists a function whose code is at `code_root`, or notes with -v why
  /// its code or handler is not read.
  void add_function(const std::string &name, const PlacedBlock &block,
                    Scope scope, const std::optional<fs::path> &code_root,
                    const std::string &code_why,
                    ConfiguredHandler configured) {
    const HclBody &body = block.block->body;
    const HclValue *handler = body.attribute("handler");
    if (!handler) {
      // An image's command names its handler; a package's must be given.
      const Location at{block.file, block.block->range};
      return out_.notices.push_back(
          code_root ? handler_not_read(at, name, "it names no 'handler'")
                    : code_not_located(at, name, code_why));
    }
    // A child module's handler is said where its caller sets it.
    const Placed place = set_at({handler, block.file, scope});
    if (!code_root)
      return out_.notices.push_back(
          code_not_located(place.location(), name, code_why));
    std::string why;
    std::optional<std::string> handler_text = text(place, why);
    if (!handler_text)
      return out_.notices.push_back(
          handler_not_read(place.location(), name, why));
    configured.handler = *handler_text;
    configured.code_root = *code_root;
    configured.where = place.location();
    // The instances of a `count`, or of a map whose values the handler
    // does not use, are one function to check.
    for (ConfiguredHandler &listed : out_.handlers)
      if (listed.where.file->path() == configured.where.file->path() &&
          listed.where.range.begin == configured.where.range.begin &&
          listed.handler == configured.handler &&
          listed.code_root == configured.code_root) {
        ++listed.instances;
        return;
      }
    configured.origin = "function '" + name + "' in " + file_->path();
    if (const HclValue *runtime = body.attribute("runtime")) {
      std::optional<std::string> given =
          text({runtime, block.file, scope}, why);
      if (given)
        configured.runtime = *given;
      else
        configured.runtime_unread = "gives a runtime hoist cannot read: " + why;
    }
    if (const HclValue *layers = body.attribute("layers"))
      add_layers({layers, block.file, scope}, configured);
    out_.handlers.push_back(std::move(configured));
  }

  /// Where `placed`, a child module's value, is set: a variable the
  /// calling block sets is its argument there, where each call differs.
  Placed set_at(Placed placed) const {
    for (int hops = 0; hops < kMaxReferences; ++hops) {
      if (placed.value->kind != HclValue::Kind::Reference)
        break;
      std::vector<std::string> steps = traversal_steps(placed.value->text);
      if (steps.size() != 2 || steps[0] != "var")
        break;
      const Module &module = *placed.scope.module;
      auto found = module.variables.find(steps[1]);
      if (found == module.variables.end() ||
          found->second.scope.module == &module)
        break;
      placed = found->second;
    }
    return placed;
  }

  /// True when `body` deploys an image: its code is no directory here.
  bool deploys_image(const PlacedBlock &block, Scope scope) const {
    const HclBody &body = block.block->body;
    const HclValue *type = body.attribute("package_type");
    std::string ignored;
    bool image = body.attribute("image_uri") ||
                 (type && text({type, block.file, scope}, ignored) == "Image");
    out_.image_functions = out_.image_functions || image;
    return image;
  }

  /// The code of a function deployed from S3: the archive an
  /// `aws_s3_object` (or the older `aws_s3_bucket_object`) of the module
  /// uploads as its `s3_key`.
  std::optional<fs::path> uploaded_code(Placed key, const Placed *handler,
                                        std::string &why) const {
    std::optional<Placed> given = follow(key, why);
    if (!given)
      return std::nullopt;
    const std::string &reference = given->value->text;
    if (given->value->kind == HclValue::Kind::Reference &&
        (starts_with(reference, "aws_s3_object.") ||
         starts_with(reference, "aws_s3_bucket_object.")) &&
        ends_with(reference, ".key")) {
      const Module &module = *given->scope.module;
      auto object = module.resources.find(
          reference.substr(0, reference.size() - std::string_view(".key").size()));
      const HclValue *source =
          object == module.resources.end()
              ? nullptr
              : object->second.block->body.attribute("source");
      if (source)
        return archive_code({source, object->second.file, {&module, nullptr}},
                            handler, why);
    }
    why = "its code is an object in S3";
    return std::nullopt;
  }

  void read_function(const PlacedBlock &block, Scope scope,
                     const std::string &name) {
    ++functions_;
    const HclBody &body = block.block->body;
    const HclValue *handler = body.attribute("handler");
    const Placed handler_at{handler, block.file, scope};
    std::optional<fs::path> code_root;
    std::string why;
    if (deploys_image(block, scope))
      why = "it is deployed as an image";
    else if (const HclValue *key = body.attribute("s3_key"))
      code_root = uploaded_code({key, block.file, scope},
                                handler ? &handler_at : nullptr, why);
    else if (body.attribute("s3_bucket"))
      why = "its code is an object in S3";
    else if (const HclValue *filename = body.attribute("filename"))
      code_root = archive_code({filename, block.file, scope},
                               handler ? &handler_at : nullptr, why);
    else
      why = "it names no 'filename'";
    ConfiguredHandler configured;
    if (const HclBlock *settings = body.block("environment"))
      if (const HclValue *variables = settings->body.attribute("variables"))
        configured.environment =
            environment(Placed{variables, block.file, scope});
    add_function(name, block, scope, code_root, why, std::move(configured));
  }

  /// The registry's lambda module; nothing when it makes no function (a
  /// layer, or `create_function = false`).
  void read_module_function(const PlacedBlock &block, Scope scope,
                            const std::string &name) {
    const HclBody &body = block.block->body;
    auto is = [&](const char *key, const char *value) {
      const HclValue *given = body.attribute(key);
      std::string ignored;
      return given && text({given, block.file, scope}, ignored) == value;
    };
    if (is("create", "false") || is("create_function", "false") ||
        is("create_layer", "true"))
      return;
    ++functions_;
    ConfiguredHandler configured;
    std::optional<fs::path> code_root;
    std::string why;
    if (deploys_image(block, scope))
      why = "it is deployed as an image";
    else if (is("create_package", "false"))
      why = "it is deployed from a package made elsewhere";
    else if (const HclValue *source = body.attribute("source_path"))
      code_root = source_path({source, block.file, scope},
                              {body.attribute("handler"), block.file, scope},
                              configured.layer_roots, why);
    else
      why = "it names no 'source_path'";
    if (const HclValue *variables = body.attribute("environment_variables"))
      configured.environment =
          environment(Placed{variables, block.file, scope});
    add_function(name, block, scope, code_root, why, std::move(configured));
  }

  /// What the module packages from `source_path`, whose items land
  /// together at the package's root: a path (a directory's content, or a
  /// file), or `{path = ...}` (its `patterns` only leave files out, its
  /// `pip_requirements`, `poetry_install` and `npm_requirements` add
  /// dependencies; one without `path` adds only those). The code root is the
  /// source holding `handler`'s module (else the first), the others are
  /// roots its imports may name. Nothing, with `why`, when an item is not
  /// read or `commands` or `prefix_in_zip` make the package otherwise.
  std::optional<fs::path> source_path(Placed source, const Placed &handler,
                                      std::vector<fs::path> &others,
                                      std::string &why) const {
    std::optional<Placed> value = follow(source, why);
    if (!value)
      return std::nullopt;
    std::vector<Placed> items;
    if (value->value->kind == HclValue::Kind::List)
      for (const HclValue &item : value->value->items)
        items.push_back({&item, value->file, value->scope});
    else
      items.push_back(*value);
    // Each source's directory, and the file when the source is one.
    std::vector<std::pair<fs::path, fs::path>> sources;
    for (const Placed &written_item : items) {
      std::optional<Placed> item = follow(written_item, why);
      if (!item)
        return std::nullopt;
      Placed path_at = *item;
      const char *key = "source_path";
      if (item->value->kind == HclValue::Kind::Object) {
        const HclValue &entry = *item->value;
        for (const char *builds : {"commands", "prefix_in_zip"})
          if (entry.member(builds)) {
            why = std::string("its 'source_path' has '") + builds +
                  "', which makes the package otherwise";
            return std::nullopt;
          }
        const HclValue *path = entry.member("path");
        if (!path)
          continue; // dependencies only
        path_at = {path, item->file, item->scope};
        key = "path";
      }
      std::optional<fs::path> named = this->path(path_at, why);
      if (!named)
        return std::nullopt;
      std::optional<fs::path> dir = code_directory(path_at, key, why);
      if (!dir)
        return std::nullopt;
      sources.emplace_back(*dir, *dir == *named ? fs::path() : *named);
    }
    if (sources.empty()) {
      why = "its 'source_path' names only dependencies to install";
      return std::nullopt;
    }
    std::size_t root = 0;
    std::string ignored;
    std::optional<std::string> given =
        handler.value ? text(handler, ignored) : std::nullopt;
    if (given && given->find('.') != std::string::npos) {
      const std::string module = given->substr(0, given->rfind('.'));
      for (std::size_t i = 0; i < sources.size(); ++i)
        if (holds_module(sources[i].first, module, sources[i].second)) {
          root = i;
          break;
        }
    }
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (i != root && sources[i].first != sources[root].first)
        others.push_back(sources[i].first);
    return sources[root].first;
  }

  const SourceFilePtr &file_;
  const DeploymentContext &context_;
  DeploymentScan &out_;
  fs::path dir_;
  /// The module read, then the instances of the local modules it calls.
  std::deque<Module> modules_;
  std::deque<Instance> instances_;
  /// The local modules being read, the innermost last.
  std::vector<fs::path> calling_;
  std::size_t functions_ = 0;
};

} // namespace

bool may_be_terraform_lambda(std::string_view text) {
  const bool local_module = text.find("\"./") != std::string_view::npos ||
                            text.find("\"../") != std::string_view::npos;
  return text.find("aws_lambda_function") != std::string_view::npos ||
         (local_module && text.find("module") != std::string_view::npos) ||
         text.find("terraform-aws-modules/lambda") != std::string_view::npos ||
         text.find("terraform-aws-modules/terraform-aws-lambda") !=
             std::string_view::npos;
}

void read_terraform_file(const SourceFilePtr &file,
                         const DeploymentContext &context,
                         DeploymentScan &out) {
  TerraformReader(file, context, out).read();
}

} // namespace hoist
