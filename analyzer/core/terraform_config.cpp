// Terraform: `resource "aws_lambda_function"` (its code an `archive_file`'s
// source) and the registry's lambda module (terraform-aws-modules/lambda/aws,
// its code `source_path`). A Terraform module is a directory: its other .tf
// files give the locals, variables and archives a function refers to.
// Values are read when they are literals, `path.module`, `path.root`,
// `local.x`, or `var.x` with a default (or set by the directory's
// terraform.tfvars or *.auto.tfvars); anything else leaves what depends on
// it unread, and -v says why.
#include <algorithm>
#include <map>

#include "core/deployment.h"
#include "core/hcl.h"
#include "core/message_excerpt.h"

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

/// An HCL value and the file it is written in.
struct Placed {
  const HclValue *value = nullptr;
  SourceFilePtr file;

  Location location() const { return {file, value->range}; }
};

/// How `placed` is written, as a message quotes it.
std::string written(const Placed &placed) {
  const TextRange &range = placed.value->range;
  return message_excerpt(
      placed.file->text().substr(range.begin, range.end - range.begin));
}

/// A parsed .tf file of the module.
struct ModuleFile {
  SourceFilePtr file;
  HclFile hcl;
};

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

/// Reads the functions one .tf file defines, with its module's other files.
class TerraformReader {
public:
  TerraformReader(const SourceFilePtr &file, const DeploymentContext &context,
                  DeploymentScan &out)
      : file_(file), context_(context), out_(out),
        dir_(fs::absolute(file->path()).parent_path().lexically_normal()) {}

  void read() {
    read_module();
    const ModuleFile &own = files_.front();
    if (!own.hcl.error.empty())
      out_.notices.push_back(
          {Severity::Warning,
           {file_, {own.hcl.error_at, own.hcl.error_at}},
           "not read past here: " + own.hcl.error +
               "; the functions defined after it are not checked",
           true});
    std::size_t functions = 0;
    for (const HclBlock &block : own.hcl.body.blocks) {
      if (block.type == "resource" && block.labels.size() == 2 &&
          block.labels[0] == "aws_lambda_function") {
        ++functions;
        read_function(block);
      } else if (block.type == "module" && block.labels.size() == 1) {
        const HclValue *source = block.body.attribute("source");
        if (source && source->kind == HclValue::Kind::String &&
            is_lambda_module(source->text) && read_module_function(block))
          ++functions;
      }
    }
    if (functions == 0)
      return;
    ++out_.files_read;
    ++out_.configurations_read;
    out_.functions_defined.emplace_back(file_, functions);
  }

private:
  /// Parses this file and the module's other .tf files, and indexes their
  /// locals, variables and resources.
  void read_module() {
    files_.push_back({file_, parse_hcl(file_->text())});
    std::vector<fs::path> others, settings;
    std::error_code error;
    for (fs::directory_iterator it(dir_, error), end;
         !error && it != end && others.size() < kMaxModuleFiles;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      std::error_code ignored;
      if (!it->is_regular_file(ignored))
        continue;
      if (ends_with(name, ".tf") &&
          it->path() != fs::absolute(file_->path()).lexically_normal())
        others.push_back(it->path());
      // Terraform sets a root module's variables from these on its own.
      else if (name == "terraform.tfvars" || ends_with(name, ".auto.tfvars"))
        settings.push_back(it->path());
    }
    std::sort(others.begin(), others.end());
    std::sort(settings.begin(), settings.end()); // the later wins, as here
    fs::path shown_dir = fs::path(file_->path()).parent_path();
    for (const fs::path &path : others)
      if (SourceFilePtr other = read_other(path, shown_dir))
        files_.push_back({other, parse_hcl(other->text())});
    std::size_t module_files = files_.size();
    for (const fs::path &path : settings)
      if (SourceFilePtr other = read_other(path, shown_dir))
        files_.push_back({other, parse_hcl(other->text())});
    for (std::size_t i = 0; i < files_.size(); ++i) {
      const ModuleFile &module_file = files_[i];
      const HclBody &body = module_file.hcl.body;
      if (i >= module_files) {
        for (const HclBody::Attribute &setting : body.attributes)
          variables_[setting.name] = {&setting.value, module_file.file};
        continue;
      }
      for (const HclBlock &block : body.blocks) {
        if (block.type == "locals")
          for (const HclBody::Attribute &local : block.body.attributes)
            locals_[local.name] = {&local.value, module_file.file};
        else if (block.type == "variable" && block.labels.size() == 1) {
          if (const HclValue *given = block.body.attribute("default"))
            variables_.emplace(block.labels[0], Placed{given, module_file.file});
        } else if ((block.type == "resource" || block.type == "data") &&
                   block.labels.size() == 2)
          resources_[(block.type == "data" ? "data." : "") + block.labels[0] +
                     "." + block.labels[1]] = {&block, module_file.file};
      }
    }
  }

  SourceFilePtr read_other(const fs::path &path, const fs::path &shown_dir) {
    auto read = read_file_within(path, context_.max_file_size);
    auto *text = std::get_if<std::string>(&read);
    if (!text)
      return nullptr;
    return std::make_shared<const SourceFile>(
        (shown_dir / path.filename()).string(), std::move(*text));
  }

  /// What a reference names, followed through locals and variables to the
  /// value written; `why` says why not when it names none hoist reads.
  std::optional<Placed> follow(Placed placed, std::string &why) const {
    for (int hops = 0; hops < kMaxReferences; ++hops) {
      const HclValue &value = *placed.value;
      if (value.kind == HclValue::Kind::Unread) {
        why = "'" + message_excerpt(value.text) + "' is " + value.why +
              ", which hoist does not evaluate";
        return std::nullopt;
      }
      if (value.kind != HclValue::Kind::Reference)
        return placed;
      const std::string &name = value.text;
      if (name == "path.module" || name == "path.root")
        return placed; // text() knows them
      const std::map<std::string, Placed> *table =
          starts_with(name, "local.") ? &locals_
          : starts_with(name, "var.") ? &variables_
                                      : nullptr;
      if (!table) {
        why = "'" + message_excerpt(name) +
              "' is known only when Terraform runs, which hoist does not read";
        return std::nullopt;
      }
      auto found = table->find(name.substr(name.find('.') + 1));
      if (found == table->end()) {
        why = "'" + message_excerpt(name) + "' is " +
              (table == &variables_ ? "a variable without a default"
                                    : "not defined in this module") +
              ", which hoist does not read";
        return std::nullopt;
      }
      placed = found->second;
    }
    why = "'" + message_excerpt(placed.value->text) +
          "' refers to itself through other values";
    return std::nullopt;
  }

  /// `value` as a string (a template's parts joined; `path.module` and
  /// `path.root` this module's directory), or nothing with `why`.
  std::optional<std::string> text(Placed placed, std::string &why,
                                  int depth = 0) const {
    std::optional<Placed> value = follow(placed, why);
    if (!value)
      return std::nullopt;
    switch (value->value->kind) {
    case HclValue::Kind::Reference: // path.module or path.root
      return dir_.string();
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
            text({&part, value->file}, why, depth + 1);
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

  /// The directory an `archive_file` (data source or resource) zips:
  /// its `source_dir`, or the directory of its `source_file` (the file
  /// lands at the archive's root).
  std::optional<fs::path> archive_source(const std::string &address,
                                         std::string &why) const {
    auto found = resources_.find(address);
    if (found == resources_.end()) {
      why = "'" + address + "' is not defined in this module";
      return std::nullopt;
    }
    const HclBody &body = found->second.block->body;
    const SourceFilePtr &file = found->second.file;
    if (const HclValue *dir = body.attribute("source_dir"))
      return code_directory({dir, file}, "source_dir", why);
    if (const HclValue *single = body.attribute("source_file")) {
      std::optional<fs::path> root =
          code_directory({single, file}, "source_file", why);
      return root;
    }
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
    std::error_code ignored;
    fs::path root =
        fs::is_regular_file(*named, ignored) ? named->parent_path() : *named;
    if (!is_inside_trees(root, context_.checked_trees)) {
      out_.notices.push_back(
          {Severity::Warning, placed.location(),
           std::string("'") + key + "' points outside the checked tree (" +
               written(placed) + "); hoist does not read the code there"});
      why = "its code is outside the checked tree";
      return std::nullopt;
    }
    if (!fs::is_directory(root, ignored)) {
      why = "'" + root.string() + "' is not there";
      return std::nullopt;
    }
    return root;
  }

  /// The code root of an `aws_lambda_function`'s `filename`: the source of
  /// the `archive_file` it names, or whose `output_path` it is.
  std::optional<fs::path> archive_code(Placed filename,
                                       std::string &why) const {
    const HclValue &given = *filename.value;
    if (given.kind == HclValue::Kind::Reference) {
      for (const char *prefix : {"data.archive_file.", "archive_file."}) {
        std::string_view name = given.text;
        if (!starts_with(name, prefix) || !ends_with(name, ".output_path"))
          continue;
        name.remove_prefix(std::string_view(prefix).size());
        name.remove_suffix(std::string_view(".output_path").size());
        return archive_source((std::string(prefix) + std::string(name)), why);
      }
    }
    std::optional<fs::path> archive = path(filename, why);
    if (!archive)
      return std::nullopt;
    for (const auto &[address, resource] : resources_) {
      if (!starts_with(address, "data.archive_file.") &&
          !starts_with(address, "archive_file."))
        continue;
      const HclValue *output = resource.block->body.attribute("output_path");
      std::string ignored;
      if (output && path({output, resource.file}, ignored) == archive)
        return archive_source(address, why);
    }
    why = written(filename) + " is an archive that no archive_file here makes";
    return std::nullopt;
  }

  /// The import roots of local layers (`aws_lambda_layer_version.x.arn`
  /// whose archive's source is here: its `python/`), and how the others
  /// are written.
  void add_layers(Placed layers, ConfiguredHandler &configured) const {
    std::string why;
    std::optional<Placed> list = follow(layers, why);
    if (!list || list->value->kind != HclValue::Kind::List) {
      configured.unread_layers.push_back(written(layers));
      return;
    }
    for (const HclValue &item : list->value->items) {
      const std::string &reference = item.text;
      if (item.kind == HclValue::Kind::Reference &&
          starts_with(reference, "aws_lambda_layer_version.") &&
          ends_with(reference, ".arn")) {
        auto layer = resources_.find(reference.substr(
            0, reference.size() - std::string_view(".arn").size()));
        const HclValue *filename =
            layer == resources_.end()
                ? nullptr
                : layer->second.block->body.attribute("filename");
        if (filename) {
          std::optional<fs::path> content =
              archive_code({filename, layer->second.file}, why);
          std::error_code ignored;
          if (content && fs::is_directory(*content / "python", ignored))
            configured.layer_roots.push_back(*content / "python");
          if (content)
            continue;
        }
      }
      std::string ignored;
      std::optional<std::string> arn = text({&item, list->file}, ignored);
      configured.unread_layers.push_back(arn ? *arn
                                             : written({&item, list->file}));
    }
  }

  /// The variables of a mapping (`environment { variables = ... }`, the
  /// module's `environment_variables`).
  FunctionEnvironment environment(const HclValue *variables,
                                  const SourceFilePtr &file) const {
    FunctionEnvironment environment;
    std::string why;
    std::optional<Placed> mapping =
        variables ? follow({variables, file}, why) : std::nullopt;
    if (!mapping || mapping->value->kind != HclValue::Kind::Object)
      return environment;
    for (const auto &[name, value] : mapping->value->members) {
      std::optional<std::string> given =
          text({&value, mapping->file}, why);
      if (given)
        environment.variables.emplace_back(name, *given);
      else
        environment.unknown.push_back(name);
    }
    return environment;
  }

  /// Lists a function whose code is at `code_root`, or notes with -v why
  /// its code or handler is not read.
  void add_function(const std::string &name, const HclBody &body,
                    const std::optional<fs::path> &code_root,
                    const std::string &code_why, ConfiguredHandler configured) {
    const HclValue *handler = body.attribute("handler");
    if (!handler)
      return;
    Placed place{handler, file_};
    if (!code_root)
      return out_.notices.push_back(
          code_not_located(place.location(), name, code_why));
    std::string why;
    std::optional<std::string> handler_text = text(place, why);
    if (!handler_text)
      return out_.notices.push_back(
          {Severity::Warning, place.location(),
           "the handler of function '" + name + "' is not read: " + why +
               "; hoist checks the files it finds by their handlers' names, "
               "without this function's handler string and runtime",
           true});
    configured.handler = *handler_text;
    configured.code_root = *code_root;
    configured.where = place.location();
    configured.origin = "function '" + name + "' in " + file_->path();
    if (const HclValue *runtime = body.attribute("runtime")) {
      std::optional<std::string> given = text({runtime, file_}, why);
      if (given)
        configured.runtime = *given;
      else
        configured.runtime_unread = "gives a runtime hoist cannot read: " + why;
    }
    if (const HclValue *layers = body.attribute("layers"))
      add_layers({layers, file_}, configured);
    out_.handlers.push_back(std::move(configured));
  }

  /// True when `body` deploys an image: its code is no directory here.
  bool deploys_image(const HclBody &body) const {
    const HclValue *type = body.attribute("package_type");
    std::string ignored;
    bool image = body.attribute("image_uri") ||
                 (type && text({type, file_}, ignored) == "Image");
    out_.image_functions = out_.image_functions || image;
    return image;
  }

  void read_function(const HclBlock &block) {
    const std::string name = "aws_lambda_function." + block.labels[1];
    const HclBody &body = block.body;
    std::optional<fs::path> code_root;
    std::string why;
    if (deploys_image(body))
      why = "it is deployed as an image";
    else if (body.attribute("s3_bucket"))
      why = "its code is an object in S3";
    else if (const HclValue *filename = body.attribute("filename"))
      code_root = archive_code({filename, file_}, why);
    else
      why = "it names no 'filename'";
    ConfiguredHandler configured;
    const HclBlock *settings = body.block("environment");
    if (settings)
      configured.environment =
          environment(settings->body.attribute("variables"), file_);
    add_function(name, body, code_root, why, std::move(configured));
  }

  /// The registry's lambda module: false when it makes no function (a
  /// layer, or `create_function = false`).
  bool read_module_function(const HclBlock &block) {
    const HclBody &body = block.body;
    auto is = [&](const char *key, const char *value) {
      const HclValue *given = body.attribute(key);
      std::string ignored;
      return given && text({given, file_}, ignored) == value;
    };
    if (is("create", "false") || is("create_function", "false") ||
        is("create_layer", "true"))
      return false;
    const std::string name = "module." + block.labels[0];
    std::optional<fs::path> code_root;
    std::string why;
    if (deploys_image(body))
      why = "it is deployed as an image";
    else if (is("create_package", "false"))
      why = "it is deployed from a package made elsewhere";
    else if (const HclValue *source = body.attribute("source_path"))
      code_root = source_path({source, file_}, why);
    else
      why = "it names no 'source_path'";
    ConfiguredHandler configured;
    configured.environment =
        environment(body.attribute("environment_variables"), file_);
    add_function(name, body, code_root, why, std::move(configured));
    return true;
  }

  /// The directory the module packages from `source_path`: a path, or a
  /// list of one (a path, or `{path = ...}` without commands that build
  /// the package or a prefix in the archive).
  std::optional<fs::path> source_path(Placed source, std::string &why) const {
    std::optional<Placed> value = follow(source, why);
    if (!value)
      return std::nullopt;
    if (value->value->kind == HclValue::Kind::List) {
      const auto &items = value->value->items;
      if (items.size() != 1) {
        why = "its 'source_path' lists " + std::to_string(items.size()) +
              " sources, which the module packages together";
        return std::nullopt;
      }
      value = follow({&items.front(), value->file}, why);
      if (!value)
        return std::nullopt;
    }
    if (value->value->kind == HclValue::Kind::Object) {
      const HclValue &entry = *value->value;
      for (const char *builds : {"commands", "prefix_in_zip"})
        if (entry.member(builds)) {
          why = std::string("its 'source_path' has '") + builds +
                "', which makes the package otherwise";
          return std::nullopt;
        }
      const HclValue *path = entry.member("path");
      if (!path) {
        why = "its 'source_path' names no 'path'";
        return std::nullopt;
      }
      return code_directory({path, value->file}, "path", why);
    }
    return code_directory(*value, "source_path", why);
  }

  /// A block and the file it is written in.
  struct PlacedBlock {
    const HclBlock *block;
    SourceFilePtr file;
  };

  const SourceFilePtr &file_;
  const DeploymentContext &context_;
  DeploymentScan &out_;
  fs::path dir_;
  std::vector<ModuleFile> files_;
  std::map<std::string, Placed> locals_;
  std::map<std::string, Placed> variables_;
  /// "aws_lambda_layer_version.x", "data.archive_file.y".
  std::map<std::string, PlacedBlock> resources_;
};

} // namespace

bool may_be_terraform_lambda(std::string_view text) {
  return text.find("aws_lambda_function") != std::string_view::npos ||
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
