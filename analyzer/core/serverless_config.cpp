// serverless.yml (Serverless Framework, AWS provider): functions.<name>.handler
// with its runtime, else provider.runtime, and its environment merged over
// provider.environment. Read as the Framework's loader reads it: YAML merge
// keys applied, `${file(...)}` of a local YAML or JSON file and
// `${self:...}` of a literal in the same file resolved. A function served by
// the serverless-wsgi plugin's handler is the app `custom.wsgi.app` names.
#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

#include "core/deployment.h"
#include "core/dockerfile.h"
#include "core/function_not_read.h"
#include "core/message_excerpt.h"
#include "core/serverless_packaging.h"
#include "core/yaml_location.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// `key`, or the same key capitalized (`Runtime:`), which the Framework's
/// users write and its schema check only warns about.
const YamlNode *get_either_case(const YamlNode &map, std::string key) {
  if (const YamlNode *value = map.get(key))
    return value;
  key[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(key[0])));
  return map.get(key);
}

bool lists(const YamlNode *sequence, std::string_view item) {
  if (!sequence || sequence->kind != YamlNode::Kind::Sequence)
    return false;
  for (const YamlNode::Ptr &entry : sequence->items)
    if (yaml_string(entry.get()) == item)
      return true;
  return false;
}

/// True when the project uses the plugin: `plugins: [...]`, or
/// `plugins: {modules: [...]}`.
bool uses_plugin(const YamlNode &root, std::string_view plugin) {
  const YamlNode *plugins = root.get("plugins");
  return lists(plugins, plugin) ||
         (plugins && plugins->is_map() && lists(plugins->get("modules"), plugin));
}

bool is_true(const YamlNode *node) {
  std::string text = yaml_string(node);
  return text == "true" || text == "True" || text == "TRUE";
}

/// True when the function is deployed from a prebuilt archive
/// (`package.artifact`), whose code hoist cannot see.
bool packaged_elsewhere(const YamlNode *package) {
  return package && package->is_map() && package->get("artifact");
}

/// A node and the file it is in: a function defined in a file that
/// `${file(...)}` includes is reported there.
struct Placed {
  YamlNode::Ptr node;
  SourceFilePtr file;
};

/// The cloud `root` (a serverless.yml's document) deploys to:
/// `provider.name`, or `provider: aws`; "aws" when it names none.
std::string provider_name(const YamlNode::Ptr &root) {
  const YamlNode *provider = root && root->is_map() ? root->get("provider")
                                                    : nullptr;
  std::string name = provider && provider->is_map()
                         ? yaml_string(provider->get("name"))
                         : yaml_string(provider);
  return name.empty() ? "aws" : name;
}

/// Reads one serverless.yml and the local files it includes.
class ServerlessReader {
public:
  ServerlessReader(const SourceFilePtr &file, const YamlNode::Ptr &root,
                   const DeploymentContext &context, DeploymentScan &out)
      : file_(file), root_(apply_merge_keys(root)), context_(context),
        out_(out) {}

  void read() {
    const YamlNode::Ptr functions = member(root_, "functions");
    if (!functions)
      return;
    // Other providers (Azure, Google, OpenWhisk, Knative, ...) are not Lambda.
    if (provider_name(root_) != "aws")
      return;
    if (const YamlNode::Ptr provider = member(root_, "provider")) {
      if (provider->is_map()) {
        default_runtime_ = yaml_string(get_either_case(*provider, "runtime"));
        default_environment_ = provider->get("environment");
        default_layers_ = provider->get("layers");
        images_ = at_path(provider, "ecr.images");
      }
    }
    const YamlNode *package = root_->get("package");
    if (packaged_elsewhere(package))
      return;
    individually_ = package && package->is_map() &&
                    is_true(package->get("individually"));
    // serverless-wsgi writes wsgi_handler.py into the package at deployment.
    wsgi_ = uses_plugin(*root_, "serverless-wsgi");
    // serverless-python-requirements zips a function's `module` directory
    // as its package's root when functions are packaged one by one.
    module_roots_ = individually_ &&
                    uses_plugin(*root_, "serverless-python-requirements");
    if (uses_plugin(*root_, "serverless-functions-base-path"))
      read_functions_base_path();
    dir_ = fs::absolute(file_->path()).parent_path().lexically_normal();
    read_functions({functions, file_});
    if (functions_)
      out_.functions_defined.emplace_back(file_, functions_);
  }

private:
  /// `map`'s value under `key`, merge keys applied.
  static YamlNode::Ptr member(const YamlNode::Ptr &map, std::string_view key) {
    if (!map || !map->is_map())
      return nullptr;
    for (const auto &[name, value] : map->entries)
      if (name->is_scalar() && name->scalar == key)
        return apply_merge_keys(value);
    return nullptr;
  }

  /// The node at a dotted path of keys (`custom.handlers.users`); `node`
  /// itself for "".
  static YamlNode::Ptr at_path(YamlNode::Ptr node, const std::string &path) {
    for (std::size_t start = 0; node && start < path.size();) {
      std::size_t dot = std::min(path.find('.', start), path.size());
      node = member(node, std::string_view(path).substr(start, dot - start));
      start = dot + 1;
    }
    return node;
  }

  /// `functions:` as a mapping of functions, a list of such mappings, or a
  /// `${file(...)}` of either.
  void read_functions(const Placed &functions) {
    if (functions.node->is_scalar()) {
      std::string why;
      std::optional<Placed> included = include(functions, why);
      if (!included) {
        note(yaml_location(functions.file, *functions.node),
             "the functions are not read: '" + functions.node->scalar + "' " +
                 why +
                 "; hoist checks the files it finds by their handlers' "
                 "names, without the functions' handler strings and "
                 "runtimes");
        return;
      }
      read_functions(*included);
      return;
    }
    if (functions.node->kind == YamlNode::Kind::Sequence) {
      for (const YamlNode::Ptr &item : functions.node->items)
        read_functions({apply_merge_keys(item), functions.file});
      return;
    }
    if (!functions.node->is_map())
      return;
    for (const auto &[name, body] : apply_merge_keys(functions.node)->entries)
      read_function(*name, {apply_merge_keys(body), functions.file},
                    functions.file);
  }

  void read_function(const YamlNode &name, Placed body,
                     const SourceFilePtr &name_file) {
    ++functions_;
    if (body.node->is_scalar() &&
        body.node->scalar.find("${") != std::string::npos) {
      std::string why;
      std::optional<Placed> included = include(body, why);
      if (!included) {
        out_.notices.push_back(
            code_not_located(yaml_location(body.file, *body.node), name.scalar,
                             "'" + body.node->scalar + "' " + why));
        return;
      }
      body = {apply_merge_keys(included->node), included->file};
    }
    if (!body.node->is_map())
      return out_.notices.push_back(handler_not_read(
          yaml_location(name_file, name), name.scalar,
          "its definition is not a mapping of 'handler' and the rest"));
    if (body.node->get("image")) {
      out_.image_functions = true;
      if (read_image_function(name, body))
        return;
    }
    if (body.node->get("image") ||
        packaged_elsewhere(body.node->get("package"))) {
      // An image or an archive names code hoist cannot see.
      out_.notices.push_back(code_not_located(
          yaml_location(name_file, name), name.scalar,
          std::string("it is deployed as ") +
              (body.node->get("image") ? "an image" : "a prebuilt archive")));
      return;
    }
    const YamlNode *handler = body.node->get("handler");
    if (!handler)
      return out_.notices.push_back(handler_not_read(
          yaml_location(name_file, name), name.scalar,
          "it names no 'handler'"));
    std::string text = yaml_string(handler);
    if (text.empty()) {
      out_.notices.push_back(
          {Severity::Warning, yaml_location(body.file, *handler),
           "'handler' of function '" + name.scalar +
               "' should be a string 'module.function'; it is not checked"});
      return;
    }
    Location where = yaml_location(body.file, *handler);
    std::string served_by;
    std::optional<fs::path> app_root;
    // Written by the plugin (`wsgi.handler` its old name, which it still
    // rewrites): it calls the app `custom.wsgi.app` names.
    std::optional<WsgiApp> wsgi;
    if (wsgi_ &&
        (text.rfind("wsgi_handler.", 0) == 0 || text == "wsgi.handler")) {
      wsgi = wsgi_app(name.scalar, where);
      if (!wsgi)
        return;
      served_by = ", whose handler '" + text +
                  "' (written by serverless-wsgi) calls the WSGI app "
                  "'custom.wsgi.app' names";
      text = wsgi->handler;
      where = wsgi->where;
      app_root = wsgi->root;
    }
    if (text.find("${") != std::string::npos) {
      std::optional<std::pair<std::string, Location>> resolved =
          resolve_self(text, where);
      if (!resolved) {
        out_.notices.push_back(handler_not_read(
            where, name.scalar,
            "'" + text + "' is a variable hoist does not resolve"));
        return;
      }
      std::tie(text, where) = std::move(*resolved);
    }
    if (served_by.empty() && functions_base_path_) {
      if (functions_base_path_->empty()) {
        out_.notices.push_back(code_not_located(
            where, name.scalar,
            "its handler is below 'custom.functionsBasePath', a variable "
            "hoist does not resolve"));
        return;
      }
      text = (fs::path(*functions_base_path_) / fs::path(text).relative_path())
                 .lexically_normal()
                 .generic_string();
    }
    ConfiguredHandler configured;
    configured.handler = text;
    configured.code_root = dir_;
    std::string module = yaml_string(body.node->get("module"));
    if (module_roots_ && !module.empty() && module != ".") {
      configured.code_root = (dir_ / module).lexically_normal();
      // The plugin then writes its handler into the app's directory, the
      // package's root, and imports the app from there.
      if (wsgi && app_root == configured.code_root) {
        configured.handler = wsgi->in_root;
        app_root.reset();
      }
    }
    const YamlNode *runtime = get_either_case(*body.node, "runtime");
    configured.runtime = runtime ? yaml_string(runtime) : default_runtime_;
    if (configured.runtime.find("${") != std::string::npos) {
      auto resolved = resolve_self(configured.runtime, where);
      // Unresolved, a variable: the code's files will tell.
      if (!resolved)
        configured.runtime_unread = "gives its runtime as '" +
                                    message_excerpt(configured.runtime) +
                                    "', a variable hoist cannot resolve";
      configured.runtime = resolved ? resolved->first : "";
    }
    configured.where = std::move(where);
    configured.origin =
        "function '" + name.scalar + "' in " + file_->path() + served_by;
    if (app_root)
      configured.layer_roots.push_back(*app_root);
    // A function's own layers replace the provider's.
    const YamlNode *layers = body.node->get("layers");
    add_layers(layers ? layers : default_layers_, configured);
    // The Framework merges the provider's variables with the function's.
    configured.environment.add(default_environment_, true);
    configured.environment.add(body.node->get("environment"), true);
    out_.handlers.push_back(std::move(configured));
  }

  /// The app serverless-wsgi's handler serves: `custom.wsgi.app`,
  /// `module.attribute` with the module dotted (`app.app.app`) and after
  /// an optional directory the plugin puts first on `sys.path`
  /// (`api/app.app`), as its wsgi_handler.py's import_app reads it.
  struct WsgiApp {
    std::string handler; ///< as a handler string: "app/app.app"
    std::string in_root; ///< from the app's directory: "app.app"
    Location where;
    std::optional<fs::path> root; ///< the directory put on `sys.path`
  };
  std::optional<WsgiApp> wsgi_app(const std::string &function,
                                  const Location &handler) {
    YamlNode::Ptr node = at_path(root_, "custom.wsgi.app");
    std::string app = yaml_string(node.get());
    Location where = node ? yaml_location(file_, *node) : handler;
    std::string why;
    if (app.find("${") != std::string::npos) {
      if (auto resolved = resolve_self(app, where))
        std::tie(app, where) = std::move(*resolved);
      else
        why = "'" + app + "', a variable hoist does not resolve";
    }
    std::size_t dot = app.rfind('.');
    if (why.empty() && (app.empty() || dot == std::string::npos ||
                        dot == 0 || dot + 1 == app.size()))
      why = app.empty() ? "which this file does not set"
                        : "'" + app + "', which is not 'module.attribute'";
    if (!why.empty()) {
      note(where, "the code of function '" + function +
                      "' is not checked: serverless-wsgi's handler calls the "
                      "app 'custom.wsgi.app' names, " +
                      why);
      return std::nullopt;
    }
    WsgiApp found{"", "", where, std::nullopt};
    std::string module = app.substr(0, dot);
    std::size_t slash = module.rfind('/');
    std::string directory;
    if (slash != std::string::npos) {
      directory = module.substr(0, slash);
      module = module.substr(slash + 1);
      found.root = (dir_ / directory).lexically_normal();
    }
    std::replace(module.begin(), module.end(), '.', '/');
    found.in_root = module + app.substr(dot);
    found.handler = (directory.empty() ? "" : directory + "/") + found.in_root;
    return found;
  }

  /// The node `${file(path)}` or `${file(path):key.sub}` names in a local
  /// YAML or JSON file, or nothing with `why` saying why not.
  std::optional<Placed> include(const Placed &reference, std::string &why) {
    static const std::regex kFile(
        R"(^\$\{file\(\s*['"]?([^'")]+?)['"]?\s*\)(?::([^},\s]+))?\}$)");
    std::smatch match;
    const std::string &text = reference.node->scalar;
    if (!reference.node->is_scalar() || !std::regex_match(text, match, kFile)) {
      why = "is a variable hoist does not resolve";
      return std::nullopt;
    }
    fs::path relative = match[1].str();
    std::string extension = relative.extension().string();
    if (extension != ".yml" && extension != ".yaml" && extension != ".json") {
      why = "is computed by a script hoist does not run";
      return std::nullopt;
    }
    // Relative to the service's directory, as the Framework resolves it.
    fs::path shown =
        (fs::path(file_->path()).parent_path() / relative).lexically_normal();
    fs::path absolute = (dir_ / relative).lexically_normal();
    if (!is_inside_trees(absolute, context_.checked_trees)) {
      why = "names a file outside the checked tree";
      return std::nullopt;
    }
    auto read = read_file_within(absolute, context_.max_file_size);
    if (auto *failure = std::get_if<ReadFailure>(&read)) {
      why = "names a file hoist cannot read: " +
            describe(*failure, context_.max_file_size);
      return std::nullopt;
    }
    auto file = std::make_shared<const SourceFile>(
        shown.string(), std::move(std::get<std::string>(read)));
    auto loaded = load_yaml(file->text());
    auto *stream = std::get_if<YamlStream>(&loaded);
    if (!stream || stream->documents.empty()) {
      why = "names a file that is not valid YAML";
      return std::nullopt;
    }
    YamlNode::Ptr node =
        at_path(apply_merge_keys(stream->documents.front()), match[2].str());
    if (!node) {
      why = "names a key that " + shown.string() + " does not have";
      return std::nullopt;
    }
    return Placed{node, file};
  }

  /// The serverless-functions-base-path plugin prefixes every function's
  /// handler with `custom.functionsBasePath` (path.posix.join): "" when it
  /// is a variable hoist does not resolve, no value when it is not a string.
  void read_functions_base_path() {
    YamlNode::Ptr node = at_path(root_, "custom.functionsBasePath");
    if (!node || !node->is_scalar() || node->scalar.empty())
      return;
    std::string base = node->scalar;
    if (base.find("${") != std::string::npos) {
      auto resolved = resolve_self(base, yaml_location(file_, *node));
      base = resolved ? resolved->first : "";
    }
    functions_base_path_ = base;
  }

  /// `${self:custom.x}` naming a literal in this file, at its place, else
  /// the literal fallback of `${self:custom.x, 'default'}` at `where`.
  std::optional<std::pair<std::string, Location>>
  resolve_self(const std::string &text, const Location &where) const {
    static const std::regex kSelf(
        R"(^\$\{self:([A-Za-z0-9_.\-]+)\s*(?:,\s*(['"])([^'"]*)\2\s*)?\}$)");
    std::smatch match;
    if (!std::regex_match(text, match, kSelf))
      return std::nullopt;
    YamlNode::Ptr node = at_path(root_, match[1].str());
    std::string value = yaml_string(node.get());
    if (!value.empty() && value.find("${") == std::string::npos)
      return std::make_pair(value, yaml_location(file_, *node));
    if (match[2].matched && !match[3].str().empty())
      return std::make_pair(match[3].str(), where);
    return std::nullopt;
  }

  /// The import roots of the layers `layers` names (`Ref: <Name>LambdaLayer`
  /// to a layer of this file whose `path` is here: its `python/`), and how
  /// the others are written (published layers' ARNs, variables).
  void add_layers(const YamlNode *layers, ConfiguredHandler &configured) {
    if (!layers || layers->kind != YamlNode::Kind::Sequence)
      return;
    for (const YamlNode::Ptr &layer : layers->items) {
      std::string target = ref_target(*layer);
      if (std::optional<fs::path> content = local_layer(target)) {
        std::error_code ignored;
        if (fs::is_directory(*content / "python", ignored))
          configured.layer_roots.push_back(*content / "python");
        continue;
      }
      configured.unread_layers.push_back(
          !target.empty()        ? "Ref: " + target
          : layer->is_scalar() ? layer->scalar
                               : std::string("a layer hoist cannot read"));
    }
  }

  /// The directory of this file's layer whose CloudFormation name is
  /// `reference` (the Framework names layer `my-layer` `MyDashlayerLambdaLayer`;
  /// compared loosely), when its `path` is a directory here.
  std::optional<fs::path> local_layer(const std::string &reference) const {
    const std::string suffix = "LambdaLayer";
    if (reference.size() <= suffix.size() ||
        reference.compare(reference.size() - suffix.size(), suffix.size(),
                          suffix) != 0)
      return std::nullopt;
    auto folded = [](std::string name) {
      std::string out;
      for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
          out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return out;
    };
    std::string wanted =
        folded(reference.substr(0, reference.size() - suffix.size()));
    const YamlNode::Ptr layers = member(root_, "layers");
    if (!layers || !layers->is_map())
      return std::nullopt;
    for (const auto &[name, body] : layers->entries) {
      std::string written = folded(name->scalar);
      // `my-layer` is `MyDashlayer`, `my_layer` `MyUnderscorelayer`.
      std::string spelled;
      for (char c : name->scalar)
        spelled += c == '-'   ? std::string("dash")
                   : c == '_' ? std::string("underscore")
                              : std::string(1, static_cast<char>(std::tolower(
                                                   static_cast<unsigned char>(c))));
      if ((written != wanted && folded(spelled) != wanted) || !body ||
          !body->is_map())
        continue;
      std::string path = yaml_string(body->get("path"));
      if (path.empty() || path.find("${") != std::string::npos)
        return std::nullopt;
      fs::path absolute = (dir_ / path).lexically_normal();
      std::error_code ignored;
      if (!is_inside_trees(absolute, context_.checked_trees) ||
          !fs::is_directory(absolute, ignored))
        return std::nullopt;
      return absolute;
    }
    return std::nullopt;
  }

  /// Said with -v: a function whose code hoist cannot see.
  void note(Location where, std::string message) {
    out_.notices.push_back(
        {Severity::Warning, std::move(where), std::move(message), true});
  }

  /// A function deployed as an image the Framework builds (`image:
  /// appimage`, or `image: {name: appimage, command: [...]}`, where
  /// `provider.ecr.images.appimage.path` is the build context and `file`
  /// the Dockerfile): the handler the Dockerfile's CMD names, or the
  /// function's `command`, read as SAM's ImageConfig is. False for an
  /// image built elsewhere (a URI).
  bool read_image_function(const YamlNode &name, const Placed &body) {
    const YamlNode *image = body.node->get("image");
    const YamlNode *settings = image->is_map() ? image : nullptr;
    std::string image_name = yaml_string(settings ? settings->get("name") : image);
    YamlNode::Ptr built =
        image_name.empty() ? nullptr : member(images_, image_name);
    std::string path = built && built->is_map() ? yaml_string(built->get("path")) : "";
    if (path.empty())
      return false;
    std::string file = yaml_string(built->get("file"));
    if (file.empty())
      file = "Dockerfile";
    DockerBuild build;
    build.context = (dir_ / path).lexically_normal();
    auto read_words = [&](const char *key,
                          std::optional<std::vector<std::string>> &words,
                          std::vector<Location> &places) {
      const YamlNode *value = settings ? settings->get(key) : nullptr;
      if (!value || value->kind != YamlNode::Kind::Sequence)
        return;
      words.emplace();
      for (const YamlNode::Ptr &word : value->items) {
        words->push_back(yaml_string(word.get()));
        places.push_back(yaml_location(body.file, *word));
      }
    };
    read_words("command", build.command, build.command_places);
    read_words("entryPoint", build.entry_point, build.entry_point_places);
    std::string display = (fs::path(file_->path()).parent_path() / path / file)
                              .lexically_normal()
                              .generic_string();
    std::size_t first = 0;
    if (read_built_image((build.context / file).lexically_normal(), build,
                         display, context_, out_, first) ==
        BuiltImage::Outside) {
      out_.notices.push_back(
          {Severity::Warning, yaml_location(body.file, *image),
           "the image of function '" + name.scalar +
               "' is built outside the checked tree ('" +
               (fs::path(path) / file).string() +
               "'); hoist does not read the code there"});
      return true;
    }
    for (std::size_t i = first; i < out_.handlers.size(); ++i) {
      ConfiguredHandler &handler = out_.handlers[i];
      handler.environment.add(default_environment_, true);
      handler.environment.add(body.node->get("environment"), true);
      handler.origin = "function '" + name.scalar + "' in " + file_->path() +
                       " (" + handler.origin + ", built from '" + path + "')";
    }
    return true;
  }

  const SourceFilePtr &file_;
  YamlNode::Ptr root_;
  const DeploymentContext &context_;
  DeploymentScan &out_;
  std::string default_runtime_;
  const YamlNode *default_environment_ = nullptr;
  const YamlNode *default_layers_ = nullptr;
  /// `provider.ecr.images`: the images the Framework builds, by name.
  YamlNode::Ptr images_;
  /// The functions defined, a `${file(...)}` fragment's too: -v sums them
  /// up here, the file whose reading lists them (ConfiguredHandler::
  /// read_from).
  std::size_t functions_ = 0;
  bool individually_ = false;
  bool wsgi_ = false;
  bool module_roots_ = false;
  std::optional<std::string> functions_base_path_;
  fs::path dir_;
};

} // namespace

void read_serverless_config(const SourceFilePtr &file,
                            const DeploymentContext &context,
                            DeploymentScan &out) {
  std::optional<YamlStream> stream = parse_yaml(file, out, "YAML", true);
  if (!stream || stream->documents.empty())
    return;
  ++out.files_read;
  ++out.configurations_read;
  // The Framework refuses a file with a repeated key, whatever its place.
  for (const YamlDuplicateKey &duplicate : stream->duplicates)
    report_duplicate_key(file, duplicate,
                         "the Serverless Framework refuses the file; hoist "
                         "reads this last one",
                         out);
  ServerlessReader(file, stream->documents.front(), context, out).read();
}

std::vector<fs::path> packaged_from_above(std::string_view text,
                                          const fs::path &directory) {
  std::vector<fs::path> above;
  auto loaded = load_yaml(text);
  auto *stream = std::get_if<YamlStream>(&loaded);
  if (!stream || stream->documents.empty())
    return above;
  YamlNode::Ptr root = apply_merge_keys(stream->documents.front());
  const YamlNode *package = root && root->is_map() ? root->get("package") : nullptr;
  if (!package || !package->is_map())
    return above;
  for (const char *key : {"include", "patterns"})
    if (const YamlNode *patterns = package->get(key))
      for (const YamlNode::Ptr &pattern : patterns->items) {
        std::string written = yaml_string(pattern.get());
        if (written.rfind("../", 0) != 0)
          continue;
        fs::path literal;
        for (const fs::path &part : fs::path(written)) {
          if (part.string().find_first_of("*?[{") != std::string::npos)
            break;
          literal /= part;
        }
        above.push_back((directory / literal).lexically_normal());
      }
  return above;
}

bool deploys_elsewhere(std::string_view serverless_yml) {
  auto loaded = load_yaml(serverless_yml);
  auto *stream = std::get_if<YamlStream>(&loaded);
  return stream && !stream->documents.empty() &&
         provider_name(apply_merge_keys(stream->documents.front())) != "aws";
}

} // namespace hoist
