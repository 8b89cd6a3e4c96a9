// The floor hoist is measured against: a single-threaded tree-sitter parse of
// every file given (directories are walked for *.py), nothing else. With
// --cpp first, tree-sitter-cpp's parse of C++ files (*.cpp, *.cc, *.cxx),
// the floor of hoist's syntactic C++ mode. Prints files, lines, seconds and
// lines per second.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <tree_sitter/api.h>

extern "C" const TSLanguage *tree_sitter_python(void);
extern "C" const TSLanguage *tree_sitter_cpp(void);

int main(int argc, char **argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  const bool cpp = argc > 1 && std::string(argv[1]) == "--cpp";
  auto wanted = [&](const fs::path &path) {
    const std::string extension = path.extension().string();
    return cpp ? extension == ".cpp" || extension == ".cc" ||
                     extension == ".cxx"
               : extension == ".py";
  };
  for (int i = cpp ? 2 : 1; i < argc; ++i) {
    fs::path path(argv[i]);
    if (fs::is_directory(path)) {
      for (const auto &entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file() && wanted(entry.path()))
          files.push_back(entry.path());
    } else {
      files.push_back(path);
    }
  }
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, cpp ? tree_sitter_cpp() : tree_sitter_python());
  std::size_t lines = 0;
  auto start = std::chrono::steady_clock::now();
  for (const fs::path &file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    for (char c : text)
      lines += c == '\n';
    TSTree *tree = ts_parser_parse_string(parser, nullptr, text.data(),
                                          static_cast<uint32_t>(text.size()));
    ts_tree_delete(tree);
  }
  double seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  ts_parser_delete(parser);
  std::printf("files %zu lines %zu seconds %.3f lines_per_second %.0f\n",
              files.size(), lines, seconds, lines / seconds);
  return 0;
}
