// Every rule is complete: metadata, an implementation, a doc page with the
// house sections, catalogue entries that name real rules, and fixtures with
// positive and negative cases.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/data_dir.h"
#include "core/deployment.h"
#include "core/rule_registry.h"
#include "core/rule_text.h"
#include "core/suppressions.h"
#include "cpp/cpp_catalogue.h"
#include "python/api_catalogue.h"
#include "python/check.h"
#include "rules/rule_ids.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path &path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class RuleCatalogue : public ::testing::Test {
protected:
  void SetUp() override {
    data_ = find_data_dir();
    registry_ = RuleRegistry::load(data_ / "rules");
  }
  fs::path data_;
  RuleRegistry registry_;
};

TEST_F(RuleCatalogue, EveryRuleHasACheckAndEveryCheckARule) {
  // Rules the engine itself reports, outside any check.
  std::set<std::string> implemented = {rules::kUnusedSuppression,
                                       rules::kHandlerNotFound};
  for (const char *id : rules::kCppRules) {
    implemented.insert(id);
    const RuleInfo *rule = registry_.find(id);
    ASSERT_TRUE(rule) << id << " has no rules/" << id << "/rule.json";
    EXPECT_TRUE(std::count(rule->languages.begin(), rule->languages.end(), "cpp"))
        << id << " does not list cpp among its languages";
  }
  for (const auto &check : python::make_checks())
    for (const std::string &id : check->rule_ids()) {
      implemented.insert(id);
      EXPECT_TRUE(registry_.find(id))
          << id << " has no rules/" << id << "/rule.json";
    }
  for (const RuleInfo &rule : registry_.rules())
    EXPECT_TRUE(implemented.count(rule.id))
        << rule.id << " has no implementation";
}

// The rules the clang-tidy plugin registers are the ones whose rule.json
// says so: hoist accepts and prints their clang-tidy names.
TEST_F(RuleCatalogue, ClangTidyNamesAreThePluginsChecks) {
  std::set<std::string> registered(std::begin(rules::kCppRules),
                                   std::end(rules::kCppRules));
  for (const RuleInfo &rule : registry_.rules()) {
    EXPECT_EQ(rule.clang_tidy_check, registered.count(rule.id) > 0) << rule.id;
    const RuleInfo *by_tidy_name = registry_.find("awslambda-" + rule.id);
    EXPECT_EQ(by_tidy_name, &rule);
    EXPECT_EQ(registry_.display_name(rule.id, "src/handler.cpp"),
              rule.clang_tidy_check ? "awslambda-" + rule.id : rule.id);
    // (A unity build's file a C++ file includes: only Clang reports there.)
    EXPECT_EQ(registry_.display_name(rule.id, "src/handler.inc"),
              rule.clang_tidy_check ? "awslambda-" + rule.id : rule.id);
    EXPECT_EQ(registry_.display_name(rule.id, "app/handler.py"), rule.id);
    EXPECT_EQ(registry_.display_name(rule.id, "app/handler.mjs"), rule.id);
  }
  EXPECT_EQ(registry_.find("awslambda-no-such-rule"), nullptr);
}

// The header generated from the rule.json files holds every rule, and the
// texts and options it has are ones the code can use.
TEST_F(RuleCatalogue, TheGeneratedHeaderIsTheRegistry) {
  ASSERT_EQ(rules::kRules.size(), registry_.rules().size());
  for (std::size_t i = 0; i < rules::kRules.size(); ++i) {
    const RuleInfo &rule = registry_.rules()[i];
    EXPECT_EQ(rules::kRules[i].rule, rule.id);
    std::string languages;
    for (const std::string &language : rule.languages)
      languages += (languages.empty() ? "" : ",") + language;
    EXPECT_EQ(rules::kRules[i].languages, languages);
    // A catalogued rule reports constructions with its own message.
    if (rule.catalogued) {
      std::string message = rule_message(
          rule.id, "construction",
          {{"call", "'boto3.client'"}, {"builds", "an AWS SDK client"},
           {"handler", "handler"}, {"reaching", ""}, {"through", ""},
           {"cost", "it costs"}});
      EXPECT_NE(message.find("'boto3.client'"), std::string::npos) << message;
      EXPECT_NE(message.find("handler 'handler'"), std::string::npos) << message;
    }
  }
  for (const rules::RuleText &title : rules::kRuleFixTitles)
    EXPECT_TRUE(registry_.find(std::string(title.rule))) << title.rule;
  EXPECT_EQ(rule_fix_title(rules::kHandlerSignature, "cpp"),
            "take invocation_request by const reference");
  EXPECT_THROW(rule_fix_title(rules::kHandlerNotFound, "cpp"), std::logic_error);
  EXPECT_THROW(rule_message(rules::kClientInHandler, "construction", {}),
               std::logic_error)
      << "a placeholder without a value is a bug, not an empty string";
  for (const rules::RuleOption &option : rules::kRuleOptions)
    EXPECT_TRUE(registry_.find(std::string(option.rule))) << option.rule;
}

TEST_F(RuleCatalogue, EveryApiNamesARealRule) {
  auto catalogue =
      python::ApiCatalogue::load(data_ / "rules" / "catalogue.json");
  EXPECT_GT(catalogue.size(), 50u);
  for (const char *api : {"boto3.client", "boto3.session.Session.client",
                          "pymysql.connect", "requests.Session"}) {
    const python::ApiEntry *entry = catalogue.find(api);
    ASSERT_TRUE(entry) << api;
    EXPECT_TRUE(registry_.find(entry->rule)) << api;
    EXPECT_FALSE(entry->cost.empty());
  }
}

// Fix safety comes from the catalogue entry, the same for every language:
// moving a connection shares it between invocations (unsafe, with its
// family's reason), moving an SDK client does not.
TEST_F(RuleCatalogue, FixSafetyIsTheCatalogueEntrysInEveryLanguage) {
  const fs::path file = data_ / "rules" / "catalogue.json";
  auto cpp_catalogue = cpp::CppCatalogue::load(file);
  const cpp::CppApi *connection =
      cpp_catalogue.match("pqxx::connection", cpp::CppApi::Kind::Class);
  ASSERT_TRUE(connection);
  EXPECT_FALSE(connection->safe_fix());
  EXPECT_NE(connection->move_risk().find("stale"), std::string::npos)
      << connection->move_risk();
  const cpp::CppApi *client =
      cpp_catalogue.match("Aws::S3::S3Client", cpp::CppApi::Kind::Class);
  ASSERT_TRUE(client);
  EXPECT_TRUE(client->safe_fix());
  EXPECT_EQ(client->move_risk(), "");

  auto python_catalogue = python::ApiCatalogue::load(file);
  const python::ApiEntry *psycopg = python_catalogue.find("psycopg2.connect");
  ASSERT_TRUE(psycopg);
  EXPECT_FALSE(psycopg->safe_fix());
  EXPECT_EQ(psycopg->fix_risk, connection->fix_risk);

  // One loader reads both lists; an unknown family is named.
  CatalogueEntry entry{"x.y", "a thing", "queues", "", "client-in-handler",
                       "safe", ""};
  std::string error;
  EXPECT_FALSE(Catalogue::load(file).complete(entry, error));
  EXPECT_EQ(error, "unknown family 'queues'; the families are aws-sdk, "
                   "database and http");
}

// A rule whose rule.json says "catalogued" finds what rules/catalogue.json
// lists: it needs entries in every language it covers, and every entry, in
// either language, must name a real rule.
TEST_F(RuleCatalogue, CataloguedRulesHaveEntriesInEachLanguage) {
  nlohmann::json catalogue = nlohmann::json::parse(read(data_ / "rules" / "catalogue.json"));
  std::map<std::string, std::set<std::string>> rules_by_language;
  for (const char *language : {"python", "cpp", "javascript"})
    for (const auto &entry : catalogue.value(language, nlohmann::json::array())) {
      const std::string rule = entry.at("rule").get<std::string>();
      EXPECT_TRUE(registry_.find(rule)) << entry.at("api") << " names no rule";
      rules_by_language[language].insert(rule);
    }
  for (const RuleInfo &rule : registry_.rules()) {
    nlohmann::json metadata =
        nlohmann::json::parse(read(data_ / "rules" / rule.id / "rule.json"));
    if (!metadata.value("catalogued", false))
      continue;
    for (const std::string &language : rule.languages)
      EXPECT_TRUE(rules_by_language[language].count(rule.id))
          << rule.id << " has no " << language << " entry in rules/catalogue.json";
  }
}

TEST_F(RuleCatalogue, EveryRuleHasADocPageWithTheHouseSections) {
  for (const RuleInfo &rule : registry_.rules()) {
    std::string page = read(data_ / rule.doc);
    ASSERT_FALSE(page.empty()) << rule.doc << " is missing";
    std::size_t last = 0;
    for (const char *section :
         {"## What it does", "## Why is this bad?", "## Example",
          "## Use instead", "## Fix safety", "## Options", "## Known problems",
          "## References"}) {
      std::size_t at = page.find(section);
      EXPECT_NE(at, std::string::npos) << rule.doc << " lacks " << section;
      EXPECT_GE(at, last) << rule.doc << ": " << section << " is out of order";
      if (at != std::string::npos)
        last = at;
    }
  }
}

TEST_F(RuleCatalogue, EveryRuleHasPositiveAndNegativeFixtures) {
  for (const RuleInfo &rule : registry_.rules()) {
    for (const std::string &language : rule.languages) {
      // Python and JavaScript fixtures mark both cases; a C++ test fails on
      // any warning it does not annotate, so its unannotated code is the
      // negative case. A C++ rule that is no clang-tidy check is hoist
      // check's alone.
      fs::path dir = data_ / "testdata" / language / rule.id;
      ASSERT_TRUE(fs::is_directory(dir)) << dir;
      const std::string comment = language == "javascript" ? "// " : "# ";
      const std::string expect =
          language != "cpp"       ? comment + "expect: " + rule.id
          : rule.clang_tidy_check ? "[awslambda-" + rule.id + "]"
                                  : "[" + rule.id + "]";
      bool positive = false, negative = language == "cpp";
      for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
          continue;
        std::string text = read(entry.path());
        // Deployment files hold '#' annotations in every language.
        positive = positive || text.find(expect) != std::string::npos ||
                   text.find("# expect: " + rule.id) != std::string::npos;
        negative =
            negative || text.find(comment + "ok: " + rule.id) != std::string::npos ||
            text.find("# ok: " + rule.id) != std::string::npos;
      }
      EXPECT_TRUE(positive) << rule.id << " has no " << language << " fixture that expects it";
      EXPECT_TRUE(negative) << rule.id << " has no " << language << " 'ok:' fixture";
    }
  }
}

} // namespace
} // namespace hoist
