// Reads a .clang-tidy file with clang-tidy 14's own parser (LLVM's YAML), so
// that hoist reads every file clang-tidy reads, the same way: a `Checks:`
// value on the next line, unindented, as aws-lambda-cpp's own file has it,
// is one LLVM reads and libyaml rejects.
#include <algorithm>

#include <clang-tidy/ClangTidyOptions.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/YAMLParser.h>

#include "cpp/tidy_config.h"

namespace hoist::cpp {
namespace {

using Problem = std::pair<std::size_t, std::string>;

// A top-level entry of the file: from its key to the next entry.
struct Entry {
  std::string key;
  std::size_t begin = 0, end = 0;
  /// Not given to clang-tidy's parser: read here (a form newer releases
  /// write), or rejected by it.
  bool left_out = false;
};

std::size_t offset_in(std::string_view text, const char *at) {
  return at && at >= text.data() && at <= text.data() + text.size()
             ? static_cast<std::size_t>(at - text.data())
             : 0;
}

// Checks: globs separated by commas or newlines, as clang-tidy splits them.
void add_globs(llvm::StringRef text, std::vector<std::string> &globs) {
  llvm::SmallVector<llvm::StringRef, 16> parts;
  text.split(parts, ',');
  for (llvm::StringRef part : parts) {
    llvm::SmallVector<llvm::StringRef, 4> lines;
    part.split(lines, '\n');
    for (llvm::StringRef glob : lines)
      if (!(glob = glob.trim()).empty())
        globs.push_back(glob.str());
  }
}

std::string scalar(llvm::yaml::Node *node) {
  llvm::SmallString<64> storage;
  auto *text = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(node);
  return text ? text->getValue(storage).str() : std::string();
}

// The file's top-level entries; what newer releases write in forms clang-tidy
// 14 rejects (Checks as a list, CheckOptions as a mapping) is read here.
std::vector<Entry> top_level_entries(std::string_view text,
                                     TidyFileReading &out) {
  llvm::SourceMgr sources;
  std::optional<Problem> error;
  auto keep_first = [](const llvm::SMDiagnostic &diagnostic, void *context) {
    auto &[first, text] =
        *static_cast<std::pair<std::optional<Problem> *, std::string_view> *>(
            context);
    if (!*first)
      *first = Problem{offset_in(text, diagnostic.getLoc().getPointer()),
                       diagnostic.getMessage().str()};
  };
  std::pair<std::optional<Problem> *, std::string_view> context{&error, text};
  sources.setDiagHandler(keep_first, &context);
  llvm::yaml::Stream stream(llvm::StringRef(text.data(), text.size()), sources,
                            false);
  std::vector<Entry> entries;
  auto document = stream.begin();
  if (document == stream.end())
    return entries;
  if (auto *map =
          llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(document->getRoot()))
    for (llvm::yaml::KeyValueNode &item : *map) {
      Entry entry;
      llvm::yaml::Node *key = item.getKey();
      if (!key) // a syntax error, reported
        break;
      entry.key = scalar(key);
      entry.begin = offset_in(text, key->getSourceRange().Start.getPointer());
      llvm::yaml::Node *value = item.getValue();
      if (auto *list = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(value);
          list && entry.key == "Checks") {
        entry.left_out = true;
        for (llvm::yaml::Node &glob : *list)
          add_globs(scalar(&glob), out.own.checks);
      } else if (auto *options =
                     llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(value);
                 options && entry.key == "CheckOptions") {
        entry.left_out = true;
        for (llvm::yaml::KeyValueNode &option : *options)
          out.own.check_options[scalar(option.getKey())] =
              scalar(option.getValue());
      } else if (value) {
        value->skip();
      }
      entries.push_back(std::move(entry));
    }
  document->skip(); // its syntax errors past the top-level mapping too
  if (error)
    out.error = error;
  for (std::size_t i = 0; i < entries.size(); ++i)
    entries[i].end =
        i + 1 < entries.size() ? entries[i + 1].begin : text.size();
  return entries;
}

void take(const clang::tidy::ClangTidyOptions &options, TidyFileReading &out) {
  if (options.Checks)
    add_globs(*options.Checks, out.own.checks);
  for (const auto &option : options.CheckOptions)
    out.own.check_options[option.getKey().str()] = option.getValue().Value;
  if (options.ExtraArgs)
    out.own.extra_args = *options.ExtraArgs;
  if (options.ExtraArgsBefore)
    out.own.extra_args_before = *options.ExtraArgsBefore;
  out.inherit = options.InheritParentConfig.getValueOr(false);
}

} // namespace

// clang-tidy 14 rejects a whole file for one entry it does not take (a key
// from a newer release); hoist leaves such entries out, blanked so that
// places stay, and reads the rest with clang-tidy's parser.
void read_tidy_file(std::string_view text, TidyFileReading &out) {
  std::vector<Entry> entries = top_level_entries(text, out);
  if (out.error)
    return;
  std::string kept(text);
  auto leave_out = [&](const Entry &entry) {
    for (std::size_t i = entry.begin; i < entry.end; ++i)
      if (kept[i] != '\n')
        kept[i] = ' ';
  };
  for (const Entry &entry : entries)
    if (entry.left_out)
      leave_out(entry);
  for (;;) {
    std::optional<Problem> error;
    auto parsed = clang::tidy::parseConfigurationWithDiags(
        llvm::MemoryBufferRef(kept, ".clang-tidy"),
        [&](const llvm::SMDiagnostic &diagnostic) {
          if (!error)
            error = Problem{offset_in(kept, diagnostic.getLoc().getPointer()),
                            diagnostic.getMessage().str()};
        });
    if (parsed) {
      take(*parsed, out);
      return;
    }
    if (!error)
      error = Problem{0, parsed.getError().message()};
    auto rejected =
        std::find_if(entries.begin(), entries.end(), [&](const Entry &entry) {
          return !entry.left_out && entry.begin <= error->first &&
                 error->first < entry.end;
        });
    if (rejected == entries.end()) { // not an entry's fault
      out.error = error;
      return;
    }
    out.ignored.push_back(
        {rejected->begin,
         "'" + rejected->key + "'" +
             (llvm::StringRef(error->second).startswith("unknown key")
                  ? ""
                  : " (not the kind of value it takes)")});
    leave_out(*rejected);
    rejected->left_out = true;
    std::sort(out.ignored.begin(), out.ignored.end());
  }
}

} // namespace hoist::cpp

extern "C" void hoist_read_tidy_file(std::string_view text,
                                     hoist::cpp::TidyFileReading &out) {
  hoist::cpp::read_tidy_file(text, out);
}
