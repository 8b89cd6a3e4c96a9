#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/data_dir.h"
#include "output/writers.h"

namespace hoist {
namespace {

class Writers : public ::testing::Test {
protected:
  void SetUp() override {
    registry_ = RuleRegistry::load(find_data_dir() / "rules");
    report_.version = "9.9.9";
    report_.registry = &registry_;
    report_.root = "/project";
    report_.files_checked = 1;
  }
  void add(const std::string &path, const std::string &text) {
    auto file = std::make_shared<SourceFile>(path, text);
    Diagnostic diagnostic;
    diagnostic.rule_id = "handler-signature";
    diagnostic.severity = Severity::Error;
    diagnostic.location = {file, {0, 3}};
    diagnostic.message = "handler 'h' says \"hi\"\nand\tmore, 100%: done";
    Fix fix;
    fix.title = "add a '_context' parameter";
    fix.applicability = Applicability::Unsafe;
    fix.unsafe_because = "the handler then runs where every invoke failed";
    fix.edits.push_back({file, {3, 3}, ", _context"});
    diagnostic.fix = fix;
    report_.diagnostics.push_back(diagnostic);
  }
  RuleRegistry registry_;
  Report report_;
};

TEST_F(Writers, JsonStaysValidForAnyPathBytes) {
  add("bad\xFFname.py", "def h(event): pass\n");
  std::ostringstream out;
  write_json(out, report_);
  auto document = nlohmann::json::parse(out.str());
  const auto &diagnostic = document["diagnostics"][0];
  EXPECT_EQ(diagnostic["path"], "bad\xEF\xBF\xBDname.py");
  EXPECT_EQ(diagnostic["fix"]["applicability"], "unsafe");
  EXPECT_EQ(diagnostic["fix"]["edits"][0]["content"], ", _context");
  EXPECT_EQ(document["summary"]["errors"], 1);
}

// Whether a construction is hoistable comes from its subject, and only
// where the front-end decided it: a C++ subject has the API alone.
TEST_F(Writers, HoistabilityComesFromTheSubject) {
  add("app.py", "def h(event): pass\n");
  add("main.cpp", "int main() {}\n");
  report_.diagnostics[0].subject =
      Subject{"boto3.client", "an AWS SDK client",
              Hoistability{false, "is keyed by the event"}};
  report_.diagnostics[1].subject =
      Subject{"Aws::S3::S3Client", "an AWS SDK client", std::nullopt};
  std::ostringstream json_out, sarif_out;
  write_json(json_out, report_);
  write_sarif(sarif_out, report_);
  auto diagnostics = nlohmann::json::parse(json_out.str())["diagnostics"];
  EXPECT_EQ(diagnostics[0]["hoistable"], false);
  EXPECT_EQ(diagnostics[0]["reason"], "is keyed by the event");
  EXPECT_FALSE(diagnostics[1].contains("hoistable"));
  EXPECT_FALSE(diagnostics[1].contains("reason"));
  auto results = nlohmann::json::parse(sarif_out.str())["runs"][0]["results"];
  EXPECT_EQ(results[0]["properties"]["reason"], "is keyed by the event");
  EXPECT_FALSE(results[1]["properties"].contains("hoistable"));
  EXPECT_FALSE(results[1]["properties"].contains("reason"));
}

// An unsafe fix must not look like a safe one to a program that applies
// fixes: SARIF has no field for it, so the description and the properties
// say it; JSON's fix carries the reason beside its applicability.
TEST_F(Writers, UnsafeFixesAreMarkedWithTheirReason) {
  add("app.py", "def h(event): pass\n");
  add("safe.py", "def h(event): pass\n");
  report_.diagnostics[1].fix->applicability = Applicability::Safe;
  report_.diagnostics[1].fix->unsafe_because.clear();
  std::ostringstream json_out, sarif_out;
  write_json(json_out, report_);
  write_sarif(sarif_out, report_);
  auto diagnostics = nlohmann::json::parse(json_out.str())["diagnostics"];
  EXPECT_EQ(diagnostics[0]["fix"]["unsafe_reason"],
            "the handler then runs where every invoke failed");
  EXPECT_FALSE(diagnostics[1]["fix"].contains("unsafe_reason"));
  auto results = nlohmann::json::parse(sarif_out.str())["runs"][0]["results"];
  const auto &unsafe = results[0]["fixes"][0];
  EXPECT_EQ(unsafe["description"]["text"],
            "Unsafe fix, which may change behaviour: add a '_context' "
            "parameter.");
  EXPECT_EQ(unsafe["properties"]["applicability"], "unsafe");
  EXPECT_EQ(unsafe["properties"]["unsafeReason"],
            "the handler then runs where every invoke failed");
  EXPECT_EQ(results[0]["properties"]["fixApplicability"], "unsafe");
  EXPECT_EQ(results[0]["properties"]["unsafeReason"],
            "the handler then runs where every invoke failed");
  const auto &safe = results[1]["fixes"][0];
  EXPECT_EQ(safe["description"]["text"], "add a '_context' parameter.");
  EXPECT_EQ(safe["properties"]["applicability"], "safe");
  EXPECT_FALSE(safe["properties"].contains("unsafeReason"));
  EXPECT_EQ(results[1]["properties"]["fixApplicability"], "safe");
  EXPECT_FALSE(results[1]["properties"].contains("unsafeReason"));
}

TEST_F(Writers, SarifRelativeUrisAreEscapedAndMessagesAreSentences) {
  add("src/my app.py", "def h(event): pass\n");
  std::ostringstream out;
  write_sarif(out, report_);
  auto run = nlohmann::json::parse(out.str())["runs"][0];
  auto location = run["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "src/my%20app.py");
  EXPECT_EQ(location["artifactLocation"]["uriBaseId"], "SRCROOT");
  EXPECT_EQ(run["originalUriBaseIds"]["SRCROOT"]["uri"], "file:///project/");
  std::string message = run["results"][0]["message"]["text"];
  EXPECT_EQ(message.back(), '.');
  EXPECT_EQ(run["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"]
               [0]["insertedContent"]["text"],
            ", _context");
  EXPECT_EQ(run["results"][0]["ruleIndex"],
            registry_.index_of("handler-signature"));
}

TEST_F(Writers, SarifUsesAbsoluteUrisOutsideTheRoot) {
  add("../elsewhere/app.py", "def h(event): pass\n");
  std::ostringstream out;
  write_sarif(out, report_);
  auto uri =
      nlohmann::json::parse(out.str())["runs"][0]["results"][0]["locations"][0]
                                      ["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(uri["uri"], "file:///elsewhere/app.py");
  EXPECT_FALSE(uri.contains("uriBaseId"));
}

TEST_F(Writers, SarifLinksOnlyToTheAddressesTheBuildWasGiven) {
  add("app.py", "def h(event): pass\n");
  auto rule_of = [](const nlohmann::json &run, const std::string &id) {
    for (const auto &rule : run["tool"]["driver"]["rules"])
      if (rule["id"] == id)
        return rule;
    return nlohmann::json();
  };
  std::ostringstream bare;
  write_sarif(bare, report_, {"", ""});
  auto run = nlohmann::json::parse(bare.str())["runs"][0];
  EXPECT_FALSE(run["tool"]["driver"].contains("informationUri"));
  auto rule = rule_of(run, "connection-in-handler");
  EXPECT_FALSE(rule.contains("helpUri"));
  EXPECT_EQ(rule["help"]["markdown"].get<std::string>().find("](client-"),
            std::string::npos)
      << "a relative link is reduced to its text when there is no address";
  std::string code = rule_of(run, "client-in-handler")["help"]["markdown"];
  EXPECT_NE(code.find("run_handler([&client](invocation_request"),
            std::string::npos)
      << "a C++ lambda in a code block is not a link";

  std::ostringstream linked;
  write_sarif(linked, report_,
              {"https://hoist.example/", "https://hoist.example/tree/main"});
  run = nlohmann::json::parse(linked.str())["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["informationUri"], "https://hoist.example/");
  rule = rule_of(run, "connection-in-handler");
  EXPECT_EQ(rule["helpUri"], "https://hoist.example/tree/main/" +
                                 registry_.find("connection-in-handler")->doc);
  std::string markdown = rule["help"]["markdown"];
  EXPECT_NE(markdown.find("](https://hoist.example/tree/main/rules/"
                          "client-in-handler/doc.md)"),
            std::string::npos)
      << "a link to another rule's page resolves against the docs address";
  markdown = rule_of(run, "handler-not-found")["help"]["markdown"];
  EXPECT_NE(markdown.find("](https://hoist.example/tree/main/docs/"
                          "configuration.md)"),
            std::string::npos)
      << "a link out of rules/ to docs/ resolves to the page's own path";
}

TEST_F(Writers, GithubEscapesDataAndProperties) {
  add("a,b:c.py", "def h(event): pass\n");
  std::ostringstream out;
  write_github(out, report_);
  EXPECT_EQ(
      out.str(),
      "::error file=a%2Cb%3Ac.py,line=1,col=1,endLine=1,endColumn=4,"
      "title=hoist handler-signature::handler 'h' says \"hi\"%0Aand\tmore, "
      "100%25: done\n");
}

TEST_F(Writers, TextMarksTheRangeUnderTheCode) {
  add("app.py", "def h(event): pass\n");
  std::ostringstream out;
  write_text(out, report_, {});
  EXPECT_NE(out.str().find("app.py:1:1: error: handler 'h'"),
            std::string::npos);
  EXPECT_NE(out.str().find("def h(event): pass\n^~~\n"), std::string::npos);
  EXPECT_NE(out.str().find("unsafe fix available: add a '_context' parameter"),
            std::string::npos);
  EXPECT_NE(out.str().find(
                "Found 1 problem (0 warnings, 1 error) in 1 file checked."),
            std::string::npos);
}

TEST_F(Writers, TextStatisticsCountFindingsPerRule) {
  add("a.py", "def h(event): pass\n");
  add("b.py", "def h(event): pass\n");
  std::ostringstream out;
  write_text(out, report_, {false, false, true});
  // Unsafe fixes only: --fix fixes none of them.
  EXPECT_EQ(out.str(),
            "     2  handler-signature            Handler that Lambda "
            "cannot call as handler(event, context)\n");
  report_.diagnostics.front().fix->applicability = Applicability::Safe;
  std::ostringstream safe;
  write_text(safe, report_, {false, false, true});
  EXPECT_EQ(safe.str(),
            "     2  handler-signature      [fix] Handler that Lambda "
            "cannot call as handler(event, context)\n1 fixable with --fix.\n");
}

TEST_F(Writers, TextQuietHasNoSummary) {
  add("a.py", "def h(event): pass\n");
  std::ostringstream out;
  write_text(out, report_, {false, true, false});
  EXPECT_EQ(out.str().find("Found"), std::string::npos);
  EXPECT_NE(out.str().find("[handler-signature]"), std::string::npos);
}

} // namespace
} // namespace hoist
