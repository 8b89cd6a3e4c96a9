#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace hoist::runtime {

/// A catalogued construction the runtime client saw: one line of the log it
/// writes (HOIST_CONSTRUCTION_LOG), one JSON object per line.
struct Construction {
  std::string api;
  bool during_invoke = false; ///< false: during INIT
  std::string request_id;     ///< the invocation, when during_invoke
  std::string file;           ///< the calling code, relative to the task root
  int line = 0;
  std::string function;
  /// What it was built with, by path ("arguments[0].region",
  /// "service.config.region"), each value a digest: recorded by the Node.js
  /// and Python runtime clients; empty from C++'s.
  std::map<std::string, std::string> configuration;
};

/// What an invocation left running when it answered: promises not settled
/// and timers still armed (the Node.js runtime client counts them; Lambda
/// freezes that work with the environment).
struct PendingWork {
  std::string request_id;
  std::size_t promises = 0;
  std::size_t timers = 0;
  bool any() const { return promises + timers > 0; }
};

/// What the runtime client logged: the constructions, and the catalogued
/// packages it loaded but cannot count (`{"uncounted": "openai"}` lines: a
/// Node.js package with only an ES module build), each named once.
struct ConstructionLog {
  std::vector<Construction> constructions;
  std::vector<std::string> uncounted;
  /// The invocations that left work running (`{"pending": {"promises": n,
  /// "timers": m}, "request_id": id}` lines); the others left none.
  std::vector<PendingWork> pending;
};

/// Reads the log; lines that do not parse (a process killed mid-write) are
/// skipped. A missing log is an empty one.
ConstructionLog read_construction_log(const std::filesystem::path &path);

} // namespace hoist::runtime
