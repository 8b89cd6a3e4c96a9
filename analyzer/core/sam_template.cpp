// SAM and CloudFormation templates (YAML or JSON): AWS::Serverless::Function
// and AWS::Lambda::Function resources, with SAM's Globals, and the layers
// (AWS::Serverless::LayerVersion, AWS::Lambda::LayerVersion) they use.
#include <algorithm>
#include <unordered_map>

#include "core/closest_name.h"
#include "core/deployment.h"
#include "core/dockerfile.h"
#include "core/function_not_read.h"
#include "core/message_excerpt.h"
#include "core/source_file.h"
#include "core/unbuilt_code.h"
#include "core/yaml_location.h"
#include "core/read_record.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

const char *kind_name(const YamlNode &node) {
  switch (node.kind) {
  case YamlNode::Kind::Mapping:
    return "a mapping";
  case YamlNode::Kind::Sequence:
    return "a list";
  case YamlNode::Kind::Null:
    return "empty";
  case YamlNode::Kind::Scalar:
    break;
  }
  return "a scalar";
}

/// A plain scalar YAML reads as a number or a boolean: `Handler: 12`.
bool is_plain_non_string(const YamlNode &node) {
  if (!node.is_scalar() || node.tag != "?" || node.scalar.empty())
    return false;
  static const char *kBooleans[] = {"true", "false", "True", "False",
                                    "TRUE", "FALSE", "yes",  "no",
                                    "Yes",  "No",    "on",   "off"};
  for (const char *word : kBooleans)
    if (node.scalar == word)
      return true;
  return node.scalar.find_first_not_of("0123456789+-.eE_") == std::string::npos;
}

bool ends_with(const std::string &text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_present_directory(const fs::path &path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

/// "; did you mean 'producerFunction/'?" when a directory beside the one
/// `written` (relative to `dir`) names, and not there, is named nearly
/// alike (a letter's case: on a case-insensitive disk it deployed), or "".
std::string nearest_directory(const fs::path &dir, const std::string &written) {
  std::string trimmed = written;
  while (trimmed.size() > 1 && trimmed.back() == '/')
    trimmed.pop_back();
  fs::path missing = (dir / trimmed).lexically_normal();
  std::vector<std::string> siblings;
  std::error_code error, ignored;
  record_input(missing.parent_path()); // a directory added changes its time
  for (fs::directory_iterator it(missing.parent_path(), error), end;
       !error && it != end; it.increment(error))
    if (it->is_directory(ignored))
      siblings.push_back(it->path().filename().string());
  std::string last = missing.filename().string();
  std::optional<std::string> near =
      last.empty() ? std::nullopt : closest_name(last, siblings);
  if (!near)
    return "";
  std::string meant = *near;
  if (trimmed.size() >= last.size() &&
      trimmed.compare(trimmed.size() - last.size(), last.size(), last) == 0)
    meant = written.substr(0, trimmed.size() - last.size()) + *near +
            written.substr(trimmed.size());
  return "; did you mean '" + meant + "'?";
}

/// Reads the functions and layers of one template document.
class TemplateReader {
public:
  TemplateReader(const SourceFilePtr &file, const DeploymentContext &context,
                 DeploymentScan &out, const YamlNode &root)
      : file_(file), context_(context), out_(out),
        dir_(fs::absolute(file->path()).parent_path()) {
    if (const YamlNode *globals = root.get("Globals");
        globals && globals->is_map())
      if (const YamlNode *function = globals->get("Function");
          function && function->is_map())
        globals_ = function;
    resources_ = root.get("Resources");
  }

  void read() {
    if (!resources_ || !resources_->is_map())
      return;
    std::size_t functions = 0;
    for (const auto &[name, body] : resources_->entries) {
      if (!body->is_map())
        continue;
      std::string type = yaml_string(body->get("Type"));
      if (type == "AWS::Serverless::Function" ||
          type == "AWS::Lambda::Function") {
        ++functions;
        read_function(name->scalar, *body, type == "AWS::Serverless::Function");
      }
    }
    if (functions)
      out_.functions_defined.emplace_back(file_, functions);
  }

private:
  /// The function's own property, else the Globals one (SAM functions only).
  const YamlNode *property(const YamlNode *properties, bool serverless,
                           const char *key) const {
    if (properties && properties->is_map())
      if (const YamlNode *own = properties->get(key))
        return own;
    return serverless && globals_ ? globals_->get(key) : nullptr;
  }

  void warn(const YamlNode &at, std::string message) {
    out_.notices.push_back(
        {Severity::Warning, yaml_location(file_, at), std::move(message)});
  }

  std::string nearest_directory(const std::string &written) const {
    return hoist::nearest_directory(dir_, written);
  }

  /// For -v: the code of function `name` is inline, not checked.
  void inline_code(const YamlNode &handler, const std::string &name) {
    out_.notices.push_back(
        {Severity::Warning, yaml_location(file_, handler),
         "the code of function '" + name +
             "' is not checked: it is inline in the template",
         true});
  }

  /// For -v: the code of function `name` is not here, and why.
  void not_located(const YamlNode &handler, const std::string &name,
                   const std::string &why) {
    out_.notices.push_back(
        code_not_located(yaml_location(file_, handler), name, why));
  }

  /// The directory a `CodeUri`/`Code`/`ContentUri` names, when its code is
  /// here to read: not inline, not an archive or S3 object, inside the trees
  /// checked (else a warning says so), and present.
  std::optional<fs::path> local_code(const YamlNode &node, const char *key) {
    std::string path = yaml_string(&node);
    if (path.empty() || path.rfind("s3://", 0) == 0 ||
        ends_with(path, ".zip") || ends_with(path, ".jar"))
      return std::nullopt; // S3, an archive or an intrinsic: not here
    fs::path absolute = (dir_ / path).lexically_normal();
    if (!is_inside_trees(absolute, context_.checked_trees)) {
      warn(node, std::string("'") + key +
                     "' points outside the checked tree ('" + path +
                     "'); hoist does not read the code there");
      return std::nullopt;
    }
    // SAM zips a single file given as the code: its directory holds the
    // module Lambda imports.
    if (ends_with(path, ".py"))
      absolute = absolute.parent_path();
    if (!is_present_directory(absolute))
      return std::nullopt; // built elsewhere, or not there: nothing to check
    return absolute;
  }

  /// Where the code of a function whose `Code` is an S3 location is before
  /// it is uploaded: the asset path in its `Metadata` (`aws:asset:path`,
  /// what the CDK and Amplify write and SAM CLI reads), else, for an Amplify
  /// Gen1 function (`function/<name>/<name>-cloudformation-template.json`),
  /// the `src` beside the template, which Amplify packages.
  std::optional<fs::path> asset_code(const YamlNode &body) {
    const YamlNode *metadata = body.get("Metadata");
    if (metadata && metadata->is_map()) {
      const YamlNode *path = metadata->get("aws:asset:path");
      std::string property = yaml_string(metadata->get("aws:asset:property"));
      if (path && path->is_scalar() && (property.empty() || property == "Code"))
        return local_code(*path, "aws:asset:path");
    }
    fs::path template_path(file_->path());
    std::string function = dir_.filename().string();
    if (dir_.parent_path().filename() == "function" &&
        template_path.filename() == function + "-cloudformation-template.json" &&
        is_present_directory(dir_ / "src"))
      return dir_ / "src";
    return std::nullopt;
  }

  void read_function(const std::string &name, const YamlNode &body,
                     bool serverless) {
    const YamlNode *properties = body.get("Properties");
    if (properties && !properties->is_map()) {
      warn(*properties, "'Properties' of function '" + name +
                            "' should be a mapping, not " +
                            kind_name(*properties) + "; it is not checked");
      return;
    }
    if (yaml_string(property(properties, serverless, "PackageType")) ==
        "Image") {
      out_.image_functions = true;
      return read_image_function(name, body, properties, serverless);
    }
    const YamlNode *handler = property(properties, serverless, "Handler");
    if (!handler)
      return; // an image's, or a value known only at deployment
    if (is_intrinsic(handler))
      return out_.notices.push_back(handler_not_read(
          yaml_location(file_, *handler), name,
          "it is an intrinsic function (" + intrinsic_name(*handler) +
              "), which hoist does not evaluate"));
    if (!handler->is_scalar() || is_plain_non_string(*handler)) {
      warn(*handler,
           "'Handler' of function '" + name +
               "' should be a string 'module.function', not " +
               (handler->is_scalar() ? std::string("'") + handler->scalar + "'"
                                     : kind_name(*handler)) +
               "; it is not checked");
      return;
    }
    const YamlNode *code = serverless
                               ? property(properties, serverless, "CodeUri")
                               : property(properties, false, "Code");
    if (serverless && property(properties, serverless, "InlineCode"))
      return inline_code(*handler, name);
    std::optional<fs::path> code_root;
    if (!code)
      code_root = serverless ? std::optional(dir_) : std::nullopt;
    else if (code->is_scalar())
      code_root = local_code(*code, serverless ? "CodeUri" : "Code");
    else if (!serverless)
      code_root = asset_code(body);
    // A plain directory that is not there, and that no build makes: the
    // template is wrong, not merely ahead of a build. Said of the runtimes
    // hoist checks only: a Java or Go function's code is no code of its.
    std::string runtime =
        yaml_string(property(properties, serverless, "Runtime"));
    HandlerLanguage language = language_of_runtime(runtime);
    if (!code_root && code && code->is_scalar() && !is_intrinsic(code) &&
        (runtime.empty() || language == HandlerLanguage::Python ||
         language == HandlerLanguage::JavaScript) &&
        names_missing_code(code->scalar, dir_, context_.max_file_size))
      return warn(*code, "the code of function '" + name +
                             "' cannot be found: '" + code->scalar +
                             "' is a directory that is not there, and no "
                             "build step here makes it; deploying the "
                             "function fails" +
                             nearest_directory(code->scalar));
    // A directory a build makes (tsc's `dist/`): the Node.js front-end may
    // match its handler to the source it is built from.
    if (!code_root && language == HandlerLanguage::JavaScript && code)
      if (std::optional<fs::path> output = unbuilt_directory(*code))
        return unbuilt_function(name, *handler, *code, *output, runtime);
    // A mapping is an S3 location, inline ZipFile code or an intrinsic: the
    // code is not here.
    if (!code_root)
      return not_located(
          *handler, name,
          is_intrinsic(code)
              ? "its '" + std::string(serverless ? "CodeUri" : "Code") +
                    "' is an intrinsic function (" + intrinsic_name(*code) +
                    "), which hoist does not evaluate"
          : code && code->is_scalar()
              ? "'" + code->scalar +
                    "' is an archive, an S3 object or a directory "
                    "that is not there"
              : std::string("its code is inline, in S3 or known "
                            "only at deployment"));
    ConfiguredHandler configured;
    configured.handler = handler->scalar;
    configured.code_root = *code_root;
    configured.runtime = runtime;
    if (const YamlNode *given = property(properties, serverless, "Runtime");
        given && is_intrinsic(given))
      configured.runtime_unread = "gives its runtime as an intrinsic function (" +
                                  intrinsic_name(*given) +
                                  "), which hoist does not evaluate";
    configured.where = yaml_location(file_, *handler);
    configured.origin = "function '" + name + "' in " + file_->path();
    add_layers(properties ? properties->get("Layers") : nullptr, configured);
    if (serverless && globals_)
      add_layers(globals_->get("Layers"), configured);
    configured.environment = environment(properties, serverless);
    configured.build_entry_points = esbuild_entry_points(body, *code_root);
    out_.handlers.push_back(std::move(configured));
  }

  /// The directory `code` names when it is a plain path (no archive, S3
  /// object or intrinsic) inside the trees checked that is not there.
  std::optional<fs::path> unbuilt_directory(const YamlNode &code) const {
    if (!code.is_scalar() || is_intrinsic(&code))
      return std::nullopt;
    const std::string &path = code.scalar;
    if (path.empty() || path.rfind("s3://", 0) == 0 ||
        path.find("${") != std::string::npos || ends_with(path, ".zip") ||
        ends_with(path, ".jar") || ends_with(path, ".js") ||
        ends_with(path, ".py"))
      return std::nullopt;
    fs::path absolute = (dir_ / path).lexically_normal();
    if (!is_inside_trees(absolute, context_.checked_trees) ||
        is_present_directory(absolute))
      return std::nullopt;
    return absolute;
  }

  /// Lists the Node.js function `name` whose code, `output`, a build makes
  /// (ConfiguredHandler::code_unbuilt).
  void unbuilt_function(const std::string &name, const YamlNode &handler,
                        const YamlNode &code, const fs::path &output,
                        const std::string &runtime) {
    ConfiguredHandler configured;
    configured.unbuilt_note =
        code_not_located(yaml_location(file_, handler), name,
                         "'" + code.scalar +
                             "' is an archive, an S3 object or a directory "
                             "that is not there")
            .message;
    configured.handler = handler.scalar;
    configured.code_root = output;
    configured.runtime = runtime;
    configured.language = HandlerLanguage::JavaScript;
    configured.where = yaml_location(file_, handler);
    configured.origin = "function '" + name + "' in " + file_->path();
    configured.code_unbuilt = true;
    out_.handlers.push_back(std::move(configured));
  }

  /// SAM's esbuild build (`Metadata: BuildMethod: esbuild`) bundles each of
  /// `BuildProperties: EntryPoints` (relative to the code) into the code
  /// Lambda loads.
  static std::vector<fs::path> esbuild_entry_points(const YamlNode &body,
                                                    const fs::path &code_root) {
    std::vector<fs::path> entries;
    const YamlNode *metadata = body.get("Metadata");
    if (!metadata || !metadata->is_map() ||
        yaml_string(metadata->get("BuildMethod")) != "esbuild")
      return entries;
    const YamlNode *properties = metadata->get("BuildProperties");
    const YamlNode *points =
        properties && properties->is_map() ? properties->get("EntryPoints")
                                           : nullptr;
    if (points && points->kind == YamlNode::Kind::Sequence)
      for (const YamlNode::Ptr &point : points->items)
        if (point && point->is_scalar() && !point->scalar.empty())
          entries.push_back((code_root / point->scalar).lexically_normal());
    return entries;
  }

  /// SAM builds an image function from `Metadata`: its Dockerfile (in
  /// DockerContext unless `Dockerfile` says where), built with DockerContext
  /// as the context, names the handler (CMD, or the function's ImageConfig).
  /// That Dockerfile is read here, and not again on its own as if its
  /// directory were the context.
  void read_image_function(const std::string &name, const YamlNode &body,
                           const YamlNode *properties, bool serverless) {
    const YamlNode *metadata = body.get("Metadata");
    if (!metadata || !metadata->is_map())
      return;
    const YamlNode *context_node = metadata->get("DockerContext");
    std::string context = yaml_string(context_node);
    if (context.empty())
      return;
    std::string dockerfile = yaml_string(metadata->get("Dockerfile"));
    if (dockerfile.empty())
      dockerfile = "Dockerfile";
    fs::path context_dir = (dir_ / context).lexically_normal();
    fs::path path = (context_dir / dockerfile).lexically_normal();
    const YamlNode *config = property(properties, serverless, "ImageConfig");
    DockerBuild build{context_dir,
                      image_config(config, "Command"),
                      image_config(config, "EntryPoint"),
                      image_config_places(config, "Command"),
                      image_config_places(config, "EntryPoint")};
    std::string display =
        (fs::path(file_->path()).parent_path() / context / dockerfile)
            .lexically_normal()
            .generic_string();
    std::size_t first = 0;
    if (read_built_image(path, build, display, context_, out_, first) ==
        BuiltImage::Outside) {
      warn(*context_node, "the image of function '" + name +
                              "' is built outside the checked tree ('" +
                              (fs::path(context) / dockerfile).string() +
                              "'); hoist does not read the code there");
      return;
    }
    for (std::size_t i = first; i < out_.handlers.size(); ++i) {
      ConfiguredHandler &handler = out_.handlers[i];
      handler.environment = environment(properties, serverless);
      handler.origin = "function '" + name + "' in " + file_->path() + " (" +
                       handler.origin + ", built from '" + context + "')";
    }
  }

  /// The function's `Environment: Variables`, over those of SAM's Globals
  /// (SAM merges the two, the function's winning).
  FunctionEnvironment environment(const YamlNode *properties,
                                  bool serverless) const {
    FunctionEnvironment environment;
    for (const YamlNode *owner :
         {serverless ? globals_ : nullptr,
          properties && properties->is_map() ? properties : nullptr}) {
      const YamlNode *settings = owner ? owner->get("Environment") : nullptr;
      if (settings && settings->is_map())
        environment.add(settings->get("Variables"), false);
    }
    return environment;
  }

  /// A list of strings of the function's `ImageConfig` (`Command`,
  /// `EntryPoint`), which override the image's CMD and ENTRYPOINT.
  static std::optional<std::vector<std::string>>
  image_config(const YamlNode *config, const char *key) {
    const YamlNode *value =
        config && config->is_map() ? config->get(key) : nullptr;
    if (!value || value->kind != YamlNode::Kind::Sequence)
      return std::nullopt;
    std::vector<std::string> words;
    for (const YamlNode::Ptr &word : value->items) {
      if (!word->is_scalar() || is_intrinsic(word.get()))
        return std::nullopt;
      words.push_back(word->scalar);
    }
    return words;
  }

  /// Where each word of the function's `ImageConfig` `key` is written.
  std::vector<Location> image_config_places(const YamlNode *config,
                                            const char *key) const {
    const YamlNode *value =
        config && config->is_map() ? config->get(key) : nullptr;
    std::vector<Location> places;
    if (value && value->kind == YamlNode::Kind::Sequence)
      for (const YamlNode::Ptr &word : value->items)
        places.push_back(yaml_location(file_, *word));
    return places;
  }

  /// The import roots of the layers `layers` names (`!Ref` to a layer
  /// resource in this template whose content is here), and how the others
  /// are written: published layers' ARNs, other intrinsic functions, a
  /// parameter, a layer whose content is not here.
  void add_layers(const YamlNode *layers, ConfiguredHandler &configured) {
    if (!layers || layers->kind != YamlNode::Kind::Sequence)
      return;
    for (const YamlNode::Ptr &layer : layers->items) {
      std::string target = ref_target(*layer);
      if (const LayerContent *content =
              target.empty() ? nullptr : layer_content(target);
          content && content->readable) {
        if (content->root)
          configured.layer_roots.push_back(*content->root);
        continue;
      }
      std::string written =
          !target.empty()          ? "!Ref " + target
          : layer->is_scalar()     ? (layer->tag.size() > 1 && layer->tag[0] == '!'
                                              ? layer->tag + " "
                                              : "") +
                                         layer->scalar
          : is_intrinsic(layer.get()) ? intrinsic_name(*layer) + " ..."
                                      : std::string("a ") + kind_name(*layer);
      configured.unread_layers.push_back(std::move(written));
    }
  }

  /// What a layer resource of this template puts on Python's import path.
  struct LayerContent {
    /// Its content's `python/` directory (Lambda's /opt/python), or the
    /// content itself when SAM builds it (`BuildMethod: python3.x` copies it
    /// there); nothing when it is zipped as it is without one.
    std::optional<fs::path> root;
    /// Its content is here to read (else an archive, S3, a build's output).
    bool readable = false;
  };

  /// The content of the layer resource `name`, or null when `name` is no
  /// layer resource of this template (a parameter).
  const LayerContent *layer_content(const std::string &name) {
    if (auto known = layer_contents_.find(name); known != layer_contents_.end())
      return known->second ? &*known->second : nullptr;
    std::optional<LayerContent> layer;
    const YamlNode *body = resources_->get(name);
    std::string type =
        body && body->is_map() ? yaml_string(body->get("Type")) : "";
    const char *key = type == "AWS::Serverless::LayerVersion" ? "ContentUri"
                      : type == "AWS::Lambda::LayerVersion"   ? "Content"
                                                              : nullptr;
    if (key) {
      layer.emplace();
      const YamlNode *properties = body->get("Properties");
      const YamlNode *content = properties && properties->is_map()
                                    ? properties->get(key)
                                    : nullptr;
      if (content && content->is_scalar() && !is_intrinsic(content))
        layer->root = local_code(*content, key);
      layer->readable = layer->root.has_value();
      const YamlNode *metadata = body->get("Metadata");
      bool built =
          metadata && metadata->is_map() &&
          yaml_string(metadata->get("BuildMethod")).rfind("python", 0) == 0;
      if (layer->root && is_present_directory(*layer->root / "python"))
        layer->root = *layer->root / "python";
      else if (!built)
        layer->root.reset(); // zipped as it is: nothing of it lands in /opt/python
    }
    auto placed = layer_contents_.emplace(name, std::move(layer)).first;
    return placed->second ? &*placed->second : nullptr;
  }

  const SourceFilePtr &file_;
  const DeploymentContext &context_;
  DeploymentScan &out_;
  fs::path dir_;
  const YamlNode *globals_ = nullptr;
  const YamlNode *resources_ = nullptr;
  std::unordered_map<std::string, std::optional<LayerContent>> layer_contents_;
};

/// The first line of a template engine's markup in `text` (Handlebars'
/// `{{#if x}}`, Jinja's `{% for %}`, ERB's `<% %>` starting a line), with
/// its number from 1, or nothing. A file with such lines is the source of
/// a template that a build renders before deployment (nasa/cumulus'
/// `*.template.yml`), not YAML.
std::optional<std::pair<std::string, std::size_t>>
template_engine_markup(std::string_view text) {
  std::size_t number = 1;
  for (std::size_t at = 0; at < text.size(); ++number) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    std::size_t start = line.find_first_not_of(" \t");
    if (start != std::string_view::npos) {
      std::string_view opens = line.substr(start, 2);
      if (opens == "{{" || opens == "{%" || opens == "<%")
        return std::pair(message_excerpt(line.substr(start), 40), number);
    }
    at = end + 1;
  }
  return std::nullopt;
}

} // namespace

void read_sam_template(const SourceFilePtr &file,
                       const DeploymentContext &context, DeploymentScan &out) {
  auto markup = template_engine_markup(file->text());
  bool needed = may_be_lambda_template(file->text()) && !markup;
  std::optional<YamlStream> stream = parse_yaml(
      file, out, "YAML or JSON", needed,
      markup ? "it holds a template engine's markup ('" + markup->first +
                   "' on line " + std::to_string(markup->second) +
                   "): the source of a template rendered before "
                   "deployment, whose functions hoist does not check"
             : "");
  if (!stream)
    return;
  if (stream->documents.empty()) {
    DeploymentNotice empty;
    empty.where = {file, {0, 0}};
    empty.message = "'" + file->path() + "' is empty: there is no template to read";
    out.notices.push_back(std::move(empty));
    return;
  }
  ++out.files_read;
  ++out.configurations_read;
  for (const YamlDuplicateKey &duplicate : stream->duplicates)
    report_duplicate_key(file, duplicate,
                         "hoist reads this last one, as CloudFormation does",
                         out);
  for (const YamlNode::Ptr &document : stream->documents) {
    if (!document->is_map()) {
      out.notices.push_back(
          {Severity::Warning, yaml_location(file, *document),
           std::string("a template is a mapping (Resources: ...), not ") +
               kind_name(*document) + "; nothing is read from it"});
      continue;
    }
    TemplateReader(file, context, out, *document).read();
  }
}

} // namespace hoist
