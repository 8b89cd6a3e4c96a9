#pragma once

#include <gtest/gtest.h>

#include "core/data_dir.h"
#include "core/rule_registry.h"
#include "python/analyze_project.h"
#include "scratch_dir.h"

namespace hoist::testing {

/// Analyzes Python files in a scratch directory with the installed rules and
/// catalogue, every rule enabled.
class PythonAnalysis : public ::testing::Test {
protected:
  void SetUp() override {
    registry_ = RuleRegistry::load(find_data_dir() / "rules");
    catalogue_ = python::ApiCatalogue::load(find_data_dir() / "rules" /
                                            "catalogue.json");
    options_.registry = &registry_;
    options_.catalogue = &catalogue_;
    for (const RuleInfo &rule : registry_.rules())
      options_.enabled_rules.insert(rule.id);
  }

  ScratchDir dir_;
  RuleRegistry registry_;
  python::ApiCatalogue catalogue_;
  python::AnalysisOptions options_;
};

} // namespace hoist::testing
