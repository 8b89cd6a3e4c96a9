#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/identifier_words.h"
#include "python/dynamic_imports.h"
#include "python/import_words.h"

namespace hoist::python {
namespace {

// The index answers as a scan of each text does (imports_word, or any
// word of a file that loads modules by name), for the forms an import line
// takes and the near misses around them.
TEST(ImportWords, AnswersAsTheScanOfEachText) {
  const std::vector<std::string> texts = {
      "import app\n",
      "from pkg import (\n    helper,\n    app as a,\n)\n",
      "from pkg import x\nvalue = app\n",
      "# app is imported below\nx = 1\nimport os\n",
      "reimported = 1\n  app, other\n",
      "import os; print(app)\n",
      "mod = importlib.import_module('app')\n",
      "from . import \\\n    app\n",
      "x = app_name\nimport application\n",
      "s = 'app'\n",
      "importer(app)\n",
      "app\n",
  };
  std::vector<std::pair<std::string, std::string_view>> files;
  for (std::size_t i = 0; i < texts.size(); ++i)
    files.emplace_back("/p/f" + std::to_string(10 + i) + ".py", texts[i]);
  ImportWords index(files);
  for (const std::string word :
       {"app", "helper", "a", "os", "application", "app_name", "value",
        "print", "reimported", "other", "importer", "x", "app-x"}) {
    std::vector<std::string> scanned;
    for (const auto &[path, text] : files)
      if (imports_word(text, word) ||
          (may_load_by_name(text) && spells_word(text, word)))
        scanned.push_back(path);
    EXPECT_EQ(index.files_importing(word), scanned) << word;
  }
}

} // namespace
} // namespace hoist::python
